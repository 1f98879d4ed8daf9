import type { MessageKey, MessageParams } from '../i18n';
import type { IngestSummary } from './ingest';
import type { ValidationIssue } from './validate';

/**
 * A loading failure the user can understand: a message key, what fills it, the validation
 * issues behind it and, for the user's files, what the ingest read and skipped (described in
 * the user's language when shown).
 */
export class LoadError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    readonly issues: ValidationIssue[] = [],
    readonly ingest: IngestSummary | null = null,
  ) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = 'LoadError';
  }
}
