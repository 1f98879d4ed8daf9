import { translate } from '../../i18n';
import { formatPercent } from '../format';
import { asPercent, rise, type Signal } from './signal';

/** The destination's share of the intermediary's exports of the goods, and its rise. */
export const concentration: Signal<'concentration'> = {
  name: 'concentration',
  weight: 1,
  role: null,
  short: 'share',
  measure: ({ row }) => ({ value: row.sharePost, baseline: row.shareBaseline }),
  strength: rise(0.05, 0.45),
  format: asPercent,
  explain: (c, lang) => {
    const { value, baseline } = c.signals.concentration;
    return translate(lang, 'signal.concentration.sentence', {
      via: c.names.via[lang],
      destination: c.names.destination[lang],
      now: formatPercent(value ?? 0),
      before: formatPercent(baseline ?? 0),
    });
  },
};
