import type { IngestError, IngestMessage, MessageParams, SkipReason } from '../data/ingest';
import {
  formatBytes,
  formatUsd,
  isMessageKey,
  translate,
  translateCount,
  translator,
  type Locale,
  type Translate,
} from '../i18n';

/** An ingest error as a message to describe. */
export const ingestErrorMessage = (error: IngestError): IngestMessage => ({
  code: error.code,
  params: error.params,
  message: error.reason,
});

/**
 * Params as shown: a `format` (an ingest format code) becomes its translated name, a
 * `residual` (a residual partner code such as XNS) its translated meaning, and with a locale a
 * `valueUsd` becomes an amount ("US$16.5M").
 */
export function localParams(t: Translate, params: MessageParams, locale?: Locale): MessageParams {
  const shown = { ...params };
  const format = `format.${String(params.format)}`;
  if (isMessageKey(format)) shown.format = t(format);
  const residual = `residual.${String(params.residual)}`;
  if (isMessageKey(residual)) shown.residual = t(residual);
  if (locale && typeof params.valueUsd === 'number')
    shown.valueUsd = formatUsd(locale, params.valueUsd);
  // Sizes (of a file refused as too big, and of the budget it exceeds) in the reader's units.
  for (const size of ['needs', 'budget'] as const) {
    const bytes = params[size];
    if (locale && typeof bytes === 'number') shown[size] = formatBytes(locale, bytes);
  }
  return shown;
}

/**
 * An ingest message (a warning, or why a file was refused) in the current language: the
 * dictionary's `<prefix>.<code>` with its params (singular form for a `count` of one), or the
 * English text it carries when the dictionary has no such message.
 */
export function describeIngestMessage(
  locale: Locale,
  prefix: 'warning' | 'ingestError',
  message: IngestMessage,
): string {
  const key = `${prefix}.${message.code}`;
  if (!isMessageKey(key)) return message.message;
  const params = localParams(translator(locale), message.params, locale);
  const { count } = message.params;
  return typeof count === 'number'
    ? translateCount(locale, key, count, params)
    : translate(locale, key, params);
}

/**
 * How many rows a skip reason left out and what they were worth: "3 rows, US$1.2M:", or
 * "3 rows:" when no value could be read.
 */
export function describeSkipAmount(locale: Locale, reason: SkipReason): string {
  const { count, valueUsd } = reason;
  return valueUsd === null || valueUsd === undefined
    ? translateCount(locale, 'report.skipRowsNoValue', count, { count })
    : translateCount(locale, 'report.skipRows', count, {
        count,
        value: formatUsd(locale, valueUsd),
      });
}

/** A skip reason in the current language, from its stable code and params. */
export function describeSkip(t: Translate, reason: SkipReason): string {
  const [kind = '', detail = ''] = reason.code.split(':');
  const key = kind === 'invalid' ? `validation.${detail}` : `skip.${reason.code}`;
  const params = { column: '', found: '', ...reason.params };
  if (isMessageKey(key)) return t(key, params);
  if (kind === 'unreadable')
    return t('skip.unreadable', { type: detail.replaceAll('_', ' '), ...params });
  return reason.message;
}
