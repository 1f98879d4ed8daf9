import type { LoadError } from '../data/load-error';
import type { ValidationIssue } from '../data/validate';
import type { Locale, Translate } from '../i18n';
import { describeIngestMessage } from './describe-ingest';

/** Describes one validation issue in the current language, with where it occurs. */
export function describeIssue(t: Translate, issue: ValidationIssue): string {
  const what = t(`validation.${issue.kind}`, { column: issue.column, found: issue.found ?? '' });
  if (issue.count === 0) return what;
  const rows = issue.examples.map((e) => e.row).join(', ');
  return `${what} (${t('validation.where', { count: issue.count, rows })})`;
}

/** Describes a failed load in the current language. */
export function describeFailure(t: Translate, locale: Locale, error: LoadError): string {
  const detail = error.detail
    ? describeIngestMessage(locale, 'ingestError', error.detail)
    : error.issues.map((issue) => describeIssue(t, issue)).join('; ');
  return t(error.key, { detail, ...error.params });
}
