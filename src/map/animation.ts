import type { Layer } from '@deck.gl/core';
import { ParticleArcLayer } from './particle-arc-layer';
import { PulseLayer } from './pulse-layer';

/** The animation's frame-rate cap, and the rate while database work runs. */
export const FRAME_CAP_FPS = 30;
export const BUSY_FPS = 4;

/** Whether a layer moves with the clock (particles, pulses). */
export function isAnimated(layer: Layer): layer is ParticleArcLayer | PulseLayer {
  return layer instanceof ParticleArcLayer || layer instanceof PulseLayer;
}

/**
 * The layers at `time` seconds on the animation clock: the animated ones cloned with the new
 * time (their data, and so their buffers, stay as they are), the others unchanged.
 */
export function layersAtTime(layers: readonly Layer[], time: number): Layer[] {
  return layers.map((layer) => (isAnimated(layer) ? (layer.clone({ time }) as Layer) : layer));
}

/**
 * Calls `onTick` with the clock's seconds on animation frames, at most {@link FRAME_CAP_FPS}
 * times a second, or {@link BUSY_FPS} while `busy()` (queries run: the animation thins so that
 * they finish sooner). Returns the function that stops it.
 */
export function startClock(onTick: (seconds: number) => void, busy: () => boolean): () => void {
  let frame = 0;
  let last = -Infinity;
  const loop = (now: number) => {
    frame = requestAnimationFrame(loop);
    const interval = 1000 / (busy() ? BUSY_FPS : FRAME_CAP_FPS);
    // A little slack, so that a 60 Hz display gives every second frame rather than fewer.
    if (now - last < interval - 4) return;
    last = now;
    onTick(now / 1000);
  };
  frame = requestAnimationFrame(loop);
  return () => cancelAnimationFrame(frame);
}

/**
 * A fixed clock time from the page address (`?time=2.5`), for screenshots and render tests
 * that need the particles at a known place; null when absent.
 */
export function frozenTime(search: string): number | null {
  const value = new URLSearchParams(search).get('time');
  return value !== null && /^\d+(\.\d+)?$/.test(value) ? Number(value) : null;
}
