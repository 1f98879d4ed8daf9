import { formatFraction, formatPercent, translate } from '../../i18n';
import { linear, only, type Signal } from './signal';

/** The origin's exports the intermediary does not record as imports (see the row's SQL). */
export const mirrorGap: Signal<'mirrorGap'> = {
  name: 'mirrorGap',
  weight: 1,
  role: null,
  measure: ({ row }) => only(row.mirrorGap),
  strength: linear(0.1, 0.5),
  format: formatPercent,
  explain: (c, locale) =>
    translate(
      locale,
      c.mirrorMargin === null ? 'signal.mirrorGap.sentence' : 'signal.mirrorGap.sentence.own',
      {
        via: c.names.via[locale],
        share: formatFraction(locale, 1 - (c.signals.mirrorGap.value ?? 0)),
      },
    ),
};
