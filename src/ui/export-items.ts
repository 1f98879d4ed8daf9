import type { Corridor } from '../analysis/corridor';
import { monthOf } from '../analysis/month';
import type { CorridorResult } from '../data/corridor-query';
import type { AnalysisParams } from '../analysis/params';
import { formatMonth, type Locale, type Translate } from '../i18n';
import { CHPL_TIERS, MAP_PALETTES, toCss } from '../map/theme';
import type { ViewState } from '../state/view-state';
import type { ExportItem } from './ExportMenu';
import type { FlowRow } from './exports/csv';
import { download, downloadText, MEDIA_TYPES } from './exports/download';
import { ExportError } from './exports/export-error';
import { exportFileName, type ExportKind, type ExportExtension } from './exports/file-name';
import type { MapFrame } from './exports/map-png';
import type { ExportJob, VideoStep } from './exports/map-video';
import { currentData, frameAfter } from '../map/frame-signal';
import { windowSteps } from '../map/month-window';
import type { SetView } from '../state/use-view-state';
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
  /** Moves the view (a playback video steps through the months as the timeline would). */
  setView: SetView;
}

/** The flows of the window as CSV rows: both legs of every route, as the Sankey sums them. */
export function flowRows(context: ExportContext): FlowRow[] {
  const { workspace, view, nameOf } = context;
  const { months, range } = workspace;
  if (!workspace.legs || !months || !range) return [];
  const legs = narrowLegs(workspace.legs, view);
  const month = (i: number) => monthOf(months.months[i] ?? '');
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
/** Seconds each month of a playback video stays on screen. */
const PLAYBACK_STEP_SECONDS = 0.4;
/** The longest a playback waits for the map to draw a month before it moves on. */
const DRAW_WAIT_MS = 3000;

/**
 * The months a playback video shows, as the timeline's Play does: from the first full window
 * of the data to the period shown now, each step bringing the map to its month (the view's
 * `month`, as a user's step would) before it is recorded.
 */
function playbackSteps(context: ExportContext): {
  /** The steps, made when a recording starts (not at every render of the menu). */
  steps: () => Omit<VideoStep, 'frame'>[];
  period: { first: string; last: string };
} {
  const { view, workspace, locale, t } = context;
  const { months, range } = workspace;
  if (!months || !range) return { steps: () => [], period: { first: '', last: '' } };
  const length = windowSteps(months.step, view.windowMonths);
  const month = (i: number) => monthOf(months.months[Math.max(0, i)] ?? '');
  const first = Math.min(length - 1, range.last);
  const steps = () => {
    const made: Omit<VideoStep, 'frame'>[] = [];
    for (let i = first; i <= range.last; i += 1) {
      const period = t('exports.png.period', {
        start: formatMonth(locale, month(i - length + 1)),
        end: formatMonth(locale, month(i)),
      });
      const enter = async () => {
        const version = currentData().version;
        const last = i >= months.months.length - 1;
        context.setView({ month: last ? null : month(i) }, { replace: true });
        await frameAfter(version, DRAW_WAIT_MS);
      };
      made.push({ period, seconds: PLAYBACK_STEP_SECONDS, enter });
    }
    return made;
  };
  return { steps, period: { first: month(first - length + 1), last: month(range.last) } };
}

// The exports' own modules (the image, the video, CSV and JSON) are chunks loaded when an
// export runs, off the page's first load (issue #16).

/**
 * The map as the exports draw it, ready to draw again and again: `title` and `period` above it,
 * the colours' legend and the source line (with the synthetic-data warning) below.
 */
export async function exportFrame(options: {
  theme: ViewState['theme'];
  t: Translate;
  title: string;
  period: string;
  source: string;
  isSample: boolean;
}): Promise<MapFrame> {
  const { t, theme } = options;
  const container = document.querySelector<HTMLElement>('[data-testid="map"]');
  if (!container) throw new ExportError('noMap');
  const palette = MAP_PALETTES[theme];
  const style = getComputedStyle(document.documentElement);
  const today = new Date().toISOString().slice(0, 10);
  const footerKey = options.isSample ? 'exports.png.footerSynthetic' : 'exports.png.footer';
  const { prepareMapFrame } = await import('./exports/map-png');
  return prepareMapFrame({
    container,
    title: options.title,
    period: options.period,
    legend: [
      ...CHPL_TIERS.map((tier) => ({
        color: toCss(palette.tiers[tier]),
        label: t(`legend.tier.${tier}`),
      })),
      { color: palette.score.map(toCss), label: t('legend.corridor') },
    ],
    footer: t(footerKey, { source: options.source, date: today }),
    background: style.getPropertyValue('--bg').trim() || '#000',
    text: style.getPropertyValue('--text').trim() || '#fff',
  });
}

/** The export menu's items for the current view: the map as PNG, flows and corridors. */
export function exportItems(context: ExportContext): ExportItem[] {
  const { view, workspace, locale, t } = context;
  const { months, range } = workspace;
  const month = (i: number) => monthOf(months?.months[i] ?? '');
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
    start: formatMonth(locale, period.first),
    end: formatMonth(locale, period.last),
  });
  const frame = () =>
    exportFrame({ ...context, theme: view.theme, title: t('legend.title'), period: periodText });
  const map = async () => {
    const { framePng } = await import('./exports/map-png');
    download(await framePng(await frame(), periodText), name('map', 'png'));
  };
  const video = async (job: ExportJob) => {
    const { recordMapVideo } = await import('./exports/map-video');
    const steps = [{ frame: await frame(), period: periodText, seconds: VIDEO_SECONDS }];
    download(await recordMapVideo(steps, job), name('map', 'webm'));
  };
  const playback = playbackSteps(context);
  const playbackVideo = async (job: ExportJob) => {
    try {
      const { recordMapVideo } = await import('./exports/map-video');
      const image = await frame();
      const blob = await recordMapVideo(
        playback.steps().map((step) => ({ ...step, frame: image })),
        job,
      );
      download(blob, exportFileName(view, 'playback', 'webm', playback.period, view));
    } finally {
      context.setView({ month: view.month }, { replace: true });
    }
  };
  return [
    { id: 'map', label: t('exports.map'), run: map },
    { id: 'video', label: t('exports.video', { seconds: VIDEO_SECONDS }), run: video },
    {
      id: 'video-playback',
      label: t('exports.videoPlayback', {
        start: formatMonth(locale, playback.period.first),
        end: formatMonth(locale, playback.period.last),
      }),
      run: playbackVideo,
    },
    {
      id: 'flows',
      label: t('exports.flows'),
      run: async () => {
        const { flowsCsv } = await import('./exports/csv');
        downloadText(flowsCsv(flowRows(context), locale), name('flows', 'csv'), MEDIA_TYPES.csv);
      },
    },
    {
      id: 'corridors-csv',
      label: t('exports.corridorsCsv'),
      run: async () => {
        const { corridorsCsv } = await import('./exports/csv');
        downloadText(corridorsCsv(context.shown), name('corridors', 'csv'), MEDIA_TYPES.csv);
      },
    },
    {
      id: 'corridors-json',
      label: t('exports.corridorsJson'),
      run: async () => {
        if (!context.params || !context.result) throw new ExportError('noSettings');
        const { corridorsJson } = await import('./exports/json');
        const json = corridorsJson(context.shown, context.result, context.params);
        downloadText(json, name('corridors', 'json'), MEDIA_TYPES.json);
      },
    },
  ];
}
