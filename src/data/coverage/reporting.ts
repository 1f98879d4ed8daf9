/**
 * What is known about who reports what to UN Comtrade, which decides where the plan looks for a
 * flow. Curated, from the reporting record of each economy.
 */

/** Reporters that filed nothing after the given year: Russia and Belarus stopped after 2021. */
export const SILENT_AFTER: Readonly<Record<string, number>> = { RUS: 2021, BLR: 2021 };

/** Reporters that give UN Comtrade little monthly data: the United Arab Emirates. */
export const FEW_MONTHLY: readonly string[] = ['ARE'];

/**
 * The economy whose own statistics come from its customs administration rather than UN
 * Comtrade: Taiwan never reports there, and partners file their trade with it under code 490
 * "Other Asia, nes".
 */
export const OWN_CUSTOMS = 'TWN';

/** Whether `reporter` files anything for `year` (false for Russia after 2021). */
export function reportsIn(reporter: string, year: number): boolean {
  const last = SILENT_AFTER[reporter];
  return last === undefined || year <= last;
}
