import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { translateCount, type Locale } from '../i18n';
import { useI18n } from './i18n-context';
import './filters.css';

/** A country the picker offers. */
export interface CountryOption {
  /** ISO 3166-1 alpha-3. */
  code: string;
  name: { en: string; 'zh-TW': string };
  /** Other Chinese names ('阿聯酋', '台灣'), as countries.csv lists them in aliases_zh. */
  aliases?: string[] | undefined;
}

/** Props of {@link CountryPicker}. */
export interface CountryPickerProps {
  id: string;
  label: string;
  options: readonly CountryOption[];
  /** The selected ISO3 code, or null for all. */
  value: string | null;
  onChange(code: string | null): void;
  placeholder?: string;
  /** Shown when value is null, e.g. "All intermediaries"; also offered as the first option. */
  allLabel?: string;
}

/** Case, width and accents folded away: "Türkiye" and "turkiye", "ＫＡＺ" and "kaz" meet. */
function fold(text: string, locale: Locale): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase(locale).trim();
}

/**
 * The countries a query finds, best first: the ISO3 code itself, then names (English, Chinese
 * or a Chinese alias, whatever the UI language) or codes that start with the query, then names
 * with a word that starts with it, then names that contain it. Ties, and the empty query, go in
 * the alphabetical order of the UI language.
 */
export function searchCountries(
  options: readonly CountryOption[],
  query: string,
  locale: Locale,
): CountryOption[] {
  const words = fold(query, locale);
  const collator = new Intl.Collator(locale);
  const rank = (option: CountryOption): number => {
    if (!words) return 0;
    const code = fold(option.code, locale);
    if (code === words) return 0;
    const names = [option.name.en, option.name['zh-TW'], ...(option.aliases ?? [])].map((name) =>
      fold(name, locale),
    );
    if (code.startsWith(words) || names.some((name) => name.startsWith(words))) return 1;
    if (names.some((name) => name.split(/[\s\-(),.'’]+/).some((w) => w.startsWith(words)))) {
      return 2;
    }
    if (names.some((name) => name.includes(words))) return 3;
    return Infinity;
  };
  return options
    .map((option) => ({ option, rank: rank(option) }))
    .filter(({ rank }) => rank !== Infinity)
    .sort(
      (a, b) => a.rank - b.rank || collator.compare(a.option.name[locale], b.option.name[locale]),
    )
    .map(({ option }) => option);
}

/** The listbox's entries: the "all" entry (code null) first when there is one. */
type Entry = { code: string | null; option: CountryOption | null };

/**
 * A searchable country box (the WAI-ARIA combobox pattern with a list popup): type to filter,
 * ↓ ↑ to move, Enter to choose, Escape to close. Shows the chosen country's name in the UI
 * language, with a × to go back to all.
 */
export function CountryPicker(props: CountryPickerProps) {
  const { id, label, options, value, onChange, placeholder, allLabel } = props;
  const { locale, t } = useI18n();
  const uid = useId();
  const listId = `${uid}-list`;
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);

  const selected = options.find((option) => option.code === value) ?? null;
  const matches = useMemo(() => searchCountries(options, query, locale), [options, query, locale]);
  const entries: Entry[] = useMemo(() => {
    const found = matches.map((option) => ({ code: option.code, option }));
    return allLabel && !query.trim() ? [{ code: null, option: null }, ...found] : found;
  }, [matches, allLabel, query]);
  const active = open ? entries[Math.min(activeIndex, entries.length - 1)] : undefined;
  const optionId = (entry: Entry) => `${uid}-option-${entry.code ?? 'all'}`;
  const activeId = active ? optionId(active) : undefined;

  useEffect(() => {
    if (!activeId) return;
    const element = listRef.current?.querySelector(`[id="${activeId}"]`);
    element?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  const show = (index: number) => {
    setOpen(true);
    setActiveIndex(Math.max(0, Math.min(index, entries.length - 1)));
  };
  const close = () => {
    setOpen(false);
    setQuery('');
  };
  const choose = (entry: Entry) => {
    onChange(entry.code);
    close();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const index = active ? entries.indexOf(active) : -1;
    switch (event.key) {
      case 'ArrowDown':
        show(open ? index + 1 : entries.findIndex((entry) => entry.code === value));
        break;
      case 'ArrowUp':
        show(open ? index - 1 : entries.length - 1);
        break;
      case 'PageDown':
      case 'PageUp':
        if (!open) return;
        show(index + (event.key === 'PageDown' ? 10 : -10));
        break;
      case 'Enter':
        if (!active) return;
        choose(active);
        break;
      case 'Escape':
        if (!open) return;
        close();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const shown = selected ? selected.name[locale] : '';
  const other: Locale = locale === 'en' ? 'zh-TW' : 'en';
  return (
    <div className="country-picker" data-testid={`country-picker-${id}`}>
      <label htmlFor={id}>{label}</label>
      <div className="country-picker-box">
        <input
          ref={inputRef}
          id={id}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          autoComplete="off"
          spellCheck={false}
          value={open ? query : shown}
          placeholder={
            // While the list is open the box holds the query; the current choice shows faded.
            open && selected ? shown : value === null ? (allLabel ?? placeholder) : placeholder
          }
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setOpen(true);
            setActiveIndex(0);
          }}
          onFocus={(event) => event.currentTarget.select()}
          onClick={() => {
            if (!open) show(entries.findIndex((entry) => entry.code === value));
          }}
          onKeyDown={onKeyDown}
          onBlur={close}
        />
        {value !== null && (
          <button
            type="button"
            className="country-picker-clear"
            aria-label={t('filters.country.clear', { label })}
            title={t('filters.country.clear', { label })}
            onClick={() => {
              onChange(null);
              close();
              inputRef.current?.focus();
            }}
          >
            ×
          </button>
        )}
        <ul
          ref={listRef}
          id={listId}
          role="listbox"
          aria-label={label}
          className="country-picker-list"
          hidden={!open}
        >
          {entries.map((entry) => (
            <li
              key={entry.code ?? ''}
              id={optionId(entry)}
              role="option"
              aria-selected={entry.code === value}
              className={entry === active ? 'country-option active' : 'country-option'}
              data-testid="country-option"
              data-code={entry.code ?? ''}
              // Chosen on mousedown so that the input's blur does not close the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(entry);
              }}
            >
              <span className="country-option-name">
                {entry.option ? entry.option.name[locale] : allLabel}
              </span>
              {entry.option && (
                <>
                  <span className="country-option-other" lang={other}>
                    {entry.option.name[other]}
                  </span>
                  <span className="country-option-code">{entry.option.code}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      </div>
      <p className="filters-hidden" role="status">
        {!open
          ? ''
          : matches.length === 0
            ? t('filters.country.noMatch', { query: query.trim() })
            : translateCount(locale, 'filters.country.results', matches.length, {
                count: matches.length,
              })}
      </p>
      {open && matches.length === 0 && (
        <p className="filters-empty" aria-hidden="true">
          {t('filters.country.noMatch', { query: query.trim() })}
        </p>
      )}
    </div>
  );
}
