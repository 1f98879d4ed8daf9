import type { Outcome } from './coordinator';
import { coordinator } from './duckdb-browser';
import { toFlowCube, type FlowCube } from './flow-cube';
import {
  cubeCellsSql,
  cubeCountriesSql,
  cubeProductsSql,
  cubeStepsSql,
  flowCubeSql,
} from './sql/flow-cube';

/**
 * Builds the cube of the current `trade` table in DuckDB and reads it into the page, in the
 * coordinator's exclusive lane, scope 'flow-cube' (the cube is a table of its own: reads of the
 * dataset and the corridor scoring go on beside it). A newer cube supersedes one that waits or
 * runs, and so does an aborted `signal`: it resolves stale.
 */
export function queryFlowCube(
  origin: string,
  destinations: readonly string[],
  signal?: AbortSignal,
): Promise<Outcome<FlowCube>> {
  return coordinator.exclusive(
    async (c, signal) => {
      const { sql, params } = flowCubeSql(origin, destinations);
      await c.arrow(sql, params);
      signal.throwIfAborted();
      const tables = {
        countries: await c.arrow(cubeCountriesSql),
        products: await c.arrow(cubeProductsSql),
        steps: await c.arrow(cubeStepsSql),
        cells: await c.arrow(cubeCellsSql),
      };
      return toFlowCube(tables, origin, destinations);
    },
    { key: 'flow-cube', scope: 'flow-cube', signal },
  );
}
