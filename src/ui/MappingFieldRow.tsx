import { useId } from 'react';
import type { MappingField } from '../data/ingest/user-mapping';
import { isMessageKey, type Translate } from '../i18n';
import { useI18n } from './i18n-context';
import { canBeFixed, type FieldChoice } from './mapping-draft';

/** A canonical field's name in the user's language (the field itself if it has none). */
export function fieldLabel(t: Translate, field: string): string {
  const key = `mapping.field.${field}`;
  return isMessageKey(key) ? t(key) : field;
}

/** One field's choice: a column of the file, a fixed value, or nothing. */
export function FieldRow(props: {
  field: MappingField;
  columns: readonly string[];
  choice: FieldChoice;
  onChange: (choice: FieldChoice) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const { field, choice } = props;
  const hintKey = `mapping.hint.${field}`;
  const hint = isMessageKey(hintKey) ? t(hintKey) : null;
  const selected = choice.kind === 'column' ? `column:${choice.column}` : choice.kind;
  return (
    <div className="mapping-field" data-field={field}>
      <label htmlFor={`${id}-select`}>{fieldLabel(t, field)}</label>
      <select
        id={`${id}-select`}
        value={selected}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (value === 'none') props.onChange({ kind: 'none' });
          else if (value === 'fixed')
            props.onChange({ kind: 'fixed', value: choice.kind === 'fixed' ? choice.value : '' });
          else props.onChange({ kind: 'column', column: value.slice('column:'.length) });
        }}
      >
        <option value="none">{t('mapping.notInFile')}</option>
        {canBeFixed(field) && <option value="fixed">{t('mapping.fixed')}</option>}
        {props.columns.map((column) => (
          <option key={column} value={`column:${column}`}>
            {column}
          </option>
        ))}
      </select>
      {choice.kind === 'fixed' && (
        <input
          type="text"
          value={choice.value}
          aria-label={t('mapping.fixedLabel', { field: fieldLabel(t, field) })}
          onChange={(event) => props.onChange({ kind: 'fixed', value: event.currentTarget.value })}
        />
      )}
      {hint && (
        <small id={`${id}-hint`} className="muted">
          {hint}
        </small>
      )}
    </div>
  );
}
