/**
 * Messages about partners that are not one country (residual partners, src/data/residuals.ts)
 * and about the value of rows the ingest left out.
 */
export const enNames = {
  'residual.XNS': 'other countries (not specified)',
  'residual.XBK': 'bunkers (fuel and stores for ships and aircraft)',
  'residual.XFZ': 'free zones',
  'residual.XSC': 'special categories (partner withheld)',
  'residual.XRN': 'a region or group, country not specified',
  'residual.XHG': 'a former or combined economy (e.g. USSR, Belgium-Luxembourg)',
  'warning.residual_partner':
    '{valueUsd} in {count} rows kept as “{residual}” ({code}): in the totals, but not one country, so neither on the map nor an intermediary or destination.',
  'warning.residual_partner.one':
    '{valueUsd} in {count} row kept as “{residual}” ({code}): in the totals, but not one country, so neither on the map nor an intermediary or destination.',
  'warning.residuals_summed':
    '{count} rows of {file} whose partners are no one country fell under the same residual partner ({partners}) for the same product and period: summed, one row per product and period ({into} in all).',
  'report.skipRows': '{count} rows, {value}:',
  'report.skipRows.one': '{count} row, {value}:',
  'report.skipRowsNoValue': '{count} rows:',
  'report.skipRowsNoValue.one': '{count} row:',
} as const;
