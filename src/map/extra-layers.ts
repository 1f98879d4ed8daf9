import type { Layer } from '@deck.gl/core';

/**
 * Layers drawn over the app's own, set from outside the React tree: the benchmark's synthetic
 * animated flows (`window.__tdcBench.fps`). Empty otherwise.
 */
const extra = { layers: [] as readonly Layer[] };
const listeners = new Set<() => void>();

export function setExtraLayers(layers: readonly Layer[]): void {
  extra.layers = layers;
  listeners.forEach((listener) => listener());
}

export function getExtraLayers(): readonly Layer[] {
  return extra.layers;
}

/** Calls `listener` whenever the extra layers change; returns the function that stops it. */
export function subscribeExtraLayers(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
