import { describe, expect, it } from 'vitest';
import { checkDeclared, checkTotal, memoryBudget } from '../../src/data/ingest/budget';
import { IngestError } from '../../src/data/ingest/types';

// Every figure below is worked out by hand: GiB = 1,073,741,824 bytes; text needs 5 bytes per
// byte, Parquet 3 per declared uncompressed byte.

const GIB = 1_073_741_824;

describe('the memory one load may use in the browser', () => {
  it.each([
    // deviceMemory (GiB), budget: half the device, at most 3 GiB
    [undefined, 2 * GIB], // not reported (Firefox, Safari): taken as 4 GiB
    [8, 3 * GIB], // browsers report at most 8: half would be 4 GiB, past DuckDB-wasm's 3
    [4, 2 * GIB],
    [2, GIB],
    [0.5, 268_435_456],
  ])('with deviceMemory %s is %i bytes', (device, budget) => {
    expect(memoryBudget(device)).toBe(budget);
  });
});

/** What `checkDeclared` throws, or null. */
function refusal(...args: Parameters<typeof checkDeclared>): IngestError | null {
  try {
    checkDeclared(...args);
    return null;
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
}

describe('a file checked by what it declares', () => {
  it('is refused when its text would need more than the budget, with the command to use', () => {
    // 800,000,000 bytes × 5 = 4,000,000,000 = 3.73 GiB, past 3 GiB (3,221,225,472).
    const error = refusal('comtrade.csv', { kind: 'text', bytes: 800_000_000 }, 3 * GIB);
    expect(error?.code).toBe('too_big');
    expect(error?.params).toEqual({
      file: 'comtrade.csv',
      needs: 4_000_000_000,
      budget: 3_221_225_472,
      command: 'npm run ingest -- comtrade.csv --out data.parquet',
    });
    expect(error?.message).toBe(
      'comtrade.csv: needs at least 3.7 GB in the browser, more than the 3 GB this device allows a load; the command-line ingest reads it in a streaming pass: npm run ingest -- comtrade.csv --out data.parquet, then open data.parquet',
    );
  });

  it('passes when its text fits: 600,000,000 × 5 = 3,000,000,000 ≤ 3 GiB', () => {
    expect(refusal('comtrade.csv', { kind: 'text', bytes: 600_000_000 }, 3 * GIB)).toBeNull();
  });

  it('weighs a Parquet file by its declared uncompressed size, three times', () => {
    // 1,200,000,000 × 3 = 3,600,000,000 = 3.35 GiB > 3 GiB; 1,000,000,000 × 3 fits.
    const big = refusal('trade.parquet', { kind: 'parquet', bytes: 1_200_000_000 }, 3 * GIB);
    expect(big?.params.needs).toBe(3_600_000_000);
    expect(big?.message).toMatch(/^trade\.parquet: needs at least 3\.4 GB .* than the 3 GB /);
    expect(refusal('trade.parquet', { kind: 'parquet', bytes: 1e9 }, 3 * GIB)).toBeNull();
  });

  it('weighs a Parquet file by its rows and columns when its pages declare less', () => {
    // One value repeated on every row: 50,000,000 rows × 11 columns × 8 bytes = 4,400,000,000
    // bytes > 3 GiB, though its pages declare 1 MB; 30,000,000 rows need 2,640,000,000: fits.
    const bomb = { kind: 'parquet' as const, bytes: 1e6, columns: 11 };
    const refused = refusal('constant.parquet', { ...bomb, rows: 50_000_000 }, 3 * GIB);
    expect(refused?.code).toBe('too_big');
    expect(refused?.params.needs).toBe(4_400_000_000);
    expect(refusal('constant.parquet', { ...bomb, rows: 30_000_000 }, 3 * GIB)).toBeNull();
  });

  it('names the archive in the command for a member, quoted when the name has spaces', () => {
    const member = refusal('BACI_HS17.zip/BACI_2022.csv', { kind: 'text', bytes: GIB }, GIB);
    expect(member?.params.command).toBe('npm run ingest -- BACI_HS17.zip --out data.parquet');
    const spaced = refusal('my download (1).csv', { kind: 'text', bytes: GIB }, GIB);
    expect(spaced?.params.command).toBe(
      'npm run ingest -- "my download (1).csv" --out data.parquet',
    );
  });

  it('is refused with more than 1,000 columns, naming how many', () => {
    const wide = refusal('wide.csv', { kind: 'text', bytes: 10, columns: 1001 }, GIB);
    expect(wide?.code).toBe('too_many_columns');
    expect(wide?.params).toEqual({ file: 'wide.csv', columns: 1001, limit: 1000 });
    expect(wide?.message).toMatch(/^wide\.csv: has 1001 columns, more than the 1000 /);
    expect(refusal('wide.csv', { kind: 'text', bytes: 10, columns: 1000 }, GIB)).toBeNull();
  });
});

describe('several text files loaded at once', () => {
  /** What `checkTotal` throws, or null. */
  function totalRefusal(...args: Parameters<typeof checkTotal>): IngestError | null {
    try {
      checkTotal(...args);
      return null;
    } catch (error) {
      if (error instanceof IngestError) return error;
      throw error;
    }
  }

  it('are refused when together they need more than the budget, naming each in the command', () => {
    // 250,000,000 + 200,000,000 = 450,000,000 bytes × 5 = 2,250,000,000 > 2 GiB (2,147,483,648),
    // though each alone (1,250,000,000 and 1,000,000,000) fits.
    const files = [
      { name: 'kgz.csv', bytes: 250_000_000 },
      { name: 'BACI.zip/BACI_2022.csv', bytes: 200_000_000 },
    ];
    const refused = totalRefusal(files, 2 * GIB);
    expect(refused?.code).toBe('too_big');
    expect(refused?.params).toEqual({
      file: 'kgz.csv, BACI.zip/BACI_2022.csv',
      needs: 2_250_000_000,
      budget: 2 * GIB,
      command: 'npm run ingest -- kgz.csv BACI.zip --out data.parquet',
    });
    expect(totalRefusal(files.slice(1), 2 * GIB)).toBeNull();
  });
});
