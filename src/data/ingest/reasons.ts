import type { IssueKind } from '../validate';
import type { MessageParams } from './types';

/** Why a row read from a file was left out by the mapping, in words a user understands. */
export const SKIP_MESSAGES: Readonly<Record<string, string>> = {
  flow_other: 'flow is not export, import, re-export or re-import (X, M, RX, RM)',
  customs_breakdown:
    'customs-procedure breakdown: only the total (C00) is kept, or values would count twice',
  transport_breakdown:
    'mode-of-transport breakdown: only the total (0) is kept, or values would count twice',
  partner2_breakdown:
    'second-partner breakdown: only the total (0) is kept, or values would count twice',
  commodity_total: 'all-goods total (TOTAL), not a product',
  reporter_unmapped: 'reporter is not a known country',
  partner_unmapped: 'partner is not a known country',
  period_unreadable: 'period is not a year or a month',
  month_range:
    'period is a range of months that does not start in January of one year: neither a month nor a year',
  value_not_number: 'value is not a number',
  weight_not_number: 'net weight is not a number',
  qty_not_number: 'quantity is not a number',
  months_not_number: 'the months an annual row covers are not a whole number',
  world_dropped: "world total (partner 'WLD') dropped as asked",
  mixed_490: 'partner 490 of a reporter that files unknown destinations there, dropped as asked',
  duplicate_line: 'repeats an earlier line of the same file exactly',
};

/** Messages for rows DuckDB's CSV reader could not read, by its error type. */
const UNREADABLE_MESSAGES: Readonly<Record<string, string>> = {
  'missing columns': 'row has fewer fields than the header',
  'too many columns': 'row has more fields than the header',
  'unquoted value': 'row has a quote that is never closed',
  'invalid encoding': 'row has bytes that are not valid in the file encoding',
};

/** Messages for the validator's row problems (src/data/validate.ts). */
const INVALID_MESSAGES: Readonly<Record<string, string>> = {
  period_invalid: 'period is not a date',
  period_not_month_start: 'period is not the first day of a month',
  period_out_of_range:
    'period is before 1988, when the HS began, or after next year: a wrong year or a typo',
  freq_invalid: "freq is not 'M' or 'A'",
  annual_not_january: 'annual row not dated January 1',
  reporter_unknown: 'reporter is not a known ISO-3 code',
  partner_unknown:
    "partner is not a known ISO-3 code, 'WLD' or a residual code (XNS, XBK, XFZ, XSC, XRN, XHG)",
  flow_invalid: 'flow is not X, M, RX or RM',
  hs_invalid: 'HS code is not 2, 4 or 6 digits',
  hs_unknown_chapter:
    "HS chapter does not exist: chapters run 01–97 and 77 is reserved (98 and 99 are national or 'not specified' codes)",
  value_missing: 'value is missing',
  value_negative: 'value is negative or not finite',
  value_implausible:
    'value above US$10 trillion, more than any country trades in a year: a unit or decimal error',
  net_kg_invalid: 'net weight is not a non-negative number',
  net_kg_implausible:
    'net weight above 10 billion tonnes, about all the world ships by sea in a year: a unit or decimal error',
  qty_invalid: 'quantity is not a non-negative number',
  source_missing: 'source is empty',
  months_invalid:
    'months (the months an annual row covers) is not a whole number from 1 to 12 on an annual row',
};

/** Skip code for a row the validator rejected. */
export const invalidCode = (kind: IssueKind) => `invalid:${kind}`;

/** Skip code for a row DuckDB's CSV reader rejected, from its error type. */
export const unreadableCode = (errorType: string) =>
  `unreadable:${errorType.toLowerCase().replaceAll(' ', '_')}`;

/** The message for a skip code. */
export function skipMessage(code: string): string {
  const [kind, detail = ''] = code.split(':');
  if (kind === 'invalid') return INVALID_MESSAGES[detail] ?? detail;
  if (kind === 'unreadable') {
    const type = detail.replaceAll('_', ' ');
    return UNREADABLE_MESSAGES[type] ?? `row could not be read (${type})`;
  }
  return SKIP_MESSAGES[code] ?? code;
}

/** What fills the placeholders of a skip code's message (`skip.unreadable` has `{type}`). */
export function skipParams(code: string): MessageParams {
  const [kind, detail = ''] = code.split(':');
  return kind === 'unreadable' ? { type: detail.replaceAll('_', ' ') } : {};
}

/** "1 row", "3 rows": a count with its noun, for messages. */
export const plural = (n: number | unknown, noun: string, plural = `${noun}s`) =>
  `${String(n)} ${Number(n) === 1 ? noun : plural}`;

/**
 * US dollars in a few significant digits for messages: "US$16.5 M", "US$1.23 bn", "US$950".
 * (The app formats values itself, for its language.)
 */
export function usdText(value: number): string {
  const units: [number, string][] = [
    [1e12, ' T'],
    [1e9, ' bn'],
    [1e6, ' M'],
    [1e3, ' k'],
  ];
  const [divisor, unit] = units.find(([size]) => Math.abs(value) >= size) ?? [1, ''];
  return `US$${(value / divisor).toLocaleString('en-US', { maximumSignificantDigits: 3 })}${unit}`;
}
