/**
 * Seeded randomness. Trainers must be able to say "load seed 42" and get the very same demo shop
 * as their students, and a campaign's control group must be drawn again from its shown seed on any
 * machine, so Math.random is never used.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  /** Standard normal; exp() of it gives the log-normal basket sizes. */
  normal(): number;
}

/** mulberry32: one 32-bit word of state is plenty for a demo or a control group and needs no BigInt. The seed is taken modulo 2^32. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;

  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    // Box-Muller; 1 - next() keeps log() away from zero.
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
  };
}
