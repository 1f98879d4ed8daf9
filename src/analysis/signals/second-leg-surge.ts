import { formatRatio } from '../../i18n';
import { surgeStrength } from './first-leg-surge';
import { only, type Signal } from './signal';

/** The intermediary's exports of the same goods to the destination, net of a boom everywhere. */
export const secondLegSurge: Signal<'secondLegSurge'> = {
  name: 'secondLegSurge',
  weight: 2,
  role: 'second',
  measure: ({ second }) => only(second.relativeSurge),
  strength: surgeStrength,
  format: formatRatio,
};
