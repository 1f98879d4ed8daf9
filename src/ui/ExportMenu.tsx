import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { formatPercent } from '../i18n';
import { describeExportFailure } from './exports/export-error';
import type { ExportJob } from './exports/map-video';
import { useI18n } from './i18n-context';
import './exports/exports.css';

/** One thing the menu can export. */
export interface ExportItem {
  /** Names the item's test id: `export-<id>`. */
  id: string;
  label: string;
  /**
   * Makes and saves the file; the item shows that it is working until this settles. A long
   * export reports its progress and stops when the job's signal aborts (the Cancel button).
   */
  run(job: ExportJob): Promise<void> | void;
}

/** Props of {@link ExportMenu}. */
export interface ExportMenuProps {
  items: readonly ExportItem[];
  /** Something else is exporting, or the data is not ready: every item is disabled. */
  busy?: boolean | undefined;
}

/**
 * What the menu last did, for the status line read out to screen readers. The item and the
 * failure are kept as they are, not as text, so that both follow a change of language.
 */
type Outcome =
  | { item: ExportItem; failed: false; cancelled?: boolean }
  | { item: ExportItem; failed: true; failure: unknown }
  | null;

/**
 * A compact "Export" button opening a menu of exports (WAI-ARIA menu button pattern): Enter,
 * Space or ↓ open it on the first item, ↑ on the last; ↑ ↓ Home End move; Escape closes it and
 * returns to the button; Tab or a click outside closes it. The menu is in the DOM while closed
 * (`hidden`), so that its items are known before it opens. While an item runs, every item is
 * disabled and the running one says so. The menu then closes; a failure is shown below the
 * button until the menu opens again.
 */
export function ExportMenu({ items, busy = false }: ExportMenuProps) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const [running, setRunning] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // The running export's progress (null: it reports none) and how to stop it.
  const [progress, setProgress] = useState<number | null>(null);
  const controller = useRef<AbortController | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();
  const disabled = busy || running !== null;

  const itemElements = () => [
    ...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []),
  ];
  const focusItem = (index: number) => {
    const all = itemElements();
    all[(index + all.length) % all.length]?.focus();
  };
  // Which item takes the focus once the menu has opened.
  const pendingFocus = useRef<'first' | 'last' | null>(null);
  const openMenu = (focus: 'first' | 'last') => {
    setOutcome(null);
    pendingFocus.current = focus;
    setOpen(true);
  };
  const closeMenu = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open || !pendingFocus.current) return;
    focusItem(pendingFocus.current === 'first' ? 0 : -1);
    pendingFocus.current = null;
  });

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const runItem = async (item: ExportItem) => {
    if (disabled) return;
    setRunning(item.id);
    const abort = new AbortController();
    controller.current = abort;
    let done: Outcome;
    try {
      await item.run({ signal: abort.signal, progress: setProgress });
      done = { item, failed: false };
    } catch (failure) {
      done = abort.signal.aborted
        ? { item, failed: false, cancelled: true }
        : { item, failed: true, failure };
    }
    controller.current = null;
    setProgress(null);
    setRunning(null);
    setOutcome(done);
    // Back to the button (the error shows below it), unless the user has moved on meanwhile.
    closeMenu(root.current?.contains(document.activeElement) ?? false);
  };

  const onButtonKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    // Enter and Space click the button, which opens the menu on its first item.
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu(event.key === 'ArrowDown' ? 'first' : 'last');
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      closeMenu(false);
    }
  };

  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = itemElements();
    const current = all.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: -1,
    };
    if (event.key in moves) {
      event.preventDefault();
      focusItem(moves[event.key] ?? 0);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      closeMenu(true);
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  const runningItem = items.find((item) => item.id === running);
  // The item as the current items name it: they are made again in the new language.
  const outcomeLabel = outcome
    ? (items.find((item) => item.id === outcome.item.id) ?? outcome.item).label
    : '';
  return (
    <div className="export-menu" ref={root} data-testid="export-menu">
      <button
        ref={button}
        type="button"
        className="export-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        aria-busy={disabled}
        title={t('exports.hint')}
        onClick={() => (open ? closeMenu(false) : openMenu('first'))}
        onKeyDown={onButtonKey}
      >
        {disabled ? t('exports.working') : t('exports.title')}
        <span className="export-menu-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <ul
        ref={menu}
        id={menuId}
        className="export-menu-list"
        role="menu"
        aria-label={t('exports.menuLabel')}
        hidden={!open}
        onKeyDown={onMenuKey}
      >
        {items.map((item) => (
          <li
            key={item.id}
            role="menuitem"
            tabIndex={-1}
            className="export-menu-item"
            aria-disabled={disabled}
            data-testid={`export-${item.id}`}
            onClick={() => void runItem(item)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                void runItem(item);
              }
            }}
          >
            {item.id === running ? t('exports.running', { item: item.label }) : item.label}
          </li>
        ))}
      </ul>
      <p
        className="export-menu-status"
        role="status"
        aria-live="polite"
        data-testid="export-status"
      >
        {runningItem
          ? progress === null
            ? t('exports.running', { item: runningItem.label })
            : t('exports.recording', {
                item: runningItem.label,
                percent: formatPercent(locale, progress),
              })
          : outcome && !outcome.failed
            ? t(outcome.cancelled ? 'exports.cancelled' : 'exports.done', { item: outcomeLabel })
            : ''}
      </p>
      {runningItem && progress !== null && (
        <div className="export-menu-progress" data-testid="export-progress">
          <progress value={progress} max={1} aria-label={runningItem.label} />
          <button
            type="button"
            data-testid="export-cancel"
            onClick={() => controller.current?.abort()}
          >
            {t('exports.cancel')}
          </button>
        </div>
      )}
      {outcome?.failed && (
        <p className="export-menu-error" role="alert" data-testid="export-error">
          {t('exports.failed', {
            item: outcomeLabel,
            message: describeExportFailure(outcome.failure, locale),
          })}
        </p>
      )}
    </div>
  );
}
