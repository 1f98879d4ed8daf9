import { describe, expect, it } from 'vitest';
import { datasetFromUrl } from '../../src/state/dataset-from-url';

describe('the dataset a page address asks for', () => {
  it.each([
    [
      'http://host/app/?data=/bench-data/trade-1m.parquet',
      '/bench-data/trade-1m.parquet',
      'trade-1m.parquet',
    ],
    ['http://host/app/?bench=1&data=data%2Fx.parquet', '/app/data/x.parquet', 'x.parquet'],
    ['http://host/app/?data=./prebuilt.duckdb', '/app/prebuilt.duckdb', 'prebuilt.duckdb'],
    [
      'http://host/app/?data=trade%202025/manifest.json',
      '/app/trade%202025/manifest.json',
      'trade 2025',
    ],
    ['http://host/?data=/parts.json', '/parts.json', 'parts.json'],
  ])('%s opens %s as a dataset of the user', (href, url, name) => {
    expect(datasetFromUrl(href)).toEqual({ kind: 'url', name, url, isSample: false });
  });

  it.each([
    ['http://host/'],
    ['http://host/?data='],
    ['http://host/?data=http://elsewhere/x.parquet'],
    ['http://host/?data=//elsewhere/x.parquet'],
    ['http://host/?data=/notes.csv'],
    ['http://host/?data=/x.duckdb.wal'],
  ])('%s opens the sample', (href) => {
    expect(datasetFromUrl(href)).toBeNull();
  });
});
