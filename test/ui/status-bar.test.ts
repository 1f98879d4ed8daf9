import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { asLoadError, type DatasetSource, type DatasetSummary } from '../../src/data/dataset';
import { LoadError } from '../../src/data/load-error';
import { translator, type Locale } from '../../src/i18n';
import type { DatasetState } from '../../src/state/dataset-store';
import { I18nContext } from '../../src/ui/i18n-context';
import { StatusBar } from '../../src/ui/StatusBar';

const ENGINE =
  'Out of Memory Error: failed to allocate data of size 3.1 GiB (3.1 GiB/3.1 GiB used)';
const SOURCE: DatasetSource = {
  kind: 'url',
  name: 'big.parquet',
  url: '/big.parquet',
  isSample: false,
};

/** The status bar's text and its details, as a user of the locale would read them. */
function statusOf(dataset: DatasetState, locale: Locale) {
  const html = renderToStaticMarkup(
    createElement(
      I18nContext.Provider,
      { value: { locale, t: translator(locale) } },
      createElement(StatusBar, { dataset }),
    ),
  );
  const text = (pattern: RegExp) => (html.match(pattern)?.[1] ?? '').replace(/<[^>]*>/g, '');
  return {
    line: text(/<p[^>]*data-testid="status"[^>]*>(.*?)<\/p>/),
    details: text(/<details[^>]*data-testid="status-details"[^>]*>(.*?)<\/details>/),
  };
}

describe('a load the database fails in words of its own', () => {
  const failed = (summary: DatasetSummary | null): DatasetState => ({
    summary,
    progress: null,
    loadingSource: null,
    failure: { source: SOURCE, error: asLoadError(new Error(ENGINE)) },
  });

  it('names the file and what to do, and keeps the engine’s words under Details', () => {
    const { line, details } = statusOf(failed(null), 'en');
    expect(line).toContain('Could not load big.parquet: the database stopped on an error');
    expect(line).toContain('`npm run ingest` reads it outside the browser');
    expect(line).not.toContain('Out of Memory');
    expect(details).toBe(`Details${ENGINE}`);
  });

  it('says so in Chinese too, and that the data loaded before is still there', () => {
    const summary = { rows: 10, start: '2020-01-01', end: '2020-12-01', skippedRows: 0 };
    const { line, details } = statusOf(failed(summary as DatasetSummary), 'zh-TW');
    expect(line).toContain('無法載入big.parquet：資料庫因其本身的錯誤而中止');
    expect(line).toContain('先前載入的資料仍然保留顯示。');
    expect(line).not.toContain('Out of Memory');
    expect(details).toBe(`詳細資訊${ENGINE}`);
  });

  it('says when the database was started again and the data read again, or lost', () => {
    const summary = { rows: 10, start: '2020-01-01', end: '2020-12-01', skippedRows: 0 };
    const restarted = (restart: 'restored' | 'lost', kept: DatasetSummary | null) => ({
      ...failed(kept),
      failure: { source: SOURCE, error: asLoadError(new Error(ENGINE)), restart },
    });
    const restored = statusOf(restarted('restored', summary as DatasetSummary), 'zh-TW').line;
    // Chinese sentences follow each other without a space.
    expect(restored).toContain(
      '找出出錯之處。資料庫曾停止並已重新啟動；先前載入的資料已重新讀取並顯示。',
    );
    expect(restored).not.toContain('仍然保留顯示');
    const lost = statusOf(restarted('lost', null), 'en').line;
    expect(lost).toContain(
      'where it fails. The database stopped and was started again, but the data loaded before could not be read again: open it again.',
    );
  });

  it('shows no details for a failure the app can put in words', () => {
    const error = new LoadError('error.empty');
    const { line, details } = statusOf(
      { summary: null, progress: null, loadingSource: null, failure: { source: SOURCE, error } },
      'en',
    );
    expect(line).toBe('Could not load big.parquet: the file holds no rows');
    expect(details).toBe('');
  });
});
