import type { Corridor } from '../analysis/corridor';
import type { CorridorResult } from '../data/corridor-query';
import type { AnalysisParams } from '../analysis/params';
import { formatMonth, type Locale, type Translate } from '../i18n';
import { CHPL_TIERS, MAP_PALETTES, toCss } from '../map/theme';
import type { ViewState } from '../state/view-state';
import type { ExportItem } from './ExportMenu';
import { corridorsCsv, flowsCsv, type FlowRow } from './exports/csv';
import { download, downloadText, MEDIA_TYPES } from './exports/download';
import { ExportError } from './exports/export-error';
import { exportFileName, type ExportKind, type ExportExtension } from './exports/file-name';
import { corridorsJson } from './exports/json';
import { framePng, prepareMapFrame } from './exports/map-png';
import { recordMapVideo, type ExportJob } from './exports/map-video';
import type { Workspace } from './hooks/use-workspace';
import { narrowLegs } from '../data/flow-slices';

/** What the exports need of the page. */
export interface ExportContext {
  view: ViewState;
  workspace: Workspace;
  /** The corridors listed (the filters applied), best first. */
  shown: readonly Corridor[];
  /** The last analysis (for what it could not score, and coverage), or null before it ends. */
  result: CorridorResult | null;
  params: AnalysisParams | null;
  nameOf(code: string): string;
  locale: Locale;
  t: Translate;
  /** The dataset's name, and whether it is the synthetic sample. */
  source: string;
  isSample: boolean;
}

/** The flows of the window as CSV rows: both legs of every route, as the Sankey sums them. */
export function flowRows(context: ExportContext): FlowRow[] {
  const { workspace, view, nameOf } = context;
  const { months, range } = workspace;
  if (!workspace.legs || !months || !range) return [];
  const legs = narrowLegs(workspace.legs, view);
  const month = (i: number) => months.months[i]?.slice(0, 7) ?? '';
  const common = {
    firstMonth: month(range.first),
    lastMonth: month(range.last),
    source: view.source,
  };
  return [
    ...legs.firstLegs.map((leg) => ({
      ...common,
      from: legs.origin,
      fromName: nameOf(legs.origin),
      to: leg.via,
      toName: nameOf(leg.via),
      leg: 'first' as const,
      valueUsd: leg.value,
    })),
    ...legs.secondLegs.map((leg) => ({
      ...common,
      from: leg.via,
      fromName: nameOf(leg.via),
      to: leg.to,
      toName: nameOf(leg.to),
      leg: 'second' as const,
      valueUsd: leg.value,
    })),
  ];
}

/** Seconds of the map's animation a video export records. */
const VIDEO_SECONDS = 8;

/** The export menu's items for the current view: the map as PNG, flows and corridors. */
export function exportItems(context: ExportContext): ExportItem[] {
  const { view, workspace, locale, t } = context;
  const { months, range } = workspace;
  const month = (i: number) => months?.months[i]?.slice(0, 7) ?? '';
  const period = range
    ? { first: month(range.first), last: month(range.last) }
    : { first: '', last: '' };
  const name = (kind: ExportKind, ext: ExportExtension) =>
    exportFileName(view, kind, ext, period, {
      products: view.products,
      to: view.to,
      source: view.source,
    });
  const periodText = t('exports.png.period', {
    start: formatMonth(locale, `${period.first}-01`),
    end: formatMonth(locale, `${period.last}-01`),
  });
  /** The map with its title, legend and source line, ready to draw (see prepareMapFrame). */
  const frame = () => {
    const container = document.querySelector<HTMLElement>('[data-testid="map"]');
    if (!container) throw new ExportError('noMap');
    const palette = MAP_PALETTES[view.theme];
    const style = getComputedStyle(document.documentElement);
    const today = new Date().toISOString().slice(0, 10);
    const footerKey = context.isSample ? 'exports.png.footerSynthetic' : 'exports.png.footer';
    return prepareMapFrame({
      container,
      title: t('legend.title'),
      period: periodText,
      legend: [
        ...CHPL_TIERS.map((tier) => ({
          color: toCss(palette.tiers[tier]),
          label: t(`legend.tier.${tier}`),
        })),
        { color: palette.score.map(toCss), label: t('legend.corridor') },
      ],
      footer: t(footerKey, { source: context.source, date: today }),
      background: style.getPropertyValue('--bg').trim() || '#000',
      text: style.getPropertyValue('--text').trim() || '#fff',
    });
  };
  const map = async () => {
    download(await framePng(await frame(), periodText), name('map', 'png'));
  };
  const video = async (job: ExportJob) => {
    const blob = await recordMapVideo(await frame(), periodText, VIDEO_SECONDS, job);
    download(blob, name('map', 'webm'));
  };
  return [
    { id: 'map', label: t('exports.map'), run: map },
    { id: 'video', label: t('exports.video', { seconds: VIDEO_SECONDS }), run: video },
    {
      id: 'flows',
      label: t('exports.flows'),
      run: () =>
        downloadText(flowsCsv(flowRows(context), locale), name('flows', 'csv'), MEDIA_TYPES.csv),
    },
    {
      id: 'corridors-csv',
      label: t('exports.corridorsCsv'),
      run: () =>
        downloadText(corridorsCsv(context.shown), name('corridors', 'csv'), MEDIA_TYPES.csv),
    },
    {
      id: 'corridors-json',
      label: t('exports.corridorsJson'),
      run: () => {
        if (!context.params || !context.result) throw new ExportError('noSettings');
        const json = corridorsJson(context.shown, context.result, context.params);
        downloadText(json, name('corridors', 'json'), MEDIA_TYPES.json);
      },
    },
  ];
}
