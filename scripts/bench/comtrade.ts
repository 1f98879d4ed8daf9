import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { openNodeDuckDB } from '../lib/node-duckdb';
import { quoteLiteral } from '../../src/data/sql/quote';
import { economies, productCodes } from './dataset/universe';

/** Bump when the file's content changes. */
const COMTRADE_VERSION = 1;

/** The 47 columns of a UN Comtrade Plus download, in order. */
// prettier-ignore
const COLUMNS = [
  'typeCode', 'freqCode', 'refPeriodId', 'refYear', 'refMonth', 'period', 'reporterCode',
  'reporterISO', 'reporterDesc', 'flowCode', 'flowDesc', 'partnerCode', 'partnerISO',
  'partnerDesc', 'partner2Code', 'partner2ISO', 'partner2Desc', 'classificationCode',
  'classificationSearchCode', 'isOriginalClassification', 'cmdCode', 'cmdDesc', 'aggrLevel',
  'isLeaf', 'customsCode', 'customsDesc', 'mosCode', 'motCode', 'motDesc', 'qtyUnitCode',
  'qtyUnitAbbr', 'qty', 'isQtyEstimated', 'altQtyUnitCode', 'altQtyUnitAbbr', 'altQty',
  'isAltQtyEstimated', 'netWgt', 'isNetWgtEstimated', 'grossWgt', 'isGrossWgtEstimated',
  'cifvalue', 'fobvalue', 'primaryValue', 'legacyEstimationFlag', 'isReported', 'isAggregate',
];

/** A generated Comtrade Plus file and how many data rows it has. */
export interface ComtradeFile {
  file: string;
  rows: number;
  bytes: number;
  cached: boolean;
}

/** Country names with letters outside ASCII, so that Latin-1 matters. */
const NAMES: Record<string, string> = {
  TUR: 'Türkiye',
  CIV: "Côte d'Ivoire",
  CUW: 'Curaçao',
  REU: 'Réunion',
  STP: 'São Tomé and Príncipe',
};

/**
 * Writes a UN Comtrade Plus CSV of `rows` monthly rows, as the portal gives them: every field
 * quoted, Latin-1, CRLF, and a trailing comma on every data row (one field more than the
 * header). Reporters and partners by UN code, Taiwan only as partner 490 "Other Asia, nes"
 * (it reports nothing to the UN); seeded.
 */
async function writeComtrade(out: string, rows: number, seed: number): Promise<void> {
  const econ = economies(seed)
    .filter((e) => e.iso3 !== 'TWN')
    .map((e, rank) => ({ ...e, rank }));
  const codes = productCodes(seed);
  const countries = readFileSync(
    new URL('../../data/reference/countries.csv', import.meta.url),
    'utf8',
  );
  const unCode = new Map(
    countries
      .split('\n')
      .slice(1)
      .map((line) => line.split(','))
      // Monaco has no UN code of its own (Comtrade counts it with France): its ISO code, then.
      .map(([iso3 = '', , isoNum = '', un = '', name = '']) => [iso3, { un: un || isoNum, name }]),
  );
  const db = await openNodeDuckDB();
  const body = `${out}.body`;
  try {
    await db.query('SET threads = 2');
    await db.query(
      `CREATE TABLE c_econ AS SELECT * FROM (VALUES ${econ
        .map((e) => {
          const ref = unCode.get(e.iso3);
          const name = NAMES[e.iso3] ?? ref?.name ?? e.iso3;
          return `(${e.rank}, ${quoteLiteral(e.iso3)}, ${quoteLiteral(ref?.un ?? '0')}, ${quoteLiteral(name)})`;
        })
        .join(', ')}, (${econ.length}, 'S19', '490', 'Other Asia, nes')) t(rank, iso, code, name)`,
    );
    await db.query(
      `CREATE TABLE c_code AS SELECT * FROM (VALUES ${codes
        .map((c) => `(${c.rank}, ${quoteLiteral(c.hs)})`)
        .join(', ')}) t(rank, hs)`,
    );
    const n = econ.length + 1;
    const rnd = (tag: number) =>
      `CAST(hash(hash(${seed}, id, ${tag})) >> 11 AS DOUBLE) / 9007199254740992.0`;
    await db.query(`CREATE TABLE c_rows AS
      SELECT * FROM (
        SELECT id, CAST(floor(${econ.length} * pow(${rnd(1)}, 1.5)) AS INTEGER) AS r,
          CAST(floor(${n} * pow(${rnd(2)}, 1.3)) AS INTEGER) AS p,
          CAST(floor(5000 * pow(${rnd(3)}, 1.4)) AS INTEGER) AS k,
          CAST(floor(96 * ${rnd(4)}) AS INTEGER) AS t, ${rnd(5)} < 0.5 AS is_export,
          round(pow(10, 2 + 5 * ${rnd(6)})) AS value, ${rnd(7)} AS u
        FROM range(${Math.ceil(rows * 1.15)}) r(id))
      WHERE r <> p
      QUALIFY row_number() OVER (PARTITION BY r, p, k, t, is_export ORDER BY id) = 1
      ORDER BY id LIMIT ${rows}`);
    const [made] = await db.query('SELECT count(*) AS n FROM c_rows');
    if (Number(made?.n) < rows) throw new Error(`only ${made?.n} distinct Comtrade rows drawn`);
    const q = (sql: string) => `CAST(${sql} AS VARCHAR)`;
    const fields = [
      `'C'`,
      `'M'`,
      q(`strftime(make_date(2018 + t // 12, t % 12 + 1, 1), '%Y%m%d')`),
      q('2018 + t // 12'),
      q('t % 12 + 1'),
      q(`strftime(make_date(2018 + t // 12, t % 12 + 1, 1), '%Y%m')`),
      're.code',
      're.iso',
      're.name',
      `CASE WHEN is_export THEN 'X' ELSE 'M' END`,
      `CASE WHEN is_export THEN 'Export' ELSE 'Import' END`,
      'pa.code',
      'pa.iso',
      'pa.name',
      `'0'`,
      `'W00'`,
      `'World'`,
      `'H6'`,
      `'HS'`,
      `'True'`,
      'c.hs',
      `'Generated product ' || c.hs`,
      `'6'`,
      `'True'`,
      `'C00'`,
      `'TOTAL CPC'`,
      `'0'`,
      `'0'`,
      `'TOTAL MOT'`,
      `'-1'`,
      `'N/A'`,
      `'0'`,
      `'False'`,
      `'-1'`,
      `'N/A'`,
      `'0'`,
      `'False'`,
      `CASE WHEN u < 0.9 THEN ${q('round(value / (5 + 200 * u), 1)')} END`,
      `'False'`,
      'NULL',
      `'False'`,
      `CASE WHEN NOT is_export THEN ${q('value')} END`,
      `CASE WHEN is_export THEN ${q('value')} END`,
      q('value'),
      `'0'`,
      `'True'`,
      `'False'`,
      // One field more than the header: the trailing comma of the portal's files.
      'NULL',
    ];
    await db.query(`COPY (
      SELECT ${fields.map((f, i) => `${f} AS f${i}`).join(', ')}
      FROM c_rows JOIN c_econ re ON re.rank = r JOIN c_econ pa ON pa.rank = p JOIN c_code c ON c.rank = k
      ORDER BY id)
      TO ${quoteLiteral(body)} (FORMAT csv, HEADER false, FORCE_QUOTE *)`);
    // Latin-1 and CRLF, as the portal writes them (DuckDB writes UTF-8 and LF).
    const decoder = new TextDecoder('utf-8');
    let carry = '';
    const toLatin1 = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        const text = carry + decoder.decode(chunk, { stream: true });
        const cut = text.lastIndexOf('\n') + 1;
        carry = text.slice(cut);
        done(null, Buffer.from(text.slice(0, cut).replaceAll('\n', '\r\n'), 'latin1'));
      },
      flush(done) {
        done(null, Buffer.from((carry + decoder.decode()).replaceAll('\n', '\r\n'), 'latin1'));
      },
    });
    const output = createWriteStream(out);
    output.write(`${COLUMNS.join(',')}\r\n`);
    await pipeline(createReadStream(body), toLatin1, output);
  } finally {
    db.close();
    rmSync(body, { force: true });
  }
}

/** The Comtrade Plus file of `rows` rows in `dir`, generated once and then reused. */
export async function cachedComtradeFile(
  dir: string,
  rows: number,
  seed: number,
  onGenerate: () => void = () => undefined,
): Promise<ComtradeFile> {
  const file = resolve(dir, `comtrade-plus-${rows}.csv`);
  const metaFile = `${file}.json`;
  const key = `rows=${rows} seed=${seed} version=${COMTRADE_VERSION}`;
  if (existsSync(file) && existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as { key: string; bytes: number };
    if (meta.key === key && statSync(file).size === meta.bytes) {
      return { file, rows, bytes: meta.bytes, cached: true };
    }
  }
  onGenerate();
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  try {
    await writeComtrade(partial, rows, seed);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
  const bytes = statSync(file).size;
  writeFileSync(metaFile, `${JSON.stringify({ key, rows, bytes }, null, 2)}\n`);
  return { file, rows, bytes, cached: false };
}
