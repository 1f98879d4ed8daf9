import {
  BufferTarget,
  CanvasSource,
  canEncodeVideo,
  Output,
  Quality,
  WebMOutputFormat,
} from 'mediabunny';
import { ExportError } from './export-error';
import type { MapFrame } from './map-png';

/** What a long export reports while it runs, and how it is stopped. */
export interface ExportJob {
  signal: AbortSignal;
  /** The share done, from 0 to 1. */
  progress(share: number): void;
}

/** Frames per second of the recording: the map's own animation runs at 30 at most. */
const FPS = 30;
/** Codecs in the order tried: VP9 is smaller, VP8 plays everywhere WebM does. */
const CODECS = ['vp9', 'vp8'] as const;

/** A stretch of a recording: what is drawn, the period its header names, and how the map gets there. */
export interface VideoStep {
  frame: MapFrame;
  period: string;
  seconds: number;
  /** Brings the map to this step (a new month) and resolves once it is drawn. */
  enter?: () => Promise<void>;
}

/**
 * Records the steps as a WebM video with the browser's own encoder (WebCodecs): nothing leaves
 * the browser. Each step is repainted from the live map frame by frame (the particles move, the
 * map changes under it), in step with the clock where the machine encodes fast enough, and
 * more slowly where it does not. Every frame carries its own time in the file, so a step lasts
 * its seconds in the video however long the recording took: a recorder that stamps frames as
 * they come (MediaRecorder) turned a two-second briefing into a video of under one second on a
 * loaded machine. Resolves with the file; rejects with an AbortError when `job.signal` aborts,
 * and stops recording then.
 */
export async function recordMapVideo(steps: readonly VideoStep[], job: ExportJob): Promise<Blob> {
  // The video's own canvas, as large as the first step's frame; each frame is fitted into it.
  // Encoders want even sizes.
  const output = document.createElement('canvas');
  output.width = even(steps[0]?.frame.canvas.width ?? 2);
  output.height = even(steps[0]?.frame.canvas.height ?? 2);
  const ctx = output.getContext('2d');
  if (!ctx) throw new ExportError('noCanvas');
  const size = { width: output.width, height: output.height };
  const codec = await firstMatch(CODECS, (c) =>
    typeof VideoEncoder === 'undefined' ? false : canEncodeVideo(c, size),
  );
  if (!codec) throw new ExportError('noRecorder');
  const paint = (step: VideoStep) => {
    step.frame.draw(step.period);
    const { width, height } = step.frame.canvas;
    const scale = Math.min(output.width / width, output.height / height);
    const [w, h] = [width * scale, height * scale];
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, output.width, output.height);
    ctx.drawImage(step.frame.canvas, (output.width - w) / 2, (output.height - h) / 2, w, h);
  };
  const target = new BufferTarget();
  const file = new Output({ format: new WebMOutputFormat(), target });
  const video = new CanvasSource(output, { codec, quality: new Quality('high') });
  file.addVideoTrack(video, { frameRate: FPS });
  await file.start();
  const total = steps.reduce((sum, step) => sum + frameCount(step), 0);
  let written = 0;
  try {
    for (const step of steps) {
      await step.enter?.();
      const started = performance.now();
      for (let i = 0; i < frameCount(step); i += 1) {
        if (job.signal.aborted) throw new DOMException('The recording was cancelled', 'AbortError');
        await animationFrameAfter(started + (i * 1000) / FPS);
        paint(step);
        await video.add(written / FPS, 1 / FPS);
        written += 1;
        job.progress(written / total);
      }
    }
  } catch (error) {
    await file.cancel();
    throw error;
  }
  await file.finalize();
  return new Blob([target.buffer ?? new ArrayBuffer(0)], { type: 'video/webm' });
}

const even = (pixels: number) => Math.max(2, Math.floor(pixels / 2) * 2);

/** Frames of a step: its seconds at the video's rate, at least one. */
const frameCount = (step: VideoStep) => Math.max(1, Math.round(step.seconds * FPS));

/** The first of `items` that `test` accepts, tried in order. */
async function firstMatch<T>(
  items: readonly T[],
  test: (item: T) => boolean | Promise<boolean>,
): Promise<T | undefined> {
  for (const item of items) if (await test(item)) return item;
  return undefined;
}

/**
 * Resolves on the first animation frame at or after `time` (performance.now()): the map has
 * drawn again since the last frame was taken, and the video keeps to the clock while the
 * machine keeps up.
 */
function animationFrameAfter(time: number): Promise<void> {
  return new Promise((resolve) => {
    const tick = () => (performance.now() >= time ? resolve() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  });
}
