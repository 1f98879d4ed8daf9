import { translate, type Locale } from '../../i18n';
import { coMovement } from './co-movement';
import { concentration } from './concentration';
import { directFall } from './direct-fall';
import { firstLegExcess } from './first-leg-excess';
import { firstLegSurge } from './first-leg-surge';
import { mirrorGap } from './mirror-gap';
import { reexportRatio } from './reexport-ratio';
import { secondLegSurge } from './second-leg-surge';
import type { MeasureInput, SignalValue } from './signal';
import { unitValueJump } from './unit-value-jump';

export { EXCESS_RAMP } from './first-leg-excess';
export { SURGE_RAMP } from './first-leg-surge';
export { PEAK_ALIGNMENT } from './co-movement';
export { clamp01, logRamp, ramp } from './signal';
export type { Localized, MeasureInput, Signal, SignalValue } from './signal';

/**
 * Every signal, in the order the app lists them. A signal is one module (how it is measured,
 * its strength, weight and part in the gate, its format, its sentence) plus its messages in the
 * two dictionaries (`signal.<name>.…`): adding one touches its module, its test, this list
 * and the dictionaries.
 */
export const SIGNAL_LIST = [
  firstLegSurge,
  firstLegExcess,
  secondLegSurge,
  coMovement,
  directFall,
  reexportRatio,
  mirrorGap,
  unitValueJump,
  concentration,
] as const;

/** Name of a signal. */
export type SignalName = (typeof SIGNAL_LIST)[number]['name'];

/** Every signal's name, in the order of {@link SIGNAL_LIST}. */
export const SIGNAL_NAMES: readonly SignalName[] = SIGNAL_LIST.map((s) => s.name);

/** Every signal, keyed by name. */
export const SIGNALS = Object.fromEntries(SIGNAL_LIST.map((s) => [s.name, s])) as {
  [N in SignalName]: Extract<(typeof SIGNAL_LIST)[number], { name: N }>;
};

/** The strength (0–1) of one signal's value. */
export function signalStrength(name: SignalName, signal: SignalValue): number {
  return SIGNALS[name].strength(signal);
}

/** The raw value of every signal of a corridor. */
export function measureSignals(input: MeasureInput): Record<SignalName, SignalValue> {
  return Object.fromEntries(SIGNAL_LIST.map((s) => [s.name, s.measure(input)])) as Record<
    SignalName,
    SignalValue
  >;
}

/** A signal's name as the app shows it ('First-leg surge'). */
export function signalLabel(name: SignalName, locale: Locale): string {
  return translate(locale, `signal.${name}.label`);
}

/** A signal's short name, for a printed table ('leg 1'). */
export function signalShort(name: SignalName, locale: Locale): string {
  return translate(locale, `signal.${name}.short`);
}

/** What a signal measures, in a sentence. */
export function signalMeaning(name: SignalName, locale: Locale): string {
  return translate(locale, `signal.${name}.meaning`);
}
