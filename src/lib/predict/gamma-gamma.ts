// The Gamma-Gamma model of spend per purchase (Fader, Hardie & Lee 2005, "RFM and CLV: Using
// Iso-Value Curves for Customer Base Analysis"; Fader & Hardie's note 025 "The Gamma-Gamma Model
// of Monetary Value"): a purchase's value ~ Gamma(p, ν), ν ~ Gamma(q, γ) across customers. Fitted on
// the repeat customers' mean repeat value m over x repeats; lifetimes calls γ `v`.
import { digamma, gammaln } from './special';

export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

/** Repeat customers only: x > 0 and a mean repeat value m > 0. */
export interface Spends {
  x: ArrayLike<number>;
  m: ArrayLike<number>;
}

/**
 * Σ ln L_i, ln L_i = lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln γ + (px−1) ln m + px ln x − (px+q) ln(xm+γ)
 * (the density of the mean of x purchases, note 025 equation 4), and its gradient with respect to
 * ln p, ln q, ln γ. The digamma terms of px depend on x alone and are computed once per distinct x.
 */
export function gammaGammaLogLikelihood(params: GammaGammaParams, data: Spends): { value: number; gradient: [number, number, number] } {
  const { p, q, gamma } = params;
  const perX = new Map<number, { lnG: number; psiPxq: number; psiPx: number }>();
  const lnGq = gammaln(q);
  const psiQ = digamma(q);
  const lnGamma = Math.log(gamma);
  let value = 0;
  let dp = 0;
  let dq = 0;
  let dGamma = 0;
  for (let i = 0; i < data.x.length; i++) {
    const x = data.x[i];
    const m = data.m[i];
    let terms = perX.get(x);
    if (!terms) {
      terms = { lnG: gammaln(p * x + q) - gammaln(p * x), psiPxq: digamma(p * x + q), psiPx: digamma(p * x) };
      perX.set(x, terms);
    }
    const logM = Math.log(m);
    const logXmG = Math.log(x * m + gamma);
    value += terms.lnG - lnGq + q * lnGamma + (p * x - 1) * logM + p * x * Math.log(x) - (p * x + q) * logXmG;
    dp += x * (terms.psiPxq - terms.psiPx + logM + Math.log(x) - logXmG);
    dq += terms.psiPxq - psiQ + lnGamma - logXmG;
    dGamma += q / gamma - (p * x + q) / (x * m + gamma);
  }
  return { value, gradient: [p * dp, q * dq, gamma * dGamma] };
}

/**
 * E[spend per purchase | x, m] = p(γ + x m) / (px + q − 1) (note 025 equation 5, lifetimes'
 * conditional_expected_average_profit): a weighted mean of the population's p γ / (q − 1) and the
 * customer's own m, the weight of m growing with x. For x = 0 the population mean. Needs q > 1.
 */
export function expectedSpend(params: GammaGammaParams, x: number, m: number): number {
  const { p, q, gamma } = params;
  return (p * (gamma + x * m)) / (p * x + q - 1);
}
