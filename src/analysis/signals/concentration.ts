import { formatPercent, translate } from '../../i18n';
import { rise, type Signal } from './signal';

/** The destination's share of the intermediary's exports of the goods, and its rise. */
export const concentration: Signal<'concentration'> = {
  name: 'concentration',
  weight: 1,
  role: null,
  measure: ({ row }) => ({ value: row.sharePost, baseline: row.shareBaseline }),
  strength: rise(0.05, 0.45),
  format: formatPercent,
  explain: (c, locale) => {
    const { value, baseline } = c.signals.concentration;
    return translate(locale, 'signal.concentration.sentence', {
      via: c.names.via[locale],
      destination: c.names.destination[locale],
      now: formatPercent(locale, value ?? 0),
      before: formatPercent(locale, baseline ?? 0),
    });
  },
};
