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
/** Encoders in the order tried: VP9 is smaller, VP8 plays everywhere WebM does. */
const TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'];

/** The WebM type this browser can record, or null. */
export function videoType(): string | null {
  if (typeof MediaRecorder === 'undefined') return null;
  return TYPES.find((type) => MediaRecorder.isTypeSupported(type)) ?? null;
}

/** A stretch of a recording: what is drawn, the period its header names, and how the map gets there. */
export interface VideoStep {
  frame: MapFrame;
  period: string;
  seconds: number;
  /** Brings the map to this step (a new month) and resolves once it is drawn. */
  enter?: () => Promise<void>;
}

/**
 * Records `frame` as a WebM video, step by step, repainting it from the live map on every
 * animation frame (the particles move, the map changes under it), with the browser's own
 * MediaRecorder: nothing leaves the browser. Resolves with the file; rejects with an
 * AbortError when `job.signal` aborts, and stops recording then.
 */
export async function recordMapVideo(steps: readonly VideoStep[], job: ExportJob): Promise<Blob> {
  const type = videoType();
  if (!type) throw new ExportError('noRecorder');
  // The video's own canvas, as large as the first step's frame; each frame is fitted into it.
  const output = document.createElement('canvas');
  output.width = steps[0]?.frame.canvas.width ?? 2;
  output.height = steps[0]?.frame.canvas.height ?? 2;
  const ctx = output.getContext('2d');
  if (!ctx) throw new ExportError('noCanvas');
  const paint = (step: VideoStep) => {
    step.frame.draw(step.period);
    const { width, height } = step.frame.canvas;
    const scale = Math.min(output.width / width, output.height / height);
    const [w, h] = [width * scale, height * scale];
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, output.width, output.height);
    ctx.drawImage(step.frame.canvas, (output.width - w) / 2, (output.height - h) / 2, w, h);
  };
  const stream = output.captureStream(FPS);
  const recorder = new MediaRecorder(stream, { mimeType: type, videoBitsPerSecond: 5_000_000 });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (event) => {
    if (event.data.size > 0) chunks.push(event.data);
  };
  const stopped = new Promise<void>((resolve) => {
    recorder.onstop = () => resolve();
  });
  const total = steps.reduce((sum, step) => sum + step.seconds, 0);
  let done = 0;
  if (steps[0]) paint(steps[0]);
  recorder.start(1000);
  for (const step of steps) {
    if (job.signal.aborted) break;
    await step.enter?.();
    await drawFor(
      () => paint(step),
      step.seconds,
      job,
      (elapsed) => job.progress(Math.min(1, (done + elapsed) / total)),
    );
    done += step.seconds;
  }
  recorder.stop();
  await stopped;
  stream.getTracks().forEach((track) => track.stop());
  if (job.signal.aborted) throw new DOMException('The recording was cancelled', 'AbortError');
  return new Blob(chunks, { type: 'video/webm' });
}

/** Repaints the frame on every animation frame for `seconds`, or until the job is cancelled. */
function drawFor(
  paint: () => void,
  seconds: number,
  job: ExportJob,
  progress: (elapsed: number) => void,
): Promise<void> {
  const started = performance.now();
  return new Promise((resolve) => {
    const tick = () => {
      const elapsed = (performance.now() - started) / 1000;
      progress(Math.min(elapsed, seconds));
      if (job.signal.aborted || elapsed >= seconds) return resolve();
      paint();
      requestAnimationFrame(tick);
    };
    tick();
  });
}
