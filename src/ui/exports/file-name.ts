import type { ViewState } from '../../state/view-state';

/** What an export holds: the map image, the flows drawn on it, or the ranked corridors. */
export type ExportKind = 'map' | 'playback' | 'flows' | 'corridors';

/** The file type of an export. */
export type ExportExtension = 'png' | 'webm' | 'csv' | 'json';

/** What a file name says about the view besides what {@link ViewState} holds. */
export interface ExportNameExtras {
  /** Selected product codes or groups ('854231', 'CHPL-1'); empty or absent for all products. */
  products?: readonly string[];
  /** The destination the export is narrowed to ('RUS'), or null / absent for none. */
  to?: string | null;
  /** Whose figures the flows are: named in the file only when they are mirror data. */
  source?: 'reported' | 'mirror';
}

/** Every file name starts with this, so that downloads are found together. */
const PREFIX = 'taiwan-dual-use';

/** Longest file name, extension included: short enough for every file system and for e-mail. */
export const MAX_FILE_NAME_LENGTH = 120;

/** Products named one by one in a file name; more are summed up as 'N-products'. */
const MAX_NAMED_PRODUCTS = 2;

/** A name part made of `[A-Za-z0-9._-]` only: anything else becomes one '-'. */
function part(text: string): string {
  return text
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

/**
 * A file name that says what the export shows, e.g.
 * `taiwan-dual-use_flows_2024-07_2025-06_CHPL-1_via-KGZ_to-RUS.csv`: the kind, the period
 * (one month when it starts and ends in the same month), the products (more than two as
 * `3-products`), the intermediary, the destination, `mirror` for mirror data and the selected
 * corridor (`TWN>KGZ>RUS:854231` → `TWN-KGZ-RUS-854231`). The language is left out: it changes
 * no figure. Only `[A-Za-z0-9._-]`, parts joined by '_', at most {@link MAX_FILE_NAME_LENGTH}
 * characters.
 */
export function exportFileName(
  view: Pick<ViewState, 'via' | 'corridor'>,
  kind: ExportKind,
  ext: ExportExtension,
  period: { first: string; last: string },
  extras: ExportNameExtras = {},
): string {
  const products = extras.products ?? [];
  const parts = [
    PREFIX,
    kind,
    period.first,
    ...(period.last === period.first ? [] : [period.last]),
    ...(products.length > MAX_NAMED_PRODUCTS ? [`${products.length}-products`] : products),
    view.via && `via-${view.via}`,
    extras.to && `to-${extras.to}`,
    extras.source === 'mirror' ? 'mirror' : null,
    view.corridor,
  ]
    .map((text) => (text ? part(text) : ''))
    .filter((text) => text !== '');
  const stem = parts
    .join('_')
    .slice(0, MAX_FILE_NAME_LENGTH - ext.length - 1)
    .replace(/[-_.]+$/, '');
  return `${stem}.${ext}`;
}
