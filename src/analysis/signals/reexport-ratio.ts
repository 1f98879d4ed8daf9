import { translate } from '../../i18n';
import { formatPercent } from '../format';
import { asPercent, rise, type Signal } from './signal';

/** The intermediary's exports to the destination over its imports from the world, and its rise. */
export const reexportRatio: Signal<'reexportRatio'> = {
  name: 'reexportRatio',
  weight: 1,
  role: null,
  short: 're-export',
  measure: ({ row }) => ({ value: row.reexportPost, baseline: row.reexportBaseline }),
  strength: rise(0.05, 0.5),
  format: asPercent,
  explain: (c, lang) => {
    const { value, baseline } = c.signals.reexportRatio;
    return translate(lang, 'signal.reexportRatio.sentence', {
      via: c.names.via[lang],
      destination: c.names.destination[lang],
      now: formatPercent(value ?? 0),
      before: formatPercent(baseline ?? 0),
    });
  },
};
