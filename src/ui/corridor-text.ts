import type { Corridor } from '../analysis/corridor';
import type { SignalName } from '../analysis/signals';
import type { SignalReading } from '../analysis/score';
import type { Locale, Translate } from '../i18n';

/** The corridor's route in words: "Taiwan → Kyrgyzstan → Russia". */
export function routeText(t: Translate, locale: Locale, c: Corridor): string {
  return t('corridors.route', {
    origin: c.names.origin[locale],
    via: c.names.via[locale],
    destination: c.names.destination[locale],
  });
}

/** The product in words, with its code: "Processors and controllers (854231)". */
export function productText(locale: Locale, c: Corridor): string {
  const name = c.productName?.[locale];
  return name ? `${name} (${c.product})` : c.product;
}

const multiple = (locale: Locale, x: number) =>
  `×${new Intl.NumberFormat(locale, { maximumSignificantDigits: 2 }).format(x)}`;
const percent = (locale: Locale, x: number) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(x);

const FORMATS: Record<SignalName, (locale: Locale, x: number) => string> = {
  firstLegSurge: multiple,
  firstLegExcess: (locale, x) =>
    `z = ${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(x)}`,
  secondLegSurge: multiple,
  coMovement: (_locale, x) => `r = ${x.toFixed(2)}`,
  directFall: percent,
  reexportRatio: percent,
  mirrorGap: percent,
  unitValueJump: multiple,
  concentration: percent,
};

/** A signal's measured value as an analyst writes it (×12, r = 0.87, 48%), with its baseline. */
export function signalText(
  t: Translate,
  locale: Locale,
  name: SignalName,
  s: SignalReading,
): string {
  if (s.value === null) return '–';
  const format = FORMATS[name];
  const value = format(locale, s.value);
  return s.baseline === null
    ? value
    : t('detail.was', { value, baseline: format(locale, s.baseline) });
}

/** The score as shown: two decimals. */
export const scoreText = (score: number) => score.toFixed(2);
