// Per-customer predictions from fitted models: probability alive, expected purchases and spend,
// discounted value over a horizon, when the next purchase is expected, and a plain-language band.
import { expectedPurchases, probabilityAlive, type BgNbdParams } from './bgnbd';
import { expectedSpend, type GammaGammaParams } from './gamma-gamma';

/** lifetimes' customer_lifetime_value discounts in steps of one month of 30 days. */
export const DAYS_PER_MONTH = 30;

/**
 * Bands from P(alive): at 0.7 and above the odds are better than two to one that the customer is
 * still buying; under 0.3 they are better than two to one that they have gone; between, the model
 * cannot tell (close to a coin toss), which is what "cooling" says. A customer who bought once has
 * P(alive) = 1 by the model's construction, not by evidence, so they get a band of their own.
 */
export const ALIVE_LIKELY = 0.7;
export const ALIVE_GONE = 0.3;
export type Band = 'likely' | 'cooling' | 'gone' | 'one_purchase';

export function band(pAlive: number, x: number): Band {
  if (x === 0) return 'one_purchase';
  return pAlive >= ALIVE_LIKELY ? 'likely' : pAlive >= ALIVE_GONE ? 'cooling' : 'gone';
}

/**
 * The value of the purchases expected in the next `horizonDays`, discounted monthly as lifetimes'
 * customer_lifetime_value does (with freq "D"): Σ_k spend · (E[X(t_k)] − E[X(t_{k−1})]) / (1 + d)^(t_k / 30),
 * t_k = 30k days, the last step ending at the horizon. For whole months it is lifetimes' figure;
 * `unitDays` converts days into the summary's unit (1 or 7).
 */
export function predictedValue(bgnbd: BgNbdParams, spend: number, x: number, tx: number, T: number, horizonDays: number, discountMonthly: number, unitDays: number): number {
  let value = 0;
  let before = 0;
  for (let end = DAYS_PER_MONTH; ; end += DAYS_PER_MONTH) {
    const t = Math.min(end, horizonDays);
    const expected = expectedPurchases(bgnbd, t / unitDays, x, tx, T);
    value += (spend * (expected - before)) / Math.pow(1 + discountMonthly, t / DAYS_PER_MONTH);
    before = expected;
    if (t >= horizonDays) return value;
  }
}

/**
 * Days from the calibration end until the next purchase is expected: the time at which the
 * expected number of purchases reaches 1, found by bisection to within a day; null when fewer
 * than one purchase is expected within the horizon (E[X(t)] grows with t, so there is one root).
 */
export function daysToNextPurchase(bgnbd: BgNbdParams, x: number, tx: number, T: number, horizonDays: number, unitDays: number): number | null {
  const at = (days: number) => expectedPurchases(bgnbd, days / unitDays, x, tx, T);
  if (at(horizonDays) < 1) return null;
  let low = 0;
  let high = horizonDays;
  while (high - low > 0.5) {
    const mid = (low + high) / 2;
    if (at(mid) >= 1) high = mid;
    else low = mid;
  }
  return Math.ceil(high);
}

export interface CustomerPrediction {
  pAlive: number;
  expectedPurchases: number;
  expectedSpend: number;
  predictedValue: number;
  daysToNextPurchase: number | null;
  band: Band;
}

export interface PredictOptions {
  horizonDays: number;
  discountMonthly: number;
  unitDays: number;
}

/** Every prediction of one customer. */
export function predictCustomer(bgnbd: BgNbdParams, gammaGamma: GammaGammaParams, x: number, tx: number, T: number, m: number, options: PredictOptions): CustomerPrediction {
  const pAlive = probabilityAlive(bgnbd, x, tx, T);
  const spend = expectedSpend(gammaGamma, x, m);
  return {
    pAlive,
    expectedPurchases: expectedPurchases(bgnbd, options.horizonDays / options.unitDays, x, tx, T),
    expectedSpend: spend,
    predictedValue: predictedValue(bgnbd, spend, x, tx, T, options.horizonDays, options.discountMonthly, options.unitDays),
    daysToNextPurchase: daysToNextPurchase(bgnbd, x, tx, T, options.horizonDays, options.unitDays),
    band: band(pAlive, x),
  };
}

/** The bands as numbers, for a column: BANDS[code]. */
export const BANDS: readonly Band[] = ['likely', 'cooling', 'gone', 'one_purchase'];

/** Every customer's predictions as columns (index i is customer i of the summary), ready to cross the worker boundary. */
export interface PredictionColumns {
  pAlive: Float64Array;
  expectedPurchases: Float64Array;
  expectedSpend: Float64Array;
  predictedValue: Float64Array;
  /** NaN when fewer than one purchase is expected within the horizon. */
  daysToNextPurchase: Float64Array;
  /** Index into BANDS. */
  band: Uint8Array;
}

export function predictAll(
  bgnbd: BgNbdParams,
  gammaGamma: GammaGammaParams,
  summary: { x: ArrayLike<number>; tx: ArrayLike<number>; T: ArrayLike<number>; monetary: ArrayLike<number> },
  options: PredictOptions,
): PredictionColumns {
  const n = summary.x.length;
  const columns: PredictionColumns = {
    pAlive: new Float64Array(n),
    expectedPurchases: new Float64Array(n),
    expectedSpend: new Float64Array(n),
    predictedValue: new Float64Array(n),
    daysToNextPurchase: new Float64Array(n),
    band: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const p = predictCustomer(bgnbd, gammaGamma, summary.x[i], summary.tx[i], summary.T[i], summary.monetary[i], options);
    columns.pAlive[i] = p.pAlive;
    columns.expectedPurchases[i] = p.expectedPurchases;
    columns.expectedSpend[i] = p.expectedSpend;
    columns.predictedValue[i] = p.predictedValue;
    columns.daysToNextPurchase[i] = p.daysToNextPurchase ?? NaN;
    columns.band[i] = BANDS.indexOf(p.band);
  }
  return columns;
}
