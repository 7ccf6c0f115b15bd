// The BG/NBD model (Fader, Hardie & Lee 2005, "'Counting Your Customers' the Easy Way"): while
// alive a customer buys at rate λ ~ Gamma(r, α); after each purchase they drop out with
// probability p ~ Beta(a, b). The likelihood, its gradient and the per-customer predictions,
// written from the paper's equations (6), (10) and (13); lifetimes' BetaGeoFitter is the reference
// the tests compare with.
import { digamma, gammaln, hyp2f1, log1pExp, logSumExp } from './special';

export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** What the likelihood needs of each customer: x, t_x and T as columns of one length. */
export interface Repeats {
  x: ArrayLike<number>;
  tx: ArrayLike<number>;
  T: ArrayLike<number>;
}

/** How many customers have each x: the log-gamma and digamma terms depend on x alone, so they are computed once per distinct x. */
export function countByX(x: ArrayLike<number>): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i < x.length; i++) counts.set(x[i], (counts.get(x[i]) ?? 0) + 1);
  return counts;
}

/**
 * The log-likelihood summed over the customers (equation 6 of the paper, in logs) and its
 * gradient with respect to ln r, ln α, ln a, ln b (the fit works in log-parameters, so every
 * parameter stays positive):
 *   ln L_i = lnΓ(r+x) − lnΓ(r) + r ln α + ln B(a, b+x) − ln B(a, b)
 *            + ln[ (α+T)^−(r+x) + [x>0] a/(b+x−1) (α+t_x)^−(r+x) ]
 * The bracket is a log-sum-exp of its two terms' logs, so no customer under- or overflows however
 * long T or large x is.
 */
export function bgnbdLogLikelihood(params: BgNbdParams, data: Repeats, counts = countByX(data.x)): { value: number; gradient: [number, number, number, number] } {
  const { r, alpha, a, b } = params;
  let value = 0;
  let dr = 0;
  let dAlpha = 0;
  let da = 0;
  let db = 0;
  // The terms of x alone, once per distinct x, weighted by how many customers have it. The
  // differences lnΓ(r+x) − lnΓ(r) and ln B(a, b+x) − ln B(a, b) and their digamma counterparts are
  // sums over k < x (Γ(z+1) = zΓ(z)), accumulated up to the largest x: as differences of lnΓ and ψ
  // they lose all precision once a + b is large (lnΓ(3.5e8) ≈ 6.5e9 carries an error of about 1e-6,
  // more than the gains of the last optimiser steps), and a fit heading for a, b → ∞ then stalled
  // on rounding noise (the demo shop in days).
  const xs = [...counts.keys()].sort((u, v) => u - v);
  const logAlpha = Math.log(alpha);
  let lnGrx = 0; // lnΓ(r+x) − lnΓ(r)
  let psiRx = 0; // ψ(r+x) − ψ(r)
  let lnBx = 0; // ln B(a, b+x) − ln B(a, b) = Σ ln((b+k)/(a+b+k))
  let psiAbx = 0; // ψ(a+b+x) − ψ(a+b)
  let psiBx = 0; // ψ(b+x) − ψ(b) − ψ(a+b+x) + ψ(a+b) = Σ a/((b+k)(a+b+k))
  let k = 0;
  for (const x of xs) {
    for (; k < x; k++) {
      lnGrx += Math.log(r + k);
      psiRx += 1 / (r + k);
      lnBx -= Math.log1p(a / (b + k));
      psiAbx += 1 / (a + b + k);
      psiBx += a / ((b + k) * (a + b + k));
    }
    const n = counts.get(x)!;
    value += n * (lnGrx + r * logAlpha + lnBx);
    dr += n * (psiRx + logAlpha);
    dAlpha += n * (r / alpha);
    da -= n * psiAbx;
    db += n * psiBx;
  }
  const lnA = Math.log(a);
  for (let i = 0; i < data.x.length; i++) {
    const x = data.x[i];
    const logAT = Math.log(alpha + data.T[i]);
    const first = -(r + x) * logAT;
    if (x === 0) {
      value += first;
      dr -= logAT;
      dAlpha -= (r + x) / (alpha + data.T[i]);
      continue;
    }
    const logAtx = Math.log(alpha + data.tx[i]);
    const second = lnA - Math.log(b + x - 1) - (r + x) * logAtx;
    const total = logSumExp(first, second);
    value += total;
    // The two terms' shares of the bracket: the softmax weights of their logs.
    const w1 = Math.exp(first - total);
    const w2 = Math.exp(second - total);
    dr -= w1 * logAT + w2 * logAtx;
    dAlpha -= (r + x) * (w1 / (alpha + data.T[i]) + w2 / (alpha + data.tx[i]));
    da += w2 / a;
    db -= w2 / (b + x - 1);
  }
  return { value, gradient: [r * dr, alpha * dAlpha, a * da, b * db] };
}

/** The limit of BG/NBD as a, b → ∞ with p = a/(a+b) fixed: every customer drops out with the same probability p after a purchase. */
export interface FixedDropoutParams {
  r: number;
  alpha: number;
  p: number;
}

/**
 * The log-likelihood of that limit and its gradient with respect to ln r, ln α and logit p. A fit
 * whose a and b run off together (the data show no spread in the dropout probability) has its
 * supremum here, where the four-parameter likelihood only creeps towards it: B(a, b+x)/B(a, b) →
 * (1−p)^x and a/(b+x−1) → p/(1−p), so
 *   ln L_i = lnΓ(r+x) − lnΓ(r) + r ln α + x ln(1−p) + ln[ (α+T)^−(r+x) + [x>0] p/(1−p) (α+t_x)^−(r+x) ],
 * three parameters with an interior maximum the optimiser can settle on.
 */
export function fixedDropoutLogLikelihood(params: FixedDropoutParams, data: Repeats, counts = countByX(data.x)): { value: number; gradient: [number, number, number] } {
  const { r, alpha, p } = params;
  const logit = Math.log(p) - Math.log1p(-p);
  const log1mP = Math.log1p(-p);
  let value = 0;
  let dr = 0;
  let dAlpha = 0;
  let dLogit = 0;
  const lnGr = gammaln(r);
  const psiR = digamma(r);
  for (const [x, n] of counts) {
    value += n * (gammaln(r + x) - lnGr + r * Math.log(alpha) + x * log1mP);
    dr += n * (digamma(r + x) - psiR + Math.log(alpha));
    dAlpha += n * (r / alpha);
    // d ln(1−p) / d logit p = −p
    dLogit -= n * x * p;
  }
  for (let i = 0; i < data.x.length; i++) {
    const x = data.x[i];
    const logAT = Math.log(alpha + data.T[i]);
    const first = -(r + x) * logAT;
    if (x === 0) {
      value += first;
      dr -= logAT;
      dAlpha -= r / (alpha + data.T[i]);
      continue;
    }
    const logAtx = Math.log(alpha + data.tx[i]);
    const second = logit - (r + x) * logAtx;
    const total = logSumExp(first, second);
    value += total;
    const w1 = Math.exp(first - total);
    const w2 = Math.exp(second - total);
    dr -= w1 * logAT + w2 * logAtx;
    dAlpha -= (r + x) * (w1 / (alpha + data.T[i]) + w2 / (alpha + data.tx[i]));
    dLogit += w2;
  }
  return { value, gradient: [r * dr, alpha * dAlpha, dLogit] };
}

/**
 * P(alive | x, t_x, T) (equation 13 of the paper, as lifetimes' conditional_probability_alive):
 * 1 / (1 + [x>0] a/(b+x−1) ((α+T)/(α+t_x))^(r+x)), in logs. A customer without a repeat purchase
 * is alive with probability 1: in BG/NBD dropping out can happen only just after a purchase.
 */
export function probabilityAlive(params: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const { r, alpha, a, b } = params;
  const logOdds = Math.log(a / (b + x - 1)) + (r + x) * Math.log((alpha + T) / (alpha + tx));
  return Math.exp(-log1pExp(logOdds));
}

/**
 * E[purchases in (T, T + t] | x, t_x, T] (equation 10 of the paper, as lifetimes'
 * conditional_expected_number_of_purchases_up_to_time):
 *   (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x; a+b+x−1; z)] / (1 + [x>0] a/(b+x−1) ((α+T)/(α+t_x))^(r+x)),
 *   z = t/(α+T+t).
 * Euler's transformation 2F1(A, B; C; z) = (1−z)^(C−A−B) 2F1(C−A, C−B; C; z) turns the bracket into
 * 1 − (1−z)^(a−1) · 2F1(a+b−1−r, a−1; a+b+x−1; z), whose series has small numerators however large
 * x is (the untransformed one overflows for a frequent buyer; lifetimes falls back to the same
 * identity then). With x = t_x = T = 0 it is the unconditional E[X(t)] (equation 9).
 */
export function expectedPurchases(params: BgNbdParams, t: number, x: number, tx: number, T: number): number {
  if (t <= 0) return 0;
  const { r, alpha, a, b } = params;
  let numerator = a > FIXED_DROPOUT && b > FIXED_DROPOUT ? NaN : seriesNumerator(params, t, x, T);
  if (!Number.isFinite(numerator)) numerator = fixedDropoutNumerator(params, t, x, T);
  if (x === 0) return numerator;
  const logOdds = Math.log(a / (b + x - 1)) + (r + x) * Math.log((alpha + T) / (alpha + tx));
  return numerator * Math.exp(-log1pExp(logOdds));
}

/**
 * Above this, a and b are the limit of a fit whose dropout the data cannot pin down (fit.ts
 * bgnbd_degenerate): the series of 2F1 then has about a·z growing terms (millions on the
 * demo shop's fit) and overflows, while the limit below is within about 1/a of the exact value.
 */
const FIXED_DROPOUT = 1e4;

/** The numerator of equation 10 by the transformed series: (a+b+x−1)/(a−1) · [1 − (1−z)^(a−1) · 2F1(…)]. */
function seriesNumerator({ r, alpha, a, b }: BgNbdParams, t: number, x: number, T: number): number {
  const oneMinusZ = (alpha + T) / (alpha + T + t);
  const hyp = hyp2f1(a + b - 1 - r, a - 1, a + b + x - 1, t / (alpha + T + t));
  // 1 − (1−z)^(a−1) · hyp, with expm1 for the small-t end where both are close to 1.
  const bracket = -Math.expm1((a - 1) * Math.log(oneMinusZ) + Math.log(hyp));
  return ((a + b + x - 1) / (a - 1)) * bracket;
}

/**
 * The same numerator when a, b → ∞ with p = a/(a+b): every customer drops out with the same
 * probability p after each purchase. Given λ, the purchases in a window of length t number
 * Σ_k (1−p)^(k−1) P(N ≥ k) = (1 − E[(1−p)^N]) / p, N ~ Poisson(λt), so (1 − e^(−λtp)) / p; over
 * λ ~ Gamma(r+x, α+T) that is (1 − ((α+T)/(α+T+pt))^(r+x)) / p, which is also the limit of
 * (a+b+x−1)/(a−1) · [...] (its factor tends to 1/p).
 */
function fixedDropoutNumerator({ r, alpha, a, b }: BgNbdParams, t: number, x: number, T: number): number {
  const p = a / (a + b);
  return -Math.expm1((r + x) * Math.log((alpha + T) / (alpha + T + p * t))) / p;
}
