import type { Layer } from '@deck.gl/core';
import { FLOWS_LAYER_ID } from './layer-ids';

/** A frame deck.gl drew: when, and which data it drew. */
export interface DrawnFrame {
  /** performance.now() once the frame's draw calls were issued. */
  time: number;
  /** Counts the changes of the layers' data handed to the map; the frame drew this one. */
  dataVersion: number;
  /** Flows (arcs) the frame drew. */
  flows: number;
}

/** What the map was last handed, for the page's one map. */
const handed = {
  /** Counts the changes of the layers' data. */
  version: 0,
  /** performance.now() at the last change. */
  time: 0,
  /** Each layer's data, by layer id. */
  data: new Map<string, unknown>(),
  /** Flows drawn by the current layers. */
  flows: 0,
  /** Whether the next frame is the first to draw the current flows (and gets marked). */
  flowsToMark: false,
};
const listeners = new Set<(frame: DrawnFrame) => void>();

/** Number of items a layer draws: its data's length (arrays or binary `{ length }`). */
function itemCount(layer: Layer | undefined): number {
  const data = layer?.props.data as { length?: unknown } | null | undefined;
  return typeof data?.length === 'number' ? data.length : 0;
}

/**
 * Records the layers just handed to the map (call right after `setProps`). Their data counts
 * as changed when a layer comes or goes or any layer's `data` is another object; a change of
 * other props only (an animation's clock) does not.
 */
export function layersSet(layers: readonly Layer[]): void {
  const data = new Map(layers.map((layer) => [layer.id, layer.props.data as unknown]));
  const last = handed.data;
  const changed =
    data.size !== last.size ||
    [...data].some(([id, value]) => !last.has(id) || last.get(id) !== value);
  handed.data = data;
  if (!changed) return;
  handed.version += 1;
  handed.time = performance.now();
  handed.flows = itemCount(layers.find((layer) => layer.id === FLOWS_LAYER_ID));
  handed.flowsToMark = handed.flows > 0;
}

/**
 * Records a frame drawn by deck.gl (its `onAfterRender`). The first frame after the flows'
 * data changed gets the performance mark `tdc:flows-drawn`, which the benchmark reads.
 */
export function frameDrawn(): void {
  const { version: dataVersion, flows } = handed;
  const frame: DrawnFrame = { time: performance.now(), dataVersion, flows };
  if (handed.flowsToMark) {
    performance.mark('tdc:flows-drawn', { detail: { flows, dataVersion } });
    handed.flowsToMark = false;
  }
  listeners.forEach((listener) => listener(frame));
}

/** The latest change of the map's data: its version and when it was handed over. */
export function currentData(): { version: number; time: number } {
  return { version: handed.version, time: handed.time };
}

/**
 * Resolves once a frame has drawn data newer than `version` (see {@link currentData}), or after
 * `timeoutMs` when the data did not change (a view whose flows are the same).
 */
export function frameAfter(version: number, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stop();
      clearTimeout(timer);
      resolve();
    };
    const stop = onFrameDrawn((frame) => {
      if (frame.dataVersion > version) done();
    });
    const timer = setTimeout(done, timeoutMs);
  });
}

/** Calls `listener` on every frame drawn; returns the function that stops it. */
export function onFrameDrawn(listener: (frame: DrawnFrame) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
