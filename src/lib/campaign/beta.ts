// Log-gamma and log-beta for the exact Bayesian comparison, from stdlib's maintained special
// functions (the same ones the prediction models use, src/lib/predict/).
import gammaln from '@stdlib/math-base-special-gammaln';
import betaln from '@stdlib/math-base-special-betaln';

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`log-gamma needs x > 0, got ${x}`);
  return gammaln(x);
}

export function logBeta(a: number, b: number): number {
  return betaln(a, b);
}

/**
 * P(X > Y) for independent X ~ Beta(a1, b1) and Y ~ Beta(a2, b2) with integer a1 (Evan Miller,
 * "Formulas for Bayesian A/B testing", 2014):
 *   Σ_{i=0}^{a1-1} B(a2+i, b1+b2) / ((b1+i) · B(1+i, b1) · B(a2, b2)).
 * Every term is positive, so summing them in ordinary floats after exp() of the log-beta form loses
 * nothing; the log form only keeps the huge beta functions of large groups from overflowing.
 */
function probabilityGreaterSum(a1: number, b1: number, a2: number, b2: number): number {
  let total = 0;
  const lbY = logBeta(a2, b2);
  for (let i = 0; i < a1; i++) total += Math.exp(logBeta(a2 + i, b1 + b2) - Math.log(b1 + i) - logBeta(1 + i, b1) - lbY);
  return total;
}

/** P(X > Y) as above for integer a1 and a2; sums over the smaller of the two (P(X > Y) = 1 − P(Y > X), ties have probability 0). */
export function probabilityGreater(a1: number, b1: number, a2: number, b2: number): number {
  for (const v of [a1, b1, a2, b2]) if (!(Number.isInteger(v) && v >= 1)) throw new RangeError(`beta parameters must be whole numbers ≥ 1, got ${v}`);
  const p = a1 <= a2 ? probabilityGreaterSum(a1, b1, a2, b2) : 1 - probabilityGreaterSum(a2, b2, a1, b1);
  return Math.min(1, Math.max(0, p));
}
