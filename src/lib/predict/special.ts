// The special functions of the models: log-gamma and digamma from stdlib (maintained, tested
// against Boost and Cephes), and the few pieces no package offers in the form the models need.
import gammaln from '@stdlib/math-base-special-gammaln';
import digamma from '@stdlib/math-base-special-digamma';

export { gammaln, digamma };

/** ln(e^u + e^v) without overflow: the BG/NBD likelihood's two terms are each far below e^-700 for a long-standing customer. */
export function logSumExp(u: number, v: number): number {
  if (u === -Infinity) return v;
  if (v === -Infinity) return u;
  const m = Math.max(u, v);
  return m + Math.log1p(Math.exp(-Math.abs(u - v)));
}

/** ln(1 + e^u) without overflow. */
export function log1pExp(u: number): number {
  return u > 0 ? u + Math.log1p(Math.exp(-u)) : Math.log1p(Math.exp(u));
}

/**
 * The Gauss hypergeometric series 2F1(a, b; c; z) for 0 <= z < 1, summed term by term. stdlib has
 * no hyp2f1; the callers (bgnbd.ts) use it only after Euler's transformation, where a and b are
 * small and c is large, so the terms shrink from the start and 1e-15 of the sum is reached in a
 * few dozen terms for the horizons the page offers.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(z >= 0 && z < 1)) throw new RangeError(`hyp2f1 series needs 0 <= z < 1, got ${z}`);
  let term = 1;
  let sum = 1;
  for (let k = 0; k < 100_000; k++) {
    term *= (((a + k) * (b + k)) / ((c + k) * (k + 1))) * z;
    sum += term;
    if (Math.abs(term) <= 1e-16 * Math.abs(sum)) return sum;
  }
  return sum;
}
