/**
 * Writes a hard world as a canonical Parquet file (for the app's `?data=`, `npm run analyze`
 * or `npm run ingest`) and its truth as JSON beside it:
 *
 *     npx tsx scripts/scenarios/write-hard.ts --seed 301 --out hard-301.parquet [--off origin-silent,hs-revision]
 *
 * The truth file (`hard-301.truth.json`) lists the planted corridors and look-alikes with the
 * product keys that count as finding each, the traps it meets and its evidence; judge a
 * ranking against it with `judgeRanking` (scripts/scenarios/evaluate.ts).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openNodeDuckDB } from '../lib/node-duckdb';
import { quoteLiteral } from '../../src/data/sql/quote';
import { TRAPS, generateHardScenario, type Trap } from './hard';
import { loadScenarioRows } from './load';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '301' },
    out: { type: 'string', default: 'hard-world.parquet' },
    off: { type: 'string', default: '' },
  },
});
const off = (values.off ?? '').split(',').filter((t) => t !== '');
const unknown = off.filter((t) => !(TRAPS as readonly string[]).includes(t));
if (unknown.length > 0)
  throw new Error(`unknown traps: ${unknown.join(', ')} (known: ${TRAPS.join(', ')})`);
const out = values.out ?? 'hard-world.parquet';
const world = generateHardScenario({
  seed: Number(values.seed),
  traps: Object.fromEntries(off.map((t) => [t as Trap, false])),
});
const db = await openNodeDuckDB();
try {
  await loadScenarioRows(db, world.rows);
  await db.query(
    `COPY (SELECT * FROM trade ORDER BY reporter, flow, partner, hs, freq, period) TO ${quoteLiteral(out)} (FORMAT parquet, COMPRESSION zstd)`,
  );
} finally {
  db.close();
}
const truthFile = out.replace(/\.parquet$/, '') + '.truth.json';
const { seed, traps, planted, lookAlikes, roles, products } = world;
writeFileSync(
  truthFile,
  `${JSON.stringify({ seed, traps, products, roles, planted, lookAlikes }, null, 2)}\n`,
);
console.log(`wrote ${world.rows.length} rows to ${out}, the truth to ${truthFile}`);
