import { quoteIdent } from '../sql';
import type { SqlRunner } from '../sql-runner';
import { skipMessage, skipParams } from './reasons';
import type { RowExample, SkipReason } from './types';

/** Counts skipped rows by reason across files, keeping the first examples of each. */
export class SkipTally {
  private readonly reasons = new Map<string, { count: number; examples: RowExample[] }>();

  constructor(private readonly exampleLimit: number) {}

  /** Adds `count` rows skipped for `code`, with some of their examples (in file order). */
  add(code: string, count: number, examples: RowExample[]): void {
    const entry = this.reasons.get(code) ?? { count: 0, examples: [] };
    entry.count += count;
    for (const example of examples)
      if (entry.examples.length < this.exampleLimit) entry.examples.push(example);
    this.reasons.set(code, entry);
  }

  /** Rows counted so far (a row the validator rejects for two reasons counts under both). */
  get total(): number {
    let total = 0;
    for (const { count } of this.reasons.values()) total += count;
    return total;
  }

  /** The reasons, most frequent first. */
  list(): SkipReason[] {
    return [...this.reasons.entries()]
      .map(([code, { count, examples }]) => ({
        code,
        message: skipMessage(code),
        params: skipParams(code),
        count,
        examples,
      }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  }
}

/** Adds the rows a mapped table left out (`_skip` not NULL) to the tally; returns their number. */
export async function tallyMappedSkips(
  db: SqlRunner,
  mapped: string,
  file: string,
  tally: SkipTally,
  exampleLimit: number,
): Promise<number> {
  const table = quoteIdent(mapped);
  const counts = await db.query(
    `SELECT _skip AS code, count(*)::DOUBLE AS n FROM ${table} WHERE _skip IS NOT NULL GROUP BY _skip`,
  );
  const examples = await db.query(
    `SELECT _skip AS code, _line::DOUBLE AS line, coalesce(_detail, '') AS value FROM (
       SELECT _skip, _line, _detail, row_number() OVER (PARTITION BY _skip ORDER BY _line) AS k
       FROM ${table} WHERE _skip IS NOT NULL
     ) WHERE k <= ? ORDER BY code, line`,
    [exampleLimit],
  );
  let skipped = 0;
  for (const row of counts) {
    const code = String(row.code);
    const count = Number(row.n);
    skipped += count;
    tally.add(
      code,
      count,
      examples
        .filter((e) => e.code === code)
        .map((e) => ({ file, line: Number(e.line), value: String(e.value) })),
    );
  }
  return skipped;
}
