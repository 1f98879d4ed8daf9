import { formatPercent, translate } from '../../i18n';
import { rise, type Signal } from './signal';

/** The intermediary's exports to the destination over its imports from the world, and its rise. */
export const reexportRatio: Signal<'reexportRatio'> = {
  name: 'reexportRatio',
  weight: 1,
  role: null,
  measure: ({ row }) => ({ value: row.reexportPost, baseline: row.reexportBaseline }),
  strength: rise(0.05, 0.5),
  format: formatPercent,
  explain: (c, locale) => {
    const { value, baseline } = c.signals.reexportRatio;
    return translate(locale, 'signal.reexportRatio.sentence', {
      via: c.names.via[locale],
      destination: c.names.destination[locale],
      now: formatPercent(locale, value ?? 0),
      before: formatPercent(locale, baseline ?? 0),
    });
  },
};
