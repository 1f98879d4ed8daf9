import type { ReportKey } from './en-report';

/** Traditional Chinese messages of the public transparency report, key for key. */
export const zhTwReport: Record<ReportKey, string> = {
  'report.title': '透明度報告',
};
