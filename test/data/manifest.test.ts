import { describe, expect, it } from 'vitest';
import { LoadError } from '../../src/data/load-error';
import { defaultParts, MANIFEST_FORMAT, parseManifest } from '../../src/data/manifest';

const part = (group: string, path = `group=${group}/part-0.parquet`) => ({
  path,
  group,
  rows: 10,
  bytes: 2000,
  sha256: 'a'.repeat(64),
  first_period: '2018-01-01',
  last_period: '2025-06-01',
  reporters: 3,
});
const manifest = (change: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: MANIFEST_FORMAT,
    rows: 30,
    default_groups: ['chpl'],
    default_rows: 10,
    ingest_files: [{ name: 'x.csv', format: 'comtrade-plus' }],
    parts: [part('chpl'), part('73'), part('94')],
    ...change,
  });

/** What parseManifest says of `text`, or 'read' when it takes it. */
function refusal(text: string): string {
  try {
    parseManifest(text);
    return 'read';
  } catch (error) {
    expect(error).toBeInstanceOf(LoadError);
    return `${(error as LoadError).key}: ${String((error as LoadError).params.detail)}`;
  }
}

describe('a data set manifest', () => {
  it('is read, and names the parts the default view needs', () => {
    expect(defaultParts(parseManifest(manifest())).map((p) => p.path)).toEqual([
      'group=chpl/part-0.parquet',
    ]);
  });

  it('is refused, naming what is wrong, when it is not one this page reads', () => {
    expect(refusal('{"format": ')).toMatch(/^error\.manifest: SyntaxError/);
    expect(refusal(manifest({ format: 'tdc-trade-parts/2' }))).toMatch(/^error\.manifest: format:/);
    expect(refusal(manifest({ parts: [] }))).toBe('error.manifest: parts: lists no part');
    expect(refusal(manifest({ parts: [{ ...part('chpl'), rows: -1 }] }))).toMatch(
      /^error\.manifest: parts\.0\.rows:/,
    );
  });

  it('refuses a part outside its folder, or not a Parquet file', () => {
    for (const path of ['../secret.parquet', '/etc/x.parquet', 'a/../../x.parquet', 'x.csv'])
      expect(refusal(manifest({ parts: [part('chpl', path)] })), path).toMatch(
        /parts\.0\.path: must be a \.parquet path inside the folder/,
      );
    expect(refusal(manifest({ parts: [part('chpl', 'group=chpl/a..b.parquet')] }))).toBe('read');
  });
});
