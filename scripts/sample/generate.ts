import { statSync } from 'node:fs';
import { applyStories, forcedPairs } from './apply';
import { buildBaseline } from './levels';
import { writeTradeParquet } from './parquet';
import { realiseRows, type TradeRow } from './realise';

/** The default seed: the day of the full-scale invasion. */
export const DEFAULT_SEED = 20220224;
/** Where the bundled sample lives: public/, which Vite copies as it is into the built app. */
export const DEFAULT_OUT = 'public/sample/trade-sample.parquet';

/** What a generation produced. */
export interface SampleStats {
  rows: number;
  bytes: number;
  millis: number;
}

/** All rows of the sample for a seed, in no particular order. */
export function sampleRows(seed: number): TradeRow[] {
  const levels = buildBaseline(seed, forcedPairs());
  const effects = applyStories(levels);
  return realiseRows(seed, levels, effects);
}

/** Generates the sample for `seed` and writes it to `out` as canonical Parquet. */
export async function generateSample(seed = DEFAULT_SEED, out = DEFAULT_OUT): Promise<SampleStats> {
  const started = performance.now();
  const rows = sampleRows(seed);
  await writeTradeParquet(rows, out, {
    generator: 'scripts/generate-sample.ts',
    seed: String(seed),
  });
  return { rows: rows.length, bytes: statSync(out).size, millis: performance.now() - started };
}
