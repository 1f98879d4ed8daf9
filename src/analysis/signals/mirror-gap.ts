import { translate } from '../../i18n';
import { formatFraction } from '../format';
import { asPercent, linear, only, type Signal } from './signal';

/** The origin's exports the intermediary does not record as imports (see the row's SQL). */
export const mirrorGap: Signal<'mirrorGap'> = {
  name: 'mirrorGap',
  weight: 1,
  role: null,
  short: 'missing imports',
  measure: ({ row }) => only(row.mirrorGap),
  strength: linear(0.1, 0.5),
  format: asPercent,
  explain: (c, lang) =>
    translate(
      lang,
      c.mirrorMargin === null ? 'signal.mirrorGap.sentence' : 'signal.mirrorGap.sentence.own',
      {
        via: c.names.via[lang],
        share: formatFraction(1 - (c.signals.mirrorGap.value ?? 0), lang),
      },
    ),
};
