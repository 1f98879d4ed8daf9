import { translate, type Locale } from '../../i18n';

/** Why an export could not be made; each has a message `exports.error.<problem>`. */
export type ExportProblem = 'noMap' | 'noCanvas' | 'notEncoded' | 'noSettings' | 'noRecorder';

/**
 * An export the app could not make, for a reason it can put in words. The message is English,
 * for the console; {@link describeExportFailure} gives it in the interface's language.
 */
export class ExportError extends Error {
  override name = 'ExportError';

  constructor(readonly problem: ExportProblem) {
    super(translate('en', `exports.error.${problem}`));
  }
}

/**
 * Why an export failed, in the given language. Anything but an {@link ExportError} comes from
 * the browser (a canvas it refuses to read, a download it blocks) or from a bug: its own words
 * are all there is, so they are quoted as they are, inside a sentence in the reader's language.
 */
export function describeExportFailure(failure: unknown, locale: Locale): string {
  if (failure instanceof ExportError) return translate(locale, `exports.error.${failure.problem}`);
  const detail = failure instanceof Error ? failure.message : String(failure);
  return translate(locale, 'exports.error.unexpected', { detail });
}
