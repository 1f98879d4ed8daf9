import {
  SIGNAL_LIST,
  SIGNAL_NAMES,
  SIGNALS,
  signalStrength,
  type Signal,
  type SignalName,
  type SignalValue,
} from './signals';

/** One signal as reported with a corridor: its value, strength and share of the score. */
export interface SignalReading extends SignalValue {
  /** 0–1, from the signal's definition. */
  strength: number;
  /** The part of the score this signal accounts for; the contributions sum to the score. */
  contribution: number;
}

/** A corridor's score and the reading of every signal. */
export interface ScoredSignals {
  /** 0–1. */
  score: number;
  /** The gate (0–1): both legs surge and move together. */
  gate: number;
  /** The confidence factor the score was multiplied by (1: full evidence, no pre-trend). */
  confidence: number;
  signals: Record<SignalName, SignalReading>;
}

/** Sum of the weights of all signals. */
export const TOTAL_WEIGHT = SIGNAL_NAMES.reduce((sum, name) => sum + SIGNALS[name].weight, 0);

/**
 * The gate: the geometric mean of the two legs' rises (for each, its strongest signal: the
 * first leg's surge, or for a hub its excess in dollars) times the strength of their
 * co-movement. A corridor needs all three: plain growth, a surge on one leg only, or two legs
 * that rise at unrelated times all close it.
 */
export function gateOf(strengths: Readonly<Record<SignalName, number>>): number {
  const strongest = (role: Signal['role']) =>
    Math.max(0, ...SIGNAL_LIST.filter((s) => s.role === role).map((s) => strengths[s.name]));
  return Math.sqrt(strongest('first') * strongest('second')) * strongest('together');
}

/**
 * The score: gate × confidence × the weighted mean of all signals' strengths. Each signal's
 * contribution is gate × confidence × weight × strength / total weight, so the contributions
 * add up to the score and say which evidence carried it.
 */
export function scoreSignals(
  values: Readonly<Record<SignalName, SignalValue>>,
  confidence = 1,
): ScoredSignals {
  const strengths = {} as Record<SignalName, number>;
  for (const name of SIGNAL_NAMES) strengths[name] = signalStrength(name, values[name]);
  const gate = gateOf(strengths);
  const signals = {} as Record<SignalName, SignalReading>;
  let score = 0;
  for (const name of SIGNAL_NAMES) {
    const contribution =
      (gate * confidence * SIGNALS[name].weight * strengths[name]) / TOTAL_WEIGHT;
    signals[name] = { ...values[name], strength: strengths[name], contribution };
    score += contribution;
  }
  return { score, gate, confidence, signals };
}
