import type { MessageKey, MessageParams } from '../i18n';
import type { IngestMessage, IngestSummary } from './ingest';
import type { ValidationIssue } from './validate';

/** Why the ingest refused a file, as an ingest message (`ingestError.<code>` when shown). */
export type LoadDetail = IngestMessage;

/**
 * A loading failure the user can understand: a message key, what fills it, the validation
 * issues behind it, why the ingest refused a file (its `{detail}`) and, for the user's files,
 * what the ingest read and skipped (described in the user's language when shown). A failure
 * the app cannot put in words keeps the engine's own (`engine`), shown apart for bug reports.
 */
export class LoadError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    readonly issues: ValidationIssue[] = [],
    readonly ingest: IngestSummary | null = null,
    readonly detail: LoadDetail | null = null,
    readonly engine: string | null = null,
  ) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = 'LoadError';
  }
}
