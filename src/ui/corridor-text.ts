import type { Corridor } from '../analysis/corridor';
import { SIGNALS, type SignalName } from '../analysis/signals';
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

/** A signal's measured value as an analyst writes it (×12, r = 0.87, 48%), with its baseline. */
export function signalText(
  t: Translate,
  locale: Locale,
  name: SignalName,
  s: SignalReading,
): string {
  if (s.value === null) return '–';
  const { format } = SIGNALS[name];
  const value = format(locale, s.value);
  return s.baseline === null
    ? value
    : t('detail.was', { value, baseline: format(locale, s.baseline) });
}

/** The score as shown: two decimals. */
export const scoreText = (score: number) => score.toFixed(2);
