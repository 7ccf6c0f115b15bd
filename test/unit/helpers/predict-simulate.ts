// Customers drawn from BG/NBD itself (Fader, Hardie & Lee 2005, section 2), so a fit has true
// parameters to find, at any size: for the fit tests and the fit-time benchmark
// (bench/predict-fit.ts).
import type { BgNbdParams } from '../../../src/lib/predict/bgnbd';
import { createRng } from '../../../src/lib/random';

export function simulateBgNbd(params: BgNbdParams, n: number, seed: number, weeks: number) {
  const rng = createRng(seed);
  const uniform = () => 1 - rng.next();
  // Marsaglia & Tsang (2000), with Gamma(k) = Gamma(k + 1) U^(1/k) for a shape under 1.
  const gamma = (shape: number): number => {
    if (shape < 1) return gamma(shape + 1) * Math.pow(uniform(), 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let z: number;
      let v: number;
      do {
        z = rng.normal();
        v = 1 + c * z;
      } while (v <= 0);
      v = v * v * v;
      if (Math.log(uniform()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
    }
  };
  const x = new Float64Array(n);
  const tx = new Float64Array(n);
  const T = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const lambda = gamma(params.r) / params.alpha;
    const ga = gamma(params.a);
    const dropout = ga / (ga + gamma(params.b));
    // First purchases spread over the first half of the period, as a quarter's cohort is in CDNOW.
    T[i] = weeks * (0.5 + rng.next() / 2);
    let t = 0;
    for (;;) {
      t += -Math.log(uniform()) / lambda;
      if (t > T[i]) break;
      x[i]++;
      tx[i] = t;
      if (rng.next() < dropout) break;
    }
  }
  return { x, tx, T, monetary: Float64Array.from(x, (xi) => (xi > 0 ? 15 + 40 * rng.next() : 0)) };
}
