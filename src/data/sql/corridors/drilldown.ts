import type { CorridorRow } from '../../../analysis/corridor';
import type { SqlQuery } from '../query';
import { productDetailSql, type CorridorTables } from './tables';

/**
 * One corridor's legs month by month, read from the working tables that scoreCorridors
 * leaves behind (for charts): month ('YYYY-MM-DD'), leg ('first', 'second', 'direct'), the
 * source used that month, and the value in US$ (FOB; null where neither side reports).
 */
export function corridorMonthsSql(
  tables: CorridorTables,
  corridor: Pick<CorridorRow, 'origin' | 'via' | 'destination' | 'product'>,
): SqlQuery {
  const { origin, via, destination, product } = corridor;
  return {
    sql: `WITH wanted(leg, a, b) AS (
  VALUES ('first', ?, ?), ('second', ?, ?), ('direct', ?, ?)
), item AS (SELECT CAST(? AS VARCHAR) AS product)
SELECT CAST(pm.month AS VARCHAR) AS month, w.leg, pm.source,
  CASE WHEN pm.source IS NOT NULL THEN coalesce(l.value, 0) END AS value_usd
FROM wanted w CROSS JOIN item i
JOIN ${tables.pairMonths} pm ON pm.a = w.a AND pm.b = w.b
  AND pm.need = ${productDetailSql('i.product')}
LEFT JOIN ${tables.legs} l ON l.a = w.a AND l.b = w.b AND l.month = pm.month
  AND l.product = i.product
ORDER BY w.leg, pm.month`,
    params: [origin, via, via, destination, origin, destination, product],
  };
}

/**
 * Both legs of each given corridor month by month (US$, FOB), read from the working tables of
 * the last scoring, for the map's playback: route ('TWN>KGZ>RUS'), product, month
 * ('YYYY-MM-DD'), first and second leg values (null where the leg has no figure that month).
 */
export function routeMonthsSql(
  tables: CorridorTables,
  corridors: readonly Pick<CorridorRow, 'origin' | 'via' | 'destination' | 'product'>[],
): SqlQuery {
  const rows = corridors.map(() => '(?, ?, ?, ?)').join(', ');
  return {
    sql: `WITH wanted(origin, via, destination, product) AS (VALUES ${rows})
SELECT w.origin || '>' || w.via || '>' || w.destination AS route, w.product,
  CAST(l.month AS VARCHAR) AS month,
  sum(l.value) FILTER (WHERE l.a = w.origin AND l.b = w.via) AS first,
  sum(l.value) FILTER (WHERE l.a = w.via AND l.b = w.destination) AS second
FROM wanted w
JOIN ${tables.legs} l ON l.product = w.product
  AND (l.a = w.origin AND l.b = w.via OR l.a = w.via AND l.b = w.destination)
GROUP BY ALL
ORDER BY route, w.product, month`,
    params: corridors.flatMap((c) => [c.origin, c.via, c.destination, c.product]),
  };
}
