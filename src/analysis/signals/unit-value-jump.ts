import { formatMultiple, formatRatio, translate } from '../../i18n';
import { logRamp, only, type Signal } from './signal';

function maxOf(...values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return known.length === 0 ? null : Math.max(...known);
}

function quotient(a: number | null, b: number | null): number | null {
  return a === null || b === null || b <= 0 ? null : a / b;
}

/**
 * Value per kg on the first leg after the cut-off, against its baseline or the origin's other
 * buyers. Above HS-6 a unit value mostly measures the product mix, so it is left out there.
 */
export const unitValueJump: Signal<'unitValueJump'> = {
  name: 'unitValueJump',
  weight: 0.5,
  role: null,
  measure: ({ row }) =>
    only(
      row.level !== '6'
        ? null
        : maxOf(
            quotient(row.unitValuePost, row.unitValueBaseline),
            quotient(row.unitValuePost, row.unitValueOthers),
          ),
    ),
  strength: ({ value }) => (value === null ? 0 : logRamp(value, 1.1, 2)),
  format: formatRatio,
  explain: (c, locale) => {
    const { unitValuePost: post, unitValueBaseline: base, unitValueOthers: others } = c;
    const vsOthers = post !== null && others ? post / others : 0;
    const vsBase = post !== null && base ? post / base : 0;
    // Within 1% the comparison with other buyers is named, so that rounding never flips it.
    const againstOthers = vsOthers * 1.01 >= vsBase;
    return translate(
      locale,
      againstOthers ? 'signal.unitValueJump.sentence.others' : 'signal.unitValueJump.sentence',
      {
        multiple: formatMultiple(locale, Math.max(vsOthers, vsBase)),
        origin: c.names.origin[locale],
      },
    );
  },
};
