import { skipCountsSql, skipExamplesSql } from '../sql/ingest/mapping';
import type { SqlRunner } from '../sql-runner';
import { skipMessage, skipParams } from './reasons';
import type { RowExample, SkipReason } from './types';

/** Adds two values of which either may be unknown (null): unknown only when both are. */
const addValues = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);

/** Counts skipped rows and their value by reason across files, keeping the first examples of each. */
export class SkipTally {
  private readonly reasons = new Map<
    string,
    { count: number; valueUsd: number | null; examples: RowExample[] }
  >();

  constructor(private readonly exampleLimit: number) {}

  /**
   * Adds `count` rows skipped for `code`, worth `valueUsd` US$ (over the rows whose value could
   * be read; null when none could), with some of their examples (in file order).
   */
  add(code: string, count: number, examples: RowExample[], valueUsd: number | null = null): void {
    const entry = this.reasons.get(code) ?? { count: 0, valueUsd: null, examples: [] };
    entry.count += count;
    entry.valueUsd = addValues(entry.valueUsd, valueUsd);
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
      .map(([code, { count, valueUsd, examples }]) => ({
        code,
        message: skipMessage(code),
        params: skipParams(code),
        count,
        valueUsd,
        examples,
      }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  }
}

/**
 * Adds the rows a mapped table left out (`_skip` not NULL) to the tally, with the sum of their
 * `value_usd` where it is a non-negative number; returns their number.
 */
export async function tallyMappedSkips(
  db: SqlRunner,
  mapped: string,
  file: string,
  tally: SkipTally,
  exampleLimit: number,
): Promise<number> {
  const counts = await db.query(skipCountsSql(mapped));
  const { sql, params } = skipExamplesSql(mapped, exampleLimit);
  const examples = await db.query(sql, params);
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
      row.v == null ? null : Number(row.v),
    );
  }
  return skipped;
}
