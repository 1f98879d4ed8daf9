import { describe, expect, it } from 'vitest';
import type { IngestWarning, SkipReason } from '../../src/data/ingest';
import { describeIngestMessage, describeSkipAmount } from '../../src/ui/describe-ingest';

const reason = (count: number, valueUsd: number | null): SkipReason => ({
  code: 'partner_unmapped',
  message: 'partner is not a known country',
  params: {},
  count,
  valueUsd,
  examples: [],
});

describe('the ingest report panel', () => {
  it('says how many rows a reason left out and what they were worth, in both languages', () => {
    expect(describeSkipAmount('en', reason(3, 1_234_567))).toBe('3 rows, US$1.23M:');
    expect(describeSkipAmount('en', reason(1, 950))).toBe('1 row, US$950:');
    expect(describeSkipAmount('zh-TW', reason(3, 1_234_567))).toBe('3 列，US$123萬：');
    // Rows DuckDB could not read have no value to give.
    expect(describeSkipAmount('en', reason(2, null))).toBe('2 rows:');
    expect(describeSkipAmount('zh-TW', reason(2, null))).toBe('2 列：');
  });

  it("names the residual partners and their value in the user's language", () => {
    const warning: IngestWarning = {
      code: 'residual_partner',
      params: { count: 97, valueUsd: 16_500_000, residual: 'XNS', code: 'XNS' },
      message: '',
    };
    expect(describeIngestMessage('en', 'warning', warning)).toBe(
      'US$16.5M in 97 rows kept as “other countries (not specified)” (XNS): in the totals, but not one country, so neither on the map nor an intermediary or destination.',
    );
    expect(describeIngestMessage('zh-TW', 'warning', warning)).toBe(
      '97 列共 US$1650萬 保留為「其他國家（未列明）」（XNS）：計入總額，但並非單一國家，不繪於地圖，也不作為中轉經濟體或目的地。',
    );
  });

  it("gives the sizes of a file refused as too big in the reader's units", () => {
    const refusal = {
      code: 'too_big',
      // 5 × 1 GiB needed against a 3 GiB budget.
      params: {
        needs: 5 * 2 ** 30,
        budget: 3 * 2 ** 30,
        command: 'npm run ingest -- big.csv --out data.parquet',
      },
      message: '',
    };
    const en = describeIngestMessage('en', 'ingestError', refusal);
    expect(en).toContain(
      'it needs at least 5 GB in the browser, more than the 3 GB this device allows',
    );
    expect(en).toContain('npm run ingest -- big.csv --out data.parquet');
    expect(describeIngestMessage('zh-TW', 'ingestError', refusal)).toContain('至少需要 5 GB');
  });
});
