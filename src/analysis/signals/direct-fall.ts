import { formatPercent, translate } from '../../i18n';
import { smoothedRatio } from '../legs';
import { linear, only, type Signal } from './signal';

/** The origin's direct exports to the destination fell: substitution. */
export const directFall: Signal<'directFall'> = {
  name: 'directFall',
  weight: 1,
  role: null,
  measure: ({ row, floor }) => {
    const direct = row.direct && smoothedRatio(row.direct.postMean, row.direct.baselineMean, floor);
    return only(direct === null ? null : 1 - direct);
  },
  strength: linear(0.2, 0.9),
  format: formatPercent,
  explain: (c, locale) =>
    translate(locale, 'signal.directFall.sentence', {
      fall: formatPercent(locale, c.signals.directFall.value ?? 0),
      destination: c.names.destination[locale],
    }),
};
