import type { CorridorRow, LegAggregates, LegSource } from '../../analysis/corridor';
import { monthOf } from '../../analysis/month';
import {
  TIER_PREFIX,
  levelOfProduct,
  productName,
  revisionGroupName,
} from '../../analysis/products';
import type { Localized } from '../../analysis/signals';
import type { Row } from '../sql-runner';

/** A number, or null for NULL and NaN (BIGINTs and DECIMALs arrive in other shapes). */
function num(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

function text(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** A comma-separated list of codes; empty for NULL. */
function codes(value: unknown): string[] {
  return (text(value) ?? '').split(',').filter(Boolean);
}

function localized(row: Row, prefix: string, fallback: string): Localized {
  return {
    en: text(row[`${prefix}_en`]) ?? fallback,
    'zh-TW': text(row[`${prefix}_zh`]) ?? fallback,
  };
}

function leg(row: Row, prefix: string, from: string, to: string): LegAggregates | null {
  const source = text(row[`${prefix}_source`]);
  if (source === null) return null;
  return {
    from,
    to,
    source: source as LegSource,
    baselineMean: num(row[`${prefix}_base_mean`]),
    postMean: num(row[`${prefix}_post_mean`]),
    postLevel: num(row[`${prefix}_post_level`]),
    postTotal: num(row[`${prefix}_post_total`]) ?? 0,
    baselineMonths: num(row[`${prefix}_base_n`]) ?? 0,
    postMonths: num(row[`${prefix}_post_n`]) ?? 0,
    lateMean: num(row[`${prefix}_late_value`]),
    earlyMean: num(row[`${prefix}_early_mean`]),
    baselineSd: num(row[`${prefix}_base_sd`]),
    trendLevel: num(row[`${prefix}_trend_level`]),
    peakYear: num(row[`${prefix}_peak_year`]),
    relativeLevel: num(row[`${prefix}_relative_level`]),
    othersBaselineMean: num(row[`${prefix}_others_base`]),
    othersWindowMean: num(row[`${prefix}_others_window`]),
  };
}

function requiredLeg(row: Row, prefix: string, from: string, to: string): LegAggregates {
  const found = leg(row, prefix, from, to);
  if (!found) throw new Error(`corridor ${from}→${to}: leg ${prefix} is missing`);
  return found;
}

/** Turns one row of corridorRowsSql into the typed input of scoring. */
export function readCorridorRow(row: Row): CorridorRow {
  const [origin, via, destination, product] = ['origin', 'via', 'destination', 'product'].map(
    (key) => text(row[key]) ?? '',
  ) as [string, string, string, string];
  const level = levelOfProduct(product);
  const hsName =
    row.product_en === null || row.product_en === undefined
      ? null
      : localized(row, 'product', product);
  return {
    origin,
    via,
    destination,
    product,
    level,
    frequency: text(row.frequency) === 'annual' ? 'annual' : 'monthly',
    evidence: text(row.evidence) === 'partial' ? 'partial' : 'full',
    productName:
      text(row.revision_old) === null
        ? productName(product, level, hsName)
        : revisionGroupName(codes(row.revision_old), codes(row.revision_new)),
    chplTier: level === 'tier' ? product.slice(TIER_PREFIX.length) : text(row.chpl_tier),
    names: {
      origin: localized(row, 'origin', origin),
      via: localized(row, 'via', via),
      destination: localized(row, 'destination', destination),
    },
    postStart: monthOf(text(row.post_start) ?? ''),
    postEnd: monthOf(text(row.post_end) ?? ''),
    first: requiredLeg(row, 'l1', origin, via),
    // A partial corridor's onward leg is the intermediary's exports to the World, or those it
    // did not attribute to a named partner (see UNNAMED_PARTNERS): the row names which.
    second: requiredLeg(row, 'l2', via, text(row.onward) ?? destination),
    direct: leg(row, 'd', origin, destination),
    coMovement: num(row.co_movement),
    lagMonths: num(row.lag_months),
    importsBaseline: num(row.imports_base),
    importsPost: num(row.imports_post),
    reexportPost: num(row.reexport_post),
    reexportBaseline: num(row.reexport_base),
    sharePost: num(row.share_post),
    shareBaseline: num(row.share_base),
    mirrorGap: num(row.mirror_gap),
    mirrorMargin: num(row.mirror_margin),
    unitValuePost: num(row.uv_post),
    unitValueBaseline: num(row.uv_base),
    unitValueOthers: num(row.uv_others),
  };
}
