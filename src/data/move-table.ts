import { TRADE_COLUMNS } from './schema';
import { newIdentitySql } from './sql/dataset';
import { quoteIdent, quoteLiteral } from './sql/quote';
import { describeSql, relationKindSql } from './sql/statements';
import type { SqlRunner } from './sql-runner';

/** The table holding the rows behind the view `table` (see {@link moveIntoTable}). */
export const rowsTable = (table: string) => `${table}_rows`;

/**
 * Canonical columns that a data set often gives one value in every row: one reporter's file,
 * exports only, a download to World only, one source, monthly data (no `months`), no units.
 */
const ONE_VALUE_COLUMNS: readonly string[] = [
  'freq',
  'reporter',
  'partner',
  'flow',
  'qty_unit',
  'source',
  'months',
];

/** A column that holds one value in every row: that value as text, or null for NULL. */
interface OneValue {
  column: string;
  value: string | null;
}

const typeOf = (column: string) => TRADE_COLUMNS.find((c) => c.name === column)?.type ?? 'VARCHAR';
const valueSql = ({ column, value }: OneValue) =>
  `CAST(${value === null ? 'NULL' : quoteLiteral(value)} AS ${typeOf(column)})`;
/**
 * A column's default, a plain literal: DuckDB fails to commit a column added with a default
 * that is an expression (a CAST) to a table altered before.
 */
const defaultSql = ({ column, value }: OneValue) =>
  value === null
    ? 'NULL'
    : typeOf(column) === 'INTEGER'
      ? String(Number(value))
      : quoteLiteral(value);

/** The columns of `table`, by name. */
async function columnsOf(db: SqlRunner, table: string): Promise<Set<string>> {
  return new Set((await db.query(describeSql(table))).map((row) => String(row.column_name)));
}

/** Which of `columns` hold one value in every row of `table` (NULL counts as one). */
async function oneValueColumns(
  db: SqlRunner,
  table: string,
  columns: readonly string[],
): Promise<OneValue[]> {
  if (columns.length === 0) return [];
  const checks = columns.flatMap((column, i) => {
    const c = quoteIdent(column);
    return [
      `min(${c}) IS NOT DISTINCT FROM max(${c}) AND count(${c}) IN (0, count(*)) AS one_${i}`,
      `CAST(min(${c}) AS VARCHAR) AS value_${i}`,
    ];
  });
  const [row] = await db.query(`SELECT ${checks.join(', ')} FROM ${quoteIdent(table)}`);
  return columns.flatMap((column, i) =>
    row?.[`one_${i}`] === true
      ? [{ column, value: row[`value_${i}`] == null ? null : String(row[`value_${i}`]) }]
      : [],
  );
}

/** The values of the canonical columns the rows of the view `table` do not store. */
async function keptInView(db: SqlRunner, table: string): Promise<OneValue[]> {
  const stored = await columnsOf(db, rowsTable(table));
  const columns = TRADE_COLUMNS.map((c) => c.name).filter((name) => !stored.has(name));
  if (columns.length === 0) return [];
  const select = columns.map((c, i) => `CAST(${quoteIdent(c)} AS VARCHAR) AS value_${i}`);
  const [row] = await db.query(`SELECT ${select.join(', ')} FROM ${quoteIdent(table)} LIMIT 1`);
  return columns.map((column, i) => ({
    column,
    value: row?.[`value_${i}`] == null ? null : String(row[`value_${i}`]),
  }));
}

/** Runs `statements` in one transaction: all of them, or none. */
async function inTransaction(db: SqlRunner, statements: () => Promise<readonly string[]>) {
  await db.query('BEGIN TRANSACTION');
  try {
    for (const sql of await statements()) await db.query(sql);
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
}

/** SQL: the view `table` over its rows, giving the columns of `ones` their one value. */
function viewSql(table: string, ones: readonly OneValue[]): string {
  const inView = new Map(ones.map((one) => [one.column, one]));
  const columns = TRADE_COLUMNS.map(({ name }) => {
    const one = inView.get(name);
    return one ? `${valueSql(one)} AS ${quoteIdent(name)}` : quoteIdent(name);
  });
  return `CREATE OR REPLACE VIEW ${quoteIdent(table)} AS SELECT ${columns.join(', ')}
    FROM ${quoteIdent(rowsTable(table))}`;
}

/**
 * Makes the canonical rows of `next` the data set's (`table`), or adds them to those it has
 * (`add`), and gives them a new identity. Each step is a transaction: `table` is never missing
 * or half made, and the steps that only move a column between the rows and the view leave it
 * showing the same rows.
 *
 * `table` is a view over {@link rowsTable}: the rows, without the columns that hold one value
 * in every row, which the view gives instead. A file of one reporter's monthly exports stores
 * neither reporter, nor flow, nor frequency, nor source, nor `months`: about a quarter less
 * memory for its rows. Columns are dropped in place (the other columns' data is not copied).
 * Rows added that hold another value in such a column first bring it back into the rows.
 */
export async function moveIntoTable(
  db: SqlRunner,
  next: string,
  table: string,
  add: boolean,
): Promise<void> {
  const [rows, from] = [quoteIdent(rowsTable(table)), quoteIdent(next)];
  let ones: OneValue[] = [];
  if (add) {
    const kept = await keptInView(db, table);
    const same = await oneValueColumns(
      db,
      next,
      kept.map((one) => one.column),
    );
    const differ = kept.filter(
      (one) => !same.some((s) => s.column === one.column && s.value === one.value),
    );
    ones = kept.filter((one) => !differ.includes(one));
    if (differ.length > 0)
      await inTransaction(db, async () => [
        ...differ.map(
          (one) =>
            `ALTER TABLE ${rows} ADD COLUMN ${quoteIdent(one.column)} ${typeOf(one.column)} DEFAULT ${defaultSql(one)}`,
        ),
        viewSql(table, ones),
      ]);
    const stored = [...(await columnsOf(db, rowsTable(table)))].map(quoteIdent).join(', ');
    await inTransaction(db, async () => [
      `INSERT INTO ${rows} BY NAME SELECT ${stored} FROM ${from}`,
      `DROP TABLE ${from}`,
      newIdentitySql(table),
    ]);
  } else {
    await inTransaction(db, async () => {
      // What `table` is now: the view of an earlier load, a table made otherwise, or nothing.
      const { sql, params } = relationKindSql(table);
      const [kind] = await db.query(sql, params);
      return [
        ...(Number(kind?.views) > 0 ? [`DROP VIEW ${quoteIdent(table)}`] : []),
        ...(Number(kind?.tables) > 0 ? [`DROP TABLE ${quoteIdent(table)}`] : []),
        `DROP TABLE IF EXISTS ${rows}`,
        `ALTER TABLE ${from} RENAME TO ${rows}`,
        viewSql(table, []),
        newIdentitySql(table),
      ];
    });
  }
  // The columns that now hold one value go from the rows to the view: the same rows, kept.
  const stored = await columnsOf(db, rowsTable(table));
  const found = await oneValueColumns(
    db,
    rowsTable(table),
    ONE_VALUE_COLUMNS.filter((c) => stored.has(c)),
  );
  if (found.length === 0) return;
  await inTransaction(db, async () => [
    ...found.map((one) => `ALTER TABLE ${rows} DROP COLUMN ${quoteIdent(one.column)}`),
    viewSql(table, [...ones, ...found]),
  ]);
}
