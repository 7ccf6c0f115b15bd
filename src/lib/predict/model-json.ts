// MODEL.json: the fitted parameters and what they rest on, in the names lifetimes and the papers
// use, so a data person can load them elsewhere. The page's download and `npm run rfm --predict
// --out-model` write the same text.
import type { FitReason } from './fit';
import type { PredictResult } from './request';

export interface ModelJson {
  bgnbd: { r: number; alpha: number; a: number; b: number; log_likelihood: number; converged: boolean } | null;
  gamma_gamma: { p: number; q: number; gamma: number; log_likelihood: number; converged: boolean } | null;
  customers: number;
  repeat_customers: number;
  time_unit: PredictResult['request']['timeUnit'];
  calibration_end: string;
  first_day: string | null;
  history_days: number;
  horizon_days: number;
  discount_monthly: number;
  evidence: number;
  evidence_level: PredictResult['fit']['evidenceLevel'];
  spend_frequency_correlation: number | null;
  reasons: FitReason[];
  holdout: { length: number; customers: number; actual: number; predicted: number } | null;
}

export function modelJson(result: PredictResult): ModelJson {
  const { fit, request } = result;
  const bg = fit.bgnbd;
  const gg = fit.gammaGamma;
  return {
    bgnbd: bg && { ...bg.params, log_likelihood: bg.logLikelihood, converged: bg.converged },
    gamma_gamma: gg && { ...gg.params, log_likelihood: gg.logLikelihood, converged: gg.converged },
    customers: fit.customers,
    repeat_customers: fit.repeatCustomers,
    time_unit: request.timeUnit,
    calibration_end: request.calibrationEnd,
    first_day: result.firstDay,
    history_days: result.historyDays,
    horizon_days: request.horizonDays,
    discount_monthly: request.discountMonthly,
    evidence: fit.evidence,
    evidence_level: fit.evidenceLevel,
    spend_frequency_correlation: fit.spendFrequencyCorrelation,
    reasons: fit.reasons,
    holdout: result.holdout && { length: result.holdout.length, ...result.holdout.total },
  };
}

/** The file's text: two-space indented, one final newline. */
export function modelJsonText(result: PredictResult): string {
  return `${JSON.stringify(modelJson(result), null, 2)}\n`;
}
