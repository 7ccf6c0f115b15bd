import { normalQuantile } from './normal';

export interface DetectableOptions {
  /** Two-sided error rate of a false alarm; 0.05 unless told. */
  alpha?: number;
  /** Chance to see an uplift that is there; 0.8 unless told. */
  power?: number;
}

/** Why no useful test is possible; null when the test is worth running. */
export type TooSmallReason = 'control-under-10' | 'contacted-under-10' | 'uplift-over-50-points' | 'nothing-detectable';

export interface Detectable {
  contacted: number;
  control: number;
  baseline: number;
  /** Smallest detectable difference of response rates as a proportion (0.023 = 2.3 percentage points); null when none is. */
  uplift: number | null;
  tooSmall: TooSmallReason | null;
}

const MIN_GROUP = 10;
const USEFUL_UPLIFT = 0.5;

/**
 * The smallest uplift δ that contacted (n_t) against control (n_c) customers detect at baseline
 * response rate p_c, from the usual sample-size equation for two proportions with unequal groups:
 *   z(1-α/2)·√(p̄(1-p̄)(1/n_t+1/n_c)) + z(1-β)·√(p_t(1-p_t)/n_t + p_c(1-p_c)/n_c) = δ,
 *   p_t = p_c + δ,  p̄ = (n_t p_t + n_c p_c)/(n_t + n_c).
 * The right side changes slowly with δ, so bisection on δ − right side over (0, 1 − p_c] finds
 * the root to 1e-12 in about 40 steps without any derivative.
 */
export function detectableUplift(contacted: number, control: number, baseline: number, options: DetectableOptions = {}): Detectable {
  const result = (uplift: number | null, tooSmall: TooSmallReason | null): Detectable => ({ contacted, control, baseline, uplift, tooSmall });
  if (control < MIN_GROUP) return result(null, 'control-under-10');
  if (contacted < MIN_GROUP) return result(null, 'contacted-under-10');
  const zAlpha = normalQuantile(1 - (options.alpha ?? 0.05) / 2);
  const zBeta = normalQuantile(options.power ?? 0.8);
  const pc = baseline;
  const gap = (delta: number): number => {
    const pt = pc + delta;
    const pooled = (contacted * pt + control * pc) / (contacted + control);
    const underNull = zAlpha * Math.sqrt(pooled * (1 - pooled) * (1 / contacted + 1 / control));
    const underAlternative = zBeta * Math.sqrt((pt * (1 - pt)) / contacted + (pc * (1 - pc)) / control);
    return delta - underNull - underAlternative;
  };
  let high = 1 - pc;
  if (!(high > 0) || gap(high) < 0) return result(null, 'nothing-detectable');
  let low = 0;
  while (high - low > 1e-12) {
    const mid = (low + high) / 2;
    if (gap(mid) < 0) low = mid;
    else high = mid;
  }
  return result(high, high > USEFUL_UPLIFT ? 'uplift-over-50-points' : null);
}

/** The same for a segment of N customers of which the share s is held out (n_c = round(sN), the rest contacted). */
export function detectableForShare(customers: number, share: number, baseline: number, options: DetectableOptions = {}): Detectable {
  const control = Math.round(Math.round(share * customers * 1e9) / 1e9);
  return detectableUplift(customers - control, control, baseline, options);
}
