import type { MessageKey, MessageParams } from '../i18n';
import type { ValidationIssue } from './validate';

/**
 * A loading failure the user can understand: a message key, what fills it, and the
 * validation issues behind it (described in the user's language when shown).
 */
export class LoadError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    readonly issues: ValidationIssue[] = [],
  ) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = 'LoadError';
  }
}
