import type { SqlValue } from '../sql-runner';

/** SQL text and its `?` parameters. */
export interface SqlQuery {
  sql: string;
  params: SqlValue[];
}
