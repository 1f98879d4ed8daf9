/** Text in English and in Traditional Chinese as written in Taiwan. */
export interface Localized {
  en: string;
  'zh-TW': string;
}

/** The signals researchers use to flag a corridor (see docs/methodology.md). */
export const SIGNAL_NAMES = [
  'firstLegSurge',
  'firstLegExcess',
  'secondLegSurge',
  'coMovement',
  'directFall',
  'reexportRatio',
  'mirrorGap',
  'unitValueJump',
  'concentration',
] as const;

/** Name of a signal. */
export type SignalName = (typeof SIGNAL_NAMES)[number];

/** A signal's measured value and, where it has one, its value in the baseline period. */
export interface SignalValue {
  value: number | null;
  baseline: number | null;
}

/** What a signal means and how its value becomes a strength from 0 (nothing) to 1 (strong). */
export interface SignalDefinition {
  name: SignalName;
  /** Weight in the score's weighted mean. */
  weight: number;
  /** Whether the signal is part of the gate (both legs must surge, together). */
  gate: boolean;
  label: Localized;
  meaning: Localized;
  strength(signal: SignalValue): number;
}

/** Clamps to [0, 1]; NaN becomes 0. */
export function clamp01(x: number): number {
  return x > 0 ? Math.min(1, x) : 0;
}

/** 0 at or below `low`, 1 at or above `high`, linear in between. */
export function ramp(x: number, low: number, high: number): number {
  return clamp01((x - low) / (high - low));
}

/** Like {@link ramp} on a logarithmic scale: for ratios, where ×2 → ×4 weighs like ×4 → ×8. */
export function logRamp(x: number, low: number, high: number): number {
  return x > 0 ? ramp(Math.log(x), Math.log(low), Math.log(high)) : 0;
}

/**
 * A ratio below ×1.5 is ordinary growth (Taiwan's chip exports to Turkey grew ×1.3 between
 * the periods with no onward surge), so the surge strength starts there; ×20 is full strength.
 */
export const SURGE_RAMP = { low: 1.5, high: 20 } as const;

/**
 * The first leg's rise in dollars against its trend, in units of its baseline's noise (the
 * standard error of a 12-month mean): 3 is where it starts to count, 8 is full strength.
 */
export const EXCESS_RAMP = { low: 3, high: 8 } as const;

function surgeStrength({ value }: SignalValue): number {
  return value === null ? 0 : logRamp(value, SURGE_RAMP.low, SURGE_RAMP.high);
}

function riseStrength(low: number, high: number) {
  return ({ value, baseline }: SignalValue): number =>
    value === null ? 0 : ramp(Math.min(value, 1) - Math.min(baseline ?? 0, 1), low, high);
}

const DEFINITIONS: readonly SignalDefinition[] = [
  {
    name: 'firstLegSurge',
    weight: 2,
    gate: true,
    label: { en: 'First-leg surge', 'zh-TW': '第一段激增' },
    meaning: {
      en: "The origin's exports to the intermediary after the cut-off, as a multiple of the baseline (monthly means plus a floor, US$10,000 by default; the two largest months capped).",
      'zh-TW':
        '基準期後來源地對中轉國的出口為基準期的幾倍（以月平均計，各加上下限值平滑（預設1萬美元），並截去最大的兩個月）。',
    },
    strength: surgeStrength,
  },
  {
    name: 'firstLegExcess',
    weight: 0,
    gate: true,
    label: { en: 'First-leg excess', 'zh-TW': '第一段超額' },
    meaning: {
      en: "The origin's extra exports to the intermediary after the cut-off, in dollars above its baseline grown as the origin's exports to everyone else grew, over the baseline's month-to-month noise: a hub's small share of a large flow. It opens the gate in place of the first-leg surge when it can carry at least a quarter of the onward rise; it adds no weight of its own.",
      'zh-TW':
        '基準期後來源地對中轉國的超額出口：高於依來源地對其他對象出口成長調整後基準的金額，除以基準期逐月波動。適用於樞紐：大額流量中的一小部分。當其足以承載第二段增加額的至少四分之一時，可代替第一段激增開啟閘門；本身不另計權重。',
    },
    strength: ({ value }) => (value === null ? 0 : ramp(value, EXCESS_RAMP.low, EXCESS_RAMP.high)),
  },
  {
    name: 'secondLegSurge',
    weight: 2,
    gate: true,
    label: { en: 'Second-leg surge', 'zh-TW': '第二段激增' },
    meaning: {
      en: "The intermediary's exports of the same goods to the destination, as a multiple of the baseline (same smoothing).",
      'zh-TW': '中轉國對目的地的同類貨品出口為基準期的幾倍（同樣平滑處理）。',
    },
    strength: surgeStrength,
  },
  {
    name: 'coMovement',
    weight: 2,
    gate: true,
    label: { en: 'Legs move together', 'zh-TW': '兩段同步變動' },
    meaning: {
      en: 'Correlation of the two legs month by month (logarithms, trend removed), the second leg 0–3 months behind; the best lag counts.',
      'zh-TW': '兩段逐月的相關係數（取對數並去除趨勢），第二段落後0至3個月，取最佳落後期。',
    },
    strength: ({ value }) => (value === null ? 0 : ramp(value, 0.2, 0.8)),
  },
  {
    name: 'directFall',
    weight: 1,
    gate: false,
    label: { en: 'Direct flow fell', 'zh-TW': '直接出口下降' },
    meaning: {
      en: "How much the origin's direct exports of the goods to the destination fell (share of the baseline, smoothed): substitution.",
      'zh-TW':
        '來源地直接出口至目的地的同類貨品下降了多少（占基準期的比例，經平滑）：顯示替代效果。',
    },
    strength: ({ value }) => (value === null ? 0 : ramp(value, 0.2, 0.9)),
  },
  {
    name: 'reexportRatio',
    weight: 1,
    gate: false,
    label: { en: 'Re-export ratio', 'zh-TW': '再出口比率' },
    meaning: {
      en: "The intermediary's exports of the goods to the destination over its imports of them from the world; its rise since the baseline counts.",
      'zh-TW': '中轉國對目的地的該貨品出口，除以其自全球的該貨品進口；以其較基準期的增幅計分。',
    },
    strength: riseStrength(0.05, 0.5),
  },
  {
    name: 'mirrorGap',
    weight: 1,
    gate: false,
    label: { en: 'Missing imports', 'zh-TW': '進口短報' },
    meaning: {
      en: "Share of the origin's reported exports that the intermediary does not record as imports after the cut-off, against the pair's own ratio of imports to exports before it (its CIF/FOB margin and what it left out already; 1.06 where the baseline holds too little).",
      'zh-TW':
        '基準期後，來源地申報的出口中，中轉國未記為進口的比例；以該雙邊在基準期的進出口比值為準（含其CIF/FOB差距及原本即未記錄的部分；基準期資料太少時以1.06計）。',
    },
    strength: ({ value }) => (value === null ? 0 : ramp(value, 0.1, 0.5)),
  },
  {
    name: 'unitValueJump',
    weight: 0.5,
    gate: false,
    label: { en: 'Unit-value jump', 'zh-TW': '單價跳升' },
    meaning: {
      en: 'Value per kg on the first leg after the cut-off, as a multiple of its baseline or of the origin’s unit value to other partners, whichever is higher.',
      'zh-TW': '基準期後第一段每公斤單價，為其基準期單價或來源地對其他夥伴單價的倍數（取較高者）。',
    },
    strength: ({ value }) => (value === null ? 0 : logRamp(value, 1.1, 2)),
  },
  {
    name: 'concentration',
    weight: 1,
    gate: false,
    label: { en: 'Destination share', 'zh-TW': '目的地集中度' },
    meaning: {
      en: "The destination's share of the intermediary's exports of the goods; its rise since the baseline counts.",
      'zh-TW': '目的地占中轉國該貨品出口的比重；以其較基準期的增幅計分。',
    },
    strength: riseStrength(0.05, 0.45),
  },
];

/** Every signal's definition, keyed by name. */
export const SIGNALS: Readonly<Record<SignalName, SignalDefinition>> = Object.fromEntries(
  DEFINITIONS.map((definition) => [definition.name, definition]),
) as Record<SignalName, SignalDefinition>;

/** The strength (0–1) of one signal's value. */
export function signalStrength(name: SignalName, signal: SignalValue): number {
  return SIGNALS[name].strength(signal);
}
