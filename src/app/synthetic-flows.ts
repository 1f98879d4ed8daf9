import type { Layer } from '@deck.gl/core';
import { ArcLayer } from '@deck.gl/layers';
import { MAX_PARTICLES } from '../map/arc-scale';
import { ParticleArcLayer } from '../map/particle-arc-layer';

/** Taiwan's map anchor: every synthetic flow starts there. */
const ORIGIN = [121, 23.7];

/**
 * `n` flows from Taiwan to points spread over Eurasia and Africa, with widths and particle
 * counts of every size, drawn the way the app draws its own: the benchmark's animated load.
 * Seeded, so every run draws the same picture.
 */
export function syntheticFlowLayers(n: number): Layer[] {
  let seed = 20220224;
  const random = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const source = new Float64Array(n * 2);
  const target = new Float64Array(n * 2);
  const width = new Float32Array(n);
  const particles = new Float32Array(n);
  const color = new Uint8Array(n * 4);
  for (let i = 0; i < n; i += 1) {
    source.set(ORIGIN, 2 * i);
    target.set([-15 + 160 * random(), -30 + 95 * random()], 2 * i);
    const size = random();
    width[i] = 1 + 8 * size;
    particles[i] = 1 + Math.round((MAX_PARTICLES - 1) * size);
    color.set([56, 189, 248, 200], 4 * i);
  }
  const attributes = {
    getSourcePosition: { value: source, size: 2 },
    getTargetPosition: { value: target, size: 2 },
    getWidth: { value: width, size: 1 },
    getSourceColor: { value: color, size: 4 },
    getTargetColor: { value: color, size: 4 },
  };
  return [
    new ArcLayer({ id: 'bench-flows', data: { length: n, attributes }, getTilt: 90 }),
    new ParticleArcLayer({
      id: 'bench-particles',
      data: {
        length: n,
        attributes: { ...attributes, getParticles: { value: particles, size: 1 } },
      },
      getTilt: 90,
    }),
  ];
}
