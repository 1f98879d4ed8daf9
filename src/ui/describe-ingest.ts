import type { IngestMessage, MessageParams, SkipReason } from '../data/ingest';
import {
  isMessageKey,
  translate,
  translateCount,
  translator,
  type Locale,
  type Translate,
} from '../i18n';

/** Params as shown: a `format` (an ingest format code) becomes its translated name. */
export function localParams(t: Translate, params: MessageParams): MessageParams {
  const key = `format.${String(params.format)}`;
  return isMessageKey(key) ? { ...params, format: t(key) } : params;
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
  const params = localParams(translator(locale), message.params);
  const { count } = message.params;
  return typeof count === 'number'
    ? translateCount(locale, key, count, params)
    : translate(locale, key, params);
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
