/** English messages of the public transparency report. */
export const enReport = {
  'report.title': 'Transparency report',
};

/** A message key of the public transparency report. */
export type ReportKey = keyof typeof enReport;
