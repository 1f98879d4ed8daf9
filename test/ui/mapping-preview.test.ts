import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/data/ingest';
import { translator, type Locale } from '../../src/i18n';
import { I18nContext } from '../../src/ui/i18n-context';
import { MappingPreviewPanel } from '../../src/ui/MappingPreview';

/** The preview panel's markup for a failed preview, in a language. */
function render(preview: Error, locale: Locale = 'en') {
  return renderToStaticMarkup(
    createElement(
      I18nContext.Provider,
      { value: { locale, t: translator(locale) } },
      createElement(MappingPreviewPanel, { preview, problem: null }),
    ),
  );
}

const ENGINE =
  'Conversion Error: Could not convert string "n/a" to DOUBLE in column "value", at line 7';

describe('a mapping preview that fails', () => {
  it("says what to do in the reader's words and keeps the database's under Details", () => {
    for (const locale of ['en', 'zh-TW'] as const) {
      const html = render(new Error(ENGINE), locale);
      const [sentence, details] = html.split('<details');
      expect(sentence).toContain(translator(locale)('mapping.previewFailed'));
      expect(sentence).not.toContain('Conversion Error');
      expect(details).toContain('Conversion Error: Could not convert string');
    }
  });

  it("describes the app's own ingest errors in the reader's language, without Details", () => {
    const error = new IngestError('no rows', 'exports.csv', { code: 'failed' });
    const html = render(error, 'zh-TW');
    expect(html).toContain('無法使用此欄位對應');
    expect(html).not.toContain('<details');
  });
});
