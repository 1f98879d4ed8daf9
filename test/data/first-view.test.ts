import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { loadReferenceTables } from '../../scripts/lib/reference';
import { readFirstView } from '../../scripts/lib/first-view';
import { startStaticServer, type StaticServer } from '../../scripts/bench/server';
import {
  FIRST_VIEW_KEY,
  decodeFirstView,
  decodeRanking,
  encodeFirstView,
  encodeRanking,
  fetchFirstView,
  sameFlows,
  storedControls,
  type FirstView,
  type StoredRanking,
} from '../../src/data/first-view';
import { fetchParquetKeyValues, parquetKeyValues } from '../../src/data/parquet-footer';
import { windowFlows } from '../../src/map/month-window';
import type { RouteScore } from '../../src/analysis/calibration';
import { resolveParams, type AnalysisParams } from '../../src/analysis/params';
import { placeboScores } from '../../src/data/corridors/placebo';
import { analyzeCorridors } from '../../src/data/corridors/score-corridors';
import { tradeTableFromSql } from '../../src/data/sql/trade';

const PUBLIC = fileURLToPath(new URL('../../public', import.meta.url));
const SAMPLE = `${PUBLIC}/sample/trade-sample.parquet`;

/** The footer of a Parquet file's bytes (its metadata, without the length and magic). */
function footerOf(bytes: Buffer): Uint8Array {
  const length = bytes.readUInt32LE(bytes.length - 8);
  return bytes.subarray(bytes.length - 8 - length, bytes.length - 8);
}

/** Runs `read` with the address of a sample served by `handle` on a local server of its own. */
async function withServer<T>(
  handle: (request: IncomingMessage, response: ServerResponse) => void,
  read: (url: string) => Promise<T>,
): Promise<T> {
  const server: Server = createServer(handle);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  try {
    return await read(`http://127.0.0.1:${port}/trade-sample.parquet`);
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

let db: NodeDuckDB;
let host: StaticServer;
let stored: FirstView;

beforeAll(async () => {
  db = await openNodeDuckDB();
  await loadReferenceTables(db);
  host = await startStaticServer(PUBLIC, PUBLIC);
  const decoded = readFirstView(SAMPLE);
  if (!decoded) throw new Error('the sample stores no first view');
  stored = decoded;
});
afterAll(async () => {
  db.close();
  await host.close();
});

describe('a Parquet footer read without DuckDB', () => {
  it('gives the key–value metadata DuckDB reads from the same file', async () => {
    const ours = parquetKeyValues(footerOf(readFileSync(SAMPLE)));
    const duckdb = await db.query(
      `SELECT decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata('${SAMPLE}')`,
    );
    expect(duckdb.length).toBeGreaterThanOrEqual(3);
    expect([...ours].sort()).toEqual(duckdb.map((r) => [String(r.key), String(r.value)]).sort());
  });

  it('gives no pairs for a file written without any, and refuses a damaged footer', async () => {
    const bytes = readFileSync(SAMPLE);
    const footer = footerOf(bytes);
    expect(() => parquetKeyValues(footer.subarray(0, footer.length - 40))).toThrow(RangeError);
    const plain = `${process.env.TMPDIR ?? '/tmp'}/tdc-no-kv-${process.pid}.parquet`;
    await db.query(`COPY (SELECT 1 AS x) TO '${plain}' (FORMAT parquet)`);
    expect(parquetKeyValues(footerOf(readFileSync(plain))).size).toBe(0);
    rmSync(plain);
  });

  it('is read with one range request from a host that answers them', async () => {
    const before = host.sent();
    const pairs = await fetchParquetKeyValues(`${host.origin}/sample/trade-sample.parquet`);
    const sent = host.sent();
    expect(pairs?.get(FIRST_VIEW_KEY)).toBe(
      parquetKeyValues(footerOf(readFileSync(SAMPLE))).get(FIRST_VIEW_KEY),
    );
    expect(sent.requests - before.requests).toBe(1);
    // The end of the file, not the file: a fifth of the sample's bytes.
    expect(sent.bytes - before.bytes).toBeLessThan(readFileSync(SAMPLE).length / 4);
  });

  it('is read from a host that answers a suffix range with the start of the file', async () => {
    // As some static servers do: `bytes=-n` read as `bytes=0-n`.
    const bytes = readFileSync(SAMPLE);
    const served: string[] = [];
    const view = await withServer(
      (request, response) => {
        const range = String(request.headers.range);
        served.push(range);
        const [, from = '0', to = ''] = /^bytes=(\d*)-(\d*)$/.exec(range) ?? [];
        const [first, last] = [
          Number(from),
          Math.min(Number(to || bytes.length - 1), bytes.length - 1),
        ];
        response.writeHead(206, { 'Content-Range': `bytes ${first}-${last}/${bytes.length}` });
        response.end(bytes.subarray(first, last + 1));
      },
      (url) => fetchFirstView(url),
    );
    expect(served).toEqual(['bytes=-524288', `bytes=${bytes.length - 524288}-${bytes.length - 1}`]);
    expect(view && sameFlows(view.months, stored.months)).toBe(true);
  });

  it('is not read from a host that sends the whole file instead', async () => {
    let served = 0;
    const view = await withServer(
      (_request, response) => {
        served += 1;
        response.writeHead(200, { 'Content-Type': 'application/octet-stream' });
        response.end(readFileSync(SAMPLE));
      },
      (url) => fetchFirstView(url),
    );
    expect(view).toBeNull();
    expect(served).toBe(1);
  });

  it('gives null, not an error, for a file that is not there or not Parquet', async () => {
    expect(await fetchParquetKeyValues(`${host.origin}/sample/missing.parquet`)).toBeNull();
    expect(await fetchParquetKeyValues(`${host.origin}/icon.svg`)).toBeNull();
  });
});

describe("the sample's stored first view", () => {
  it("holds Taiwan's exports of CHPL goods by partner and month, as plain SQL sums them", async () => {
    expect(stored.origin).toBe('TWN');
    expect(stored.source).toBe('reported');
    const pm = stored.months;
    expect(pm.months[0]).toBe('2018-01-01');
    expect(pm.months.at(-1)).toBe('2025-06-01');
    // Per partner over the whole span, and over the last 12 months (the default window).
    const sql = await db.query(`SELECT t.partner,
        sum(t.value_usd) AS total,
        sum(t.value_usd) FILTER (WHERE t.period >= DATE '2024-07-01') AS last12
      FROM '${SAMPLE}' t
      JOIN hs_codes h ON h.hs = t.hs AND h.level = 6 AND h.chpl_tier IS NOT NULL
      JOIN countries c ON c.iso3 = t.partner AND c.lon IS NOT NULL
      WHERE t.reporter = 'TWN' AND t.flow = 'X'
      GROUP BY t.partner ORDER BY t.partner`);
    expect(pm.partners).toEqual(sql.map((r) => String(r.partner)));
    const cellsPerPartner = pm.months.length * pm.tiers.length;
    pm.partners.forEach((_, p) => {
      const sum = pm.values
        .subarray(p * cellsPerPartner, (p + 1) * cellsPerPartner)
        .reduce((a, b) => a + b, 0);
      expect(sum).toBe(Number(sql[p]?.total));
    });
    const window = windowFlows(pm, pm.months.length - 1, 12);
    for (const row of sql) {
      const i = window.partner.indexOf(String(row.partner));
      expect(i >= 0 ? window.valueUsd[i] : 0).toBe(Number(row.last12 ?? 0));
    }
    expect(window.firstPeriod).toBe('2024-07-01');
  });

  it('places Taiwan and each partner at their anchors in the countries table', async () => {
    const anchors = await db.query(
      `SELECT iso3, lon, lat FROM countries WHERE iso3 IN ('TWN', 'KGZ', 'RUS')`,
    );
    const at = (iso3: string) => anchors.find((r) => r.iso3 === iso3);
    const pm = stored.months;
    expect(Array.from(pm.originPosition)).toEqual([Number(at('TWN')?.lon), Number(at('TWN')?.lat)]);
    const k = pm.partners.indexOf('KGZ');
    expect([pm.partnerPosition[2 * k], pm.partnerPosition[2 * k + 1]]).toEqual([
      Number(at('KGZ')?.lon),
      Number(at('KGZ')?.lat),
    ]);
  });

  it('reads back as written, and a changed figure is a different view', () => {
    const again = decodeFirstView(encodeFirstView(stored));
    expect(again && sameFlows(again.months, stored.months)).toBe(true);
    const values = Float64Array.from(stored.months.values);
    const last = values.findLastIndex((x) => x > 0);
    values[last] = (values[last] ?? 0) + 1;
    expect(sameFlows({ ...stored.months, values }, stored.months)).toBe(false);
  });

  it('is ignored when it is not one this version can use', () => {
    const text = encodeFirstView(stored);
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(decodeFirstView(JSON.stringify({ ...json, version: 2 }))).toBeNull();
    expect(decodeFirstView(JSON.stringify({ ...json, values: [1, 2, 3] }))).toBeNull();
    expect(decodeFirstView(JSON.stringify({ ...json, partners: ['TWN'] }))).toBeNull();
    expect(decodeFirstView(text.slice(0, 100))).toBeNull();
  });

  it('holds a ranking with every pool of scores, and one written without the comparison run is ignored', () => {
    const ranking = stored.ranking;
    expect(ranking?.analysis.pools.listed.length).toBeGreaterThan(0);
    const text = encodeRanking(ranking as StoredRanking);
    expect(decodeRanking(text)?.analysis.corridors).toHaveLength(
      ranking?.analysis.corridors.length ?? -1,
    );
    const json = JSON.parse(text) as { analysis: { pools: Record<string, unknown> } };
    delete json.analysis.pools['elsewhere'];
    expect(decodeRanking(JSON.stringify(json))).toBeNull();
  });

  it("holds the control runs' scores, which a scoring here that ranks the same takes instead of running them", async () => {
    const ranking = stored.ranking as StoredRanking;
    for (const sql of tradeTableFromSql(`SELECT * FROM '${SAMPLE}'`)) await db.query(sql);
    const params = JSON.parse(ranking.params) as Partial<AnalysisParams>;
    const live = await analyzeCorridors(db, params);
    const controls = await placeboScores(db, resolveParams(params));
    expect(controls.placebo.length).toBeGreaterThan(0);
    // Sums DuckDB adds in another order differ in the last bits.
    const rounded = (scores: readonly RouteScore[] = []) =>
      scores
        .map((s) => ({ ...s, score: Number(s.score.toPrecision(9)) }))
        .sort((a, b) => a.score - b.score || a.kind.localeCompare(b.kind));
    const kept = storedControls(ranking.analysis, live);
    expect(rounded(kept?.placebo)).toEqual(rounded(controls.placebo));
    expect(rounded(kept?.elsewhere)).toEqual(rounded(controls.elsewhere));
    // Not for a scoring that ranks otherwise, nor from a ranking stored uncalibrated.
    const other = {
      ...live,
      corridors: live.corridors.map((c, i) => (i === 0 ? { ...c, score: c.score * 1.01 } : c)),
    };
    expect(storedControls(ranking.analysis, other)).toBeNull();
    const uncalibrated = {
      ...ranking.analysis,
      pools: { ...ranking.analysis.pools, placebo: [], elsewhere: [] },
    };
    expect(storedControls(uncalibrated, live)).toBeNull();
  });
});
