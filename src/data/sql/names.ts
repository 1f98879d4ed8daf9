import { FULL_WIDTH, HALF_WIDTH, VARIANTS } from '../names';
import { quoteLiteral } from './quote';

/** SQL giving `nameKey` (names.ts) of a text expression (NULL stays NULL). */
export function nameKeySql(expr: string): string {
  const widths = `translate(${expr}, ${quoteLiteral(FULL_WIDTH + VARIANTS.from)}, ${quoteLiteral(HALF_WIDTH + VARIANTS.to)})`;
  const folded = `replace(lower(strip_accents(${widths})), '&', ' and ')`;
  return `regexp_replace(regexp_replace(${folded}, '\\bsaint\\b', 'st', 'g'), '[^\\p{L}\\p{N}]', '', 'g')`;
}
