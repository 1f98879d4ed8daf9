import { overlapGap, overlapShare } from './overlaps';
import { plural } from './reasons';
import type { IngestSummary, Overlap, OverlapLayer } from './types';

/*
 * The overlaps in the terminal summary: for each flow two files gave, what was kept, what was
 * dropped and why, in words a reader can check against the files.
 */

const number = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** How many overlaps the text lists; the rest are counted. */
const OVERLAPS_SHOWN = 10;

/** "0.3 %", "26 %": a share in the summary's precision. */
const percent = (share: number) =>
  `${(share * 100).toLocaleString('en-US', { maximumFractionDigits: share < 0.1 ? 1 : 0 })} %`;

/** "annual", "annual, 7 of 12 months", "monthly, 1 of 12 months": what part of the year a layer covers. */
export function spanText(layer: Pick<OverlapLayer, 'freq' | 'months'>): string {
  const kind =
    layer.freq === 'A' ? 'annual' : layer.freq === 'M' ? 'monthly' : 'annual and monthly';
  if (layer.freq === 'A' && layer.months >= 12) return kind;
  return `${kind}, ${layer.months} of 12 months`;
}

/** "tw-customs HS-6 annual US$3,941,601,400 (a.csv)". */
const sideText = (s: OverlapLayer) =>
  `${s.source} HS-${s.level} ${spanText(s)} US$${number(s.valueUsd)} (${s.file})`;

/** "0.3 % apart", or why there is nothing to compare. */
function gapText(overlap: Overlap): string {
  const share = overlapGap(overlap);
  return share === null ? 'nothing kept to compare' : `${percent(share)} apart`;
}

/** Why the kept layer won, in plain words, with the discrepancy where the two are comparable. */
export function reasonText(overlap: Overlap): string {
  const { dropped, family } = overlap;
  switch (overlap.reason) {
    case 'partial_year':
      return `the dropped rows cover ${dropped.months} of the year's 12 months: a part of the year, not another figure for it`;
    case 'partial_goods': {
      const share = overlapShare(overlap);
      const of = share === null ? '' : ` (${percent(share)} of the heading total)`;
      return `the dropped rows give only some of the subheadings of HS ${family}${of}: a part of the goods, not another figure for them`;
    }
    case 'authority':
      return `kept the more authoritative source; ${gapText(overlap)}`;
    case 'finer':
      return `kept the finer detail, as complete; ${gapText(overlap)}`;
    case 'first':
      return `as complete, detailed and authoritative: kept the file given first; ${gapText(overlap)}`;
  }
}

/**
 * The flows two files both gave, one line each: "TWN X 2021 HS 8542 (120 partners): kept
 * tw-customs HS-6 annual US$155,500,000,000 (a.csv); dropped comtrade HS-4 annual
 * US$155,920,000,000 (b.csv): kept the more authoritative source; 0.3 % apart".
 */
export function overlapLines(summary: IngestSummary): string[] {
  if (summary.overlaps.length === 0) return [];
  const lines = summary.overlaps.slice(0, OVERLAPS_SHOWN).map((o) => {
    const partners = o.partner ?? `${o.partners} partners`;
    return `  ${o.reporter} ${o.flow} ${o.year} HS ${o.family} (${partners}): kept ${sideText(o.kept)}; dropped ${sideText(o.dropped)}: ${reasonText(o)}`;
  });
  const more = summary.overlaps.length - OVERLAPS_SHOWN;
  if (more > 0) lines.push(`  … and ${plural(more, 'more flow')}`);
  return [
    'The same flow from two files, kept once (the whole year first, then the more authoritative source, the whole family of goods, the finer detail, the file given first):',
    ...lines,
  ];
}
