import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n';
import { useI18n } from '../i18n-context';

/**
 * The report's sections in order: element id (also the test id), title, and print behaviour.
 * Figures and tables flow on from the findings (a heading stays with what follows it); only the
 * method starts a page of its own.
 */
export const REPORT_SECTIONS = [
  { id: 'report-findings', title: 'transparency.findings.title', print: 'same-page' },
  { id: 'report-map', title: 'transparency.map.title', print: 'same-page' },
  { id: 'report-monthly', title: 'transparency.monthly.title', print: 'same-page' },
  { id: 'report-corridors', title: 'transparency.corridors.title', print: 'same-page' },
  { id: 'report-method', title: 'transparency.method.title', print: 'new-page' },
  { id: 'report-sources', title: 'transparency.sources.title', print: 'same-page' },
  { id: 'report-provenance', title: 'transparency.provenance.title', print: 'same-page' },
  { id: 'report-downloads', title: 'transparency.downloads.title', print: 'never' },
] as const satisfies readonly {
  id: string;
  title: MessageKey;
  print: 'same-page' | 'new-page' | 'never';
}[];

/** The id of one of the report's sections. */
export type ReportSectionId = (typeof REPORT_SECTIONS)[number]['id'];

const PRINT_CLASS = {
  'same-page': 'tr-section',
  'new-page': 'tr-section tr-page-break',
  never: 'tr-section tr-no-print',
} as const;

/** One section of the report: a labelled region with its h2, focusable for the contents' links. */
export function ReportSection({ id, children }: { id: ReportSectionId; children: ReactNode }) {
  const { t } = useI18n();
  const section = REPORT_SECTIONS.find((s) => s.id === id) ?? REPORT_SECTIONS[0];
  return (
    <section
      id={id}
      className={PRINT_CLASS[section.print]}
      aria-labelledby={`${id}-title`}
      data-testid={id}
    >
      <h2 id={`${id}-title`} tabIndex={-1}>
        {t(section.title)}
      </h2>
      {children}
    </section>
  );
}
