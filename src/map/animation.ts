import type { Layer } from '@deck.gl/core';

/** The animation's frame-rate cap, and the rate while database work runs. */
export const FRAME_CAP_FPS = 30;
export const BUSY_FPS = 4;

/**
 * What a layer class that moves with the clock declares: `static readonly animates = true`,
 * and a `time` prop, the clock's seconds. Its subclasses inherit the declaration.
 */
export interface AnimatedLayerClass {
  readonly animates: true;
}

/** A layer that moves with the clock: it takes the clock's seconds as its `time` prop. */
export type AnimatedLayer = Layer<{ time?: number }>;

/** Whether a layer moves with the clock, as its class declares (particles, pulses). */
export function isAnimated(layer: Layer): layer is AnimatedLayer {
  return (layer.constructor as Partial<AnimatedLayerClass>).animates === true;
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
