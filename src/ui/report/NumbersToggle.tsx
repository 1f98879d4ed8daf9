import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n-context';

/**
 * A figure's data table, folded away on screen behind a button and always printed. Not a
 * `<details>`: a closed one prints closed, and `beforeprint` is not fired by every PDF export.
 */
export function NumbersToggle({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className="tr-numbers">
      <button
        type="button"
        className="tr-button tr-no-print"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((was) => !was)}
      >
        {t(open ? 'transparency.numbers.hide' : 'transparency.numbers.show')}
      </button>
      <div id={id} className={open ? 'tr-numbers-body' : 'tr-numbers-body tr-screen-folded'}>
        {children}
      </div>
    </div>
  );
}
