// Fits BG/NBD on every customer and Gamma-Gamma on the repeat customers of a summary by maximum
// likelihood, and says how far the result can be trusted: reasons as codes the page and the
// command line translate, and an evidence score.
import { bgnbdLogLikelihood, countByX, fixedDropoutLogLikelihood, type BgNbdParams, type Repeats } from './bgnbd';
import { gammaGammaLogLikelihood, type GammaGammaParams, type Spends } from './gamma-gamma';
import { minimise, type Minimum } from './optimise';

/**
 * Below this many repeat customers the dropout (a, b) and spend (p, q, γ) parameters rest on too
 * few people to be stable ("a few hundred"; Klaviyo asks for 500 buyers before it predicts).
 */
export const MIN_REPEAT_CUSTOMERS = 300;
/** Less history than about six months cannot show a purchase cycle and a dropout apart (Klaviyo: 180 days). */
export const MIN_HISTORY_DAYS = 182;
/** Where the evidence score is full: a thousand repeat customers over a year of history. */
const FULL_REPEAT_CUSTOMERS = 1000;
const FULL_HISTORY_DAYS = 365;
/**
 * Gamma-Gamma assumes a customer's spend per purchase does not depend on how often they buy;
 * lifetimes' documentation checks the correlation of the two on the repeat customers (CDNOW:
 * 0.11). From 0.3, a moderate correlation by Cohen's convention, the expected spend is suspect.
 */
export const MAX_SPEND_FREQUENCY_CORRELATION = 0.3;

/**
 * Why a fit cannot be made (`blocking`) or should be read with care. Codes for the catalog
 * (`predict.reason.<code>`); `details` carries the figures a sentence needs.
 */
export type FitReasonCode =
  | 'no_customers'
  | 'no_repeat_purchases'
  | 'few_repeat_customers'
  | 'short_history'
  | 'bgnbd_not_converged'
  | 'bgnbd_degenerate'
  | 'gamma_gamma_no_data'
  | 'gamma_gamma_not_converged'
  | 'gamma_gamma_mean_undefined'
  | 'spend_tracks_frequency';

export interface FitReason {
  code: FitReasonCode;
  blocking: boolean;
  details?: Record<string, number>;
}

export type EvidenceLevel = 'none' | 'thin' | 'fair' | 'good';

export interface FitResult<P> {
  params: P;
  logLikelihood: number;
  iterations: number;
  converged: boolean;
}

export interface ModelFit {
  customers: number;
  repeatCustomers: number;
  historyDays: number;
  /** Pearson correlation of x and mean repeat value over the customers Gamma-Gamma is fitted on; null with fewer than 3 or no spread. */
  spendFrequencyCorrelation: number | null;
  bgnbd: FitResult<BgNbdParams> | null;
  gammaGamma: FitResult<GammaGammaParams> | null;
  reasons: FitReason[];
  /** 0..1: √(min(1, repeat customers / 1000) · min(1, history days / 365)); 0 when a reason blocks. */
  evidence: number;
  /** none: no usable fit; thin: under 0.4 or a non-blocking reason; fair: under 0.75; good otherwise. */
  evidenceLevel: EvidenceLevel;
}

/** A log-parameter beyond ±LOG_LIMIT (a parameter under 1e-7 or over 1e7) means the maximum is at the edge: the data cannot pin it down. */
const LOG_LIMIT = 16;

function toResult<P>(minimum: Minimum, params: P, customers: number): FitResult<P> {
  // The objective was the negative mean log-likelihood.
  return { params, logLikelihood: -minimum.value * customers, iterations: minimum.iterations, converged: minimum.converged };
}

/** Told after each optimiser step: which model, the step, and the negative mean log-likelihood so far. */
export type FitProgress = (model: 'bgnbd' | 'gamma_gamma', iteration: number, value: number) => void;

/**
 * Where a and b both pass this, the dropout probability hardly varies between customers (its
 * standard deviation is √(p(1−p)/(a+b+1)), a tenth of p or less), and a fit still heading that way
 * is after the fixed-dropout limit: it is fitted directly, where the four-parameter optimiser would
 * only creep towards a supremum at infinity, its gains soon below the sum's rounding.
 */
const LIMIT_CHECK = 100;

export function fitBgNbd(data: Repeats, onProgress?: FitProgress): { fit: FitResult<BgNbdParams>; degenerate: boolean } {
  const n = data.x.length;
  const counts = countByX(data.x);
  const params = ([lr, la, lA, lb]: readonly number[]): BgNbdParams => ({ r: Math.exp(lr), alpha: Math.exp(la), a: Math.exp(lA), b: Math.exp(lb) });
  // Start with r = 1 and α at the mean purchase rate's scale (E[λ] = r/α ≈ mean x / mean T): α is in
  // the time unit (about 7 times larger in days than in weeks), so a fixed start is far off in one of
  // them, while this one moves with the unit and the optimiser takes the same path in both.
  let meanX = 0;
  let meanT = 0;
  for (let i = 0; i < n; i++) {
    meanX += data.x[i] / n;
    meanT += data.T[i] / n;
  }
  const alpha0 = meanX > 0 && meanT > 0 ? meanT / meanX : 1;
  const minimum = minimise((theta) => {
    if (theta.some((t) => Math.abs(t) > 2 * LOG_LIMIT)) return { value: NaN, gradient: [0, 0, 0, 0] };
    const { value, gradient } = bgnbdLogLikelihood(params(theta), data, counts);
    return { value: -value / n, gradient: gradient.map((g) => -g / n) };
  }, [0, Math.log(alpha0), 0, 0], { onIteration: (i, v) => onProgress?.('bgnbd', i, v) });
  const found = params(minimum.x);
  if (Math.min(found.a, found.b) > LIMIT_CHECK) {
    const limit = fitFixedDropout(data, counts, minimum, (i, v) => onProgress?.('bgnbd', minimum.iterations + i, v));
    // The limit is taken when it is at least as likely: a maximum with large but finite a and b stays.
    if (limit.value <= minimum.value) {
      const [lr, la, logit] = limit.x;
      const p = 1 / (1 + Math.exp(-logit));
      // a and b at the edge with the limit's p (the smaller of the two at e^LOG_LIMIT): the likelihood and
      // the predictions there are within about 1e-7 of the limit's (bgnbd.ts takes the fixed-dropout
      // formula for expected purchases above 1e4).
      const scale = Math.exp(LOG_LIMIT) / Math.min(p, 1 - p);
      const fitted: BgNbdParams = { r: Math.exp(lr), alpha: Math.exp(la), a: p * scale, b: (1 - p) * scale };
      return {
        fit: { params: fitted, logLikelihood: -limit.value * n, iterations: minimum.iterations + limit.iterations, converged: limit.converged },
        degenerate: true,
      };
    }
  }
  const degenerate = minimum.x.some((t) => Math.abs(t) > LOG_LIMIT);
  return { fit: toResult(minimum, found, n), degenerate };
}

/** The fixed-dropout limit (bgnbd.ts fixedDropoutLogLikelihood) from where the four-parameter fit stopped, in ln r, ln α, logit p. */
function fitFixedDropout(data: Repeats, counts: Map<number, number>, from: Minimum, onIteration: (iteration: number, value: number) => void): Minimum {
  const n = data.x.length;
  const [lr, la, lA, lb] = from.x;
  // logit p = ln a − ln b
  return minimise((theta) => {
    if (theta.some((t) => Math.abs(t) > 2 * LOG_LIMIT)) return { value: NaN, gradient: [0, 0, 0] };
    const [tr, ta, logit] = theta;
    const { value, gradient } = fixedDropoutLogLikelihood({ r: Math.exp(tr), alpha: Math.exp(ta), p: 1 / (1 + Math.exp(-logit)) }, data, counts);
    return { value: -value / n, gradient: gradient.map((g) => -g / n) };
  }, [lr, la, lA - lb], { onIteration });
}

export function fitGammaGamma(data: Spends, onProgress?: FitProgress): FitResult<GammaGammaParams> {
  const n = data.x.length;
  const params = ([lp, lq, lg]: readonly number[]): GammaGammaParams => ({ p: Math.exp(lp), q: Math.exp(lq), gamma: Math.exp(lg) });
  // Start with γ near the mean spend's scale: the likelihood is flat far from it.
  let mean = 0;
  for (let i = 0; i < n; i++) mean += data.m[i] / n;
  const minimum = minimise((theta) => {
    if (theta.some((t) => Math.abs(t) > 2 * LOG_LIMIT)) return { value: NaN, gradient: [0, 0, 0] };
    const { value, gradient } = gammaGammaLogLikelihood(params(theta), data);
    return { value: -value / n, gradient: gradient.map((g) => -g / n) };
  }, [0, 0, Math.log(Math.max(mean, 1e-6))], { onIteration: (i, v) => onProgress?.('gamma_gamma', i, v) });
  return toResult(minimum, params(minimum.x), n);
}

function correlation(u: ArrayLike<number>, v: ArrayLike<number>): number | null {
  const n = u.length;
  if (n < 3) return null;
  let mu = 0;
  let mv = 0;
  for (let i = 0; i < n; i++) {
    mu += u[i] / n;
    mv += v[i] / n;
  }
  let suv = 0;
  let suu = 0;
  let svv = 0;
  for (let i = 0; i < n; i++) {
    suv += (u[i] - mu) * (v[i] - mv);
    suu += (u[i] - mu) ** 2;
    svv += (v[i] - mv) ** 2;
  }
  return suu > 0 && svv > 0 ? suv / Math.sqrt(suu * svv) : null;
}

/** The repeat customers with a positive mean repeat value: what Gamma-Gamma is fitted on (a log of 0 has no likelihood). */
export function spendsOf(summary: { x: ArrayLike<number>; monetary: ArrayLike<number> }): Spends {
  const keep: number[] = [];
  for (let i = 0; i < summary.x.length; i++) if (summary.x[i] > 0 && summary.monetary[i] > 0) keep.push(i);
  return { x: Float64Array.from(keep, (i) => summary.x[i]), m: Float64Array.from(keep, (i) => summary.monetary[i]) };
}

export function fitModels(summary: Repeats & { monetary: ArrayLike<number>; historyDays: number }, onProgress?: FitProgress): ModelFit {
  const customers = summary.x.length;
  let repeatCustomers = 0;
  for (let i = 0; i < customers; i++) if (summary.x[i] > 0) repeatCustomers++;
  const reasons: FitReason[] = [];
  const spends = spendsOf(summary);
  const spendFrequencyCorrelation = correlation(spends.x, spends.m);
  const base = { customers, repeatCustomers, historyDays: summary.historyDays, spendFrequencyCorrelation };
  if (customers === 0) reasons.push({ code: 'no_customers', blocking: true });
  else if (repeatCustomers === 0) reasons.push({ code: 'no_repeat_purchases', blocking: true, details: { customers } });
  if (reasons.length > 0) return { ...base, bgnbd: null, gammaGamma: null, reasons, evidence: 0, evidenceLevel: 'none' };

  if (repeatCustomers < MIN_REPEAT_CUSTOMERS) reasons.push({ code: 'few_repeat_customers', blocking: false, details: { repeatCustomers, needed: MIN_REPEAT_CUSTOMERS } });
  if (summary.historyDays < MIN_HISTORY_DAYS) reasons.push({ code: 'short_history', blocking: false, details: { days: summary.historyDays, needed: MIN_HISTORY_DAYS } });

  const { fit: bgnbd, degenerate } = fitBgNbd(summary, onProgress);
  // A parameter at the edge is the limit of a model, not a wrong one (a, b -> infinity: everyone has
  // the same dropout probability), so it is a warning; only a fit that did not settle blocks.
  if (degenerate) reasons.push({ code: 'bgnbd_degenerate', blocking: false });
  if (!bgnbd.converged) reasons.push({ code: 'bgnbd_not_converged', blocking: true, details: { iterations: bgnbd.iterations } });

  let gammaGamma: FitResult<GammaGammaParams> | null = null;
  // Three parameters need more than a couple of customers.
  if (spends.x.length < 3) reasons.push({ code: 'gamma_gamma_no_data', blocking: true, details: { customers: spends.x.length } });
  else {
    gammaGamma = fitGammaGamma(spends, onProgress);
    if (!gammaGamma.converged) reasons.push({ code: 'gamma_gamma_not_converged', blocking: true, details: { iterations: gammaGamma.iterations } });
    else if (gammaGamma.params.q <= 1) reasons.push({ code: 'gamma_gamma_mean_undefined', blocking: true, details: { q: gammaGamma.params.q } });
  }
  if (spendFrequencyCorrelation !== null && Math.abs(spendFrequencyCorrelation) >= MAX_SPEND_FREQUENCY_CORRELATION) {
    reasons.push({ code: 'spend_tracks_frequency', blocking: false, details: { correlation: spendFrequencyCorrelation } });
  }

  if (reasons.some((r) => r.blocking)) return { ...base, bgnbd, gammaGamma, reasons, evidence: 0, evidenceLevel: 'none' };
  const evidence = Math.sqrt(Math.min(1, repeatCustomers / FULL_REPEAT_CUSTOMERS) * Math.min(1, summary.historyDays / FULL_HISTORY_DAYS));
  const evidenceLevel: EvidenceLevel = evidence < 0.4 || reasons.length > 0 ? 'thin' : evidence < 0.75 ? 'fair' : 'good';
  return { ...base, bgnbd, gammaGamma, reasons, evidence, evidenceLevel };
}
