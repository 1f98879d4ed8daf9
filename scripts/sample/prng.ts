/** A small seeded pseudo-random number generator: the only source of randomness in the sample. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal. */
  normal(): number;
  /** Log-normal factor with mean 1 and log-scale standard deviation `sigma`. */
  noise(sigma: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
}

/** FNV-1a hash of a string to 32 bits. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: 32-bit state, good enough statistics for synthetic data, and tiny. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A generator for one named stream, e.g. `rngFor(seed, 'x', 'TWN', 'KGZ', '854231')`. Each
 * series draws from its own stream, so adding a story or a partner leaves every other series'
 * numbers unchanged.
 */
export function rngFor(seed: number, ...parts: string[]): Rng {
  const next = mulberry32(hashString(`${seed}|${parts.join('|')}`));
  const normal = () => {
    // Box–Muller; 1 - u keeps the logarithm finite.
    const u = 1 - next();
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return {
    next,
    normal,
    noise: (sigma) => Math.exp(sigma * normal() - (sigma * sigma) / 2),
    chance: (p) => next() < p,
  };
}
