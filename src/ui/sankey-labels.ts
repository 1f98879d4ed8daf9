/**
 * The Sankey's labels without a DOM: how wide a text is, how a name wraps onto two lines and
 * where the lines of a node's name and value go (sankey-columns.ts places the nodes).
 */

/** Size of a name's text, and the height of one line of it, in pixels. */
export const NAME_FONT_PX = 12;
export const NAME_LINE_PX = 14;
/** Size of a value's text (the line under the name), and the height of its line, in pixels. */
export const VALUE_FONT_PX = 11;
export const VALUE_LINE_PX = 13;

// Characters that take a full em: CJK, Hangul, kana, full-width forms.
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const NARROW = /[\s.,:;'!|ijlrtfI()[\]]/u;
// Punctuation that must not start a line (、。）」…) nor end one (（「).
const NO_LINE_START = /^[\u3001\u3002\uff09\u300d\u300f\u3011\uff0c\uff1a\uff1b\u00b7\u30fb)\]]/u;
const NO_LINE_END = /[\uff08\u300c\u300e\u3010([]$/u;

/**
 * Width in pixels of a text at `fontPx`, estimated without a DOM (on the generous side, so
 * that a fitted label is not cut by the edge of the SVG).
 */
export function estimateTextWidth(text: string, fontPx = NAME_FONT_PX): number {
  let ems = 0;
  for (const char of text) {
    if (WIDE.test(char)) ems += 1;
    else if (NARROW.test(char)) ems += 0.34;
    else if (char >= 'A' && char <= 'Z') ems += 0.7;
    else ems += 0.6;
  }
  return ems * fontPx;
}

/** `text` cut to fit `maxWidth` pixels, ending in an ellipsis when cut ('' if nothing fits). */
export function truncateText(text: string, maxWidth: number, fontPx = NAME_FONT_PX): string {
  if (estimateTextWidth(text, fontPx) <= maxWidth) return text;
  const chars = [...text];
  for (let n = chars.length - 1; n > 0; n -= 1) {
    const cut = `${chars.slice(0, n).join('').trimEnd()}…`;
    if (estimateTextWidth(cut, fontPx) <= maxWidth) return cut;
  }
  return '';
}

/**
 * The places a name may break, as [end of the first line, start of the second]: at a space
 * (dropped), after a hyphen or slash, and beside a CJK character (kept off the wrong side of
 * brackets and of the enumeration comma).
 */
function breaks(chars: string[]): [number, number][] {
  const found: [number, number][] = [];
  for (let i = 1; i < chars.length; i += 1) {
    const before = chars[i - 1] ?? '';
    const char = chars[i] ?? '';
    if (/\s/u.test(char)) {
      let next = i + 1;
      while (next < chars.length && /\s/u.test(chars[next] ?? '')) next += 1;
      if (next < chars.length) found.push([i, next]);
    } else if (/\s/u.test(before)) {
      continue;
    } else if (
      /[-/\u2010-\u2014]/u.test(before) ||
      ((WIDE.test(before) || WIDE.test(char)) &&
        !NO_LINE_START.test(char) &&
        !NO_LINE_END.test(before))
    ) {
      found.push([i, i]);
    }
  }
  return found;
}

/** A name as drawn: one or two lines, the last cut with an ellipsis only when they cannot hold it. */
export interface WrappedText {
  lines: string[];
  truncated: boolean;
}

/**
 * Fits `text` into lines of `maxWidth` pixels: one line when it fits, else the two lines
 * closest in width that both fit (the longer first, if even); only when no break gives two such lines, the longest first
 * line that fits and the rest cut with an ellipsis. No lines when not even a letter fits.
 */
export function wrapText(text: string, maxWidth: number, fontPx = NAME_FONT_PX): WrappedText {
  const width = (s: string) => estimateTextWidth(s, fontPx);
  if (width(text) <= maxWidth) return { lines: [text], truncated: false };
  const chars = [...text];
  const split = breaks(chars).map(([end, start]) => [
    chars.slice(0, end).join(''),
    chars.slice(start).join(''),
  ]);
  let best: string[] | null = null;
  let bestWidth = Infinity;
  for (const [first = '', second = ''] of split) {
    const widest = Math.max(width(first), width(second));
    if (widest <= maxWidth && widest <= bestWidth) [best, bestWidth] = [[first, second], widest];
  }
  if (best) return { lines: best, truncated: false };
  const fitting = split.filter(([first = '']) => width(first) <= maxWidth);
  const [first, rest] = fitting.at(-1) ?? [];
  if (first !== undefined && rest !== undefined) {
    const cut = truncateText(rest, maxWidth, fontPx);
    if (cut) return { lines: [first, cut], truncated: true };
  }
  const cut = truncateText(text, maxWidth, fontPx);
  return { lines: cut ? [cut] : [], truncated: true };
}

/** A node's label as drawn: its name on one or two lines and its value on the next. */
export interface FittedLabel {
  lines: string[];
  /** null when not even the value fits. */
  value: string | null;
  /** Whether the name is cut (its full name is then only in the node's tooltip and name). */
  truncated: boolean;
}

/** Fits a node's name and value into `maxWidth` pixels (give or take a rounding error). */
export function fitLabel(name: string, value: string, maxWidth: number): FittedLabel {
  const room = maxWidth + 1e-6;
  const { lines, truncated } = wrapText(name, room);
  const valueFits = estimateTextWidth(value, VALUE_FONT_PX) <= room;
  return { lines, value: valueFits ? value : null, truncated };
}

/** Height in pixels of a fitted label. */
export function labelHeight(label: FittedLabel): number {
  return label.lines.length * NAME_LINE_PX + (label.value === null ? 0 : VALUE_LINE_PX);
}

/** Widest line of a label that had all the room it wanted, in pixels. */
export function labelWidth({ name, value }: { name: string; value: string }): number {
  return Math.max(estimateTextWidth(name), estimateTextWidth(value, VALUE_FONT_PX));
}

/**
 * Fits each node's name and value into the room of its column, by node id; nodes whose label
 * cannot show a letter get none.
 */
export function fitLabels<N extends { id: string; column: number }>(
  nodes: readonly N[],
  text: (node: N) => { name: string; value: string } | undefined,
  room: (column: N['column']) => number,
): Map<string, FittedLabel> {
  const labels = new Map<string, FittedLabel>();
  for (const node of nodes) {
    const { name = '', value = '' } = text(node) ?? {};
    const label = fitLabel(name, value, room(node.column));
    if (label.lines.length > 0 || label.value !== null) labels.set(node.id, label);
  }
  return labels;
}

/** One line of a label: the name's (one or two of them) or the value's, under the name. */
export interface SankeyLabelLine {
  kind: 'name' | 'value';
  text: string;
  /** Middle of the line. */
  y: number;
}

/** A node's label, to the right of its bar: its name, then its value in smaller type. */
export interface SankeyLabel {
  /** Left end of the lines. */
  x: number;
  /** Room in pixels from `x` to the next column or the edge of the SVG. */
  maxWidth: number;
  top: number;
  height: number;
  lines: SankeyLabelLine[];
  /** Whether the name had to be cut: its full name is then only in the tooltip and name. */
  truncated: boolean;
}

/** A fitted label's lines, from `top` down, starting at `x`. */
export function drawLabel(
  label: FittedLabel,
  x: number,
  maxWidth: number,
  top: number,
): SankeyLabel {
  const lines: SankeyLabelLine[] = label.lines.map((text, i) => ({
    kind: 'name',
    text,
    y: top + (i + 0.5) * NAME_LINE_PX,
  }));
  if (label.value !== null) {
    lines.push({
      kind: 'value',
      text: label.value,
      y: top + label.lines.length * NAME_LINE_PX + VALUE_LINE_PX / 2,
    });
  }
  return { x, maxWidth, top, height: labelHeight(label), lines, truncated: label.truncated };
}
