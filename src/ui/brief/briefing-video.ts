import type { Locale, Translate } from '../../i18n';
import { currentData, frameAfter } from '../../map/frame-signal';
import type { MapTheme } from '../../map/theme';
import { exportFrame } from '../export-items';
import { recordMapVideo, type ExportJob, type VideoStep } from '../exports/map-video';
import { stepDurationS, type Briefing } from './briefing';

/** The longest a step waits for the map to draw its view before its recording starts. */
const DRAW_WAIT_MS = 3000;

/**
 * A briefing as one WebM video, for screens where the app cannot run: each step in turn, for
 * its own seconds, the map as the room sees it (the camera's flight included) under the step's
 * title and caption, with the legend and the source line. `goToStep` shows a step as the
 * player does.
 */
export async function recordBriefing(options: {
  briefing: Briefing;
  locale: Locale;
  t: Translate;
  theme: MapTheme;
  source: string;
  isSample: boolean;
  goToStep: (index: number) => void;
  job: ExportJob;
}): Promise<Blob> {
  const { briefing, locale, goToStep } = options;
  const steps: VideoStep[] = [];
  for (const [i, step] of briefing.steps.entries()) {
    const caption = step.caption[locale];
    const frame = await exportFrame({ ...options, title: step.title[locale], period: caption });
    const enter = async () => {
      const version = currentData().version;
      goToStep(i);
      await frameAfter(version, DRAW_WAIT_MS);
    };
    steps.push({ frame, period: caption, seconds: stepDurationS(step), enter });
  }
  return recordMapVideo(steps, options.job);
}
