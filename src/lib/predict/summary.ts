// The repeat-purchase summary the prediction models are fitted on (worker/sql/predict/), as
// columns: one array per figure, customer i at index i of each. Columns rather than one object per
// customer because a shop of 100,000 customers is then five Float64Arrays that cross the worker
// boundary as one copy each (structured clone) instead of 100,000 objects, and the likelihoods
// loop over exactly these arrays.

export type TimeUnit = 'days' | 'weeks';

/** Days in one time unit: the summary's t_x and T and every horizon are in units. */
export const UNIT_DAYS: Record<TimeUnit, number> = { days: 1, weeks: 7 };

export interface PredictSummary {
  /** The last day of the calibration period (YYYY-MM-DD, included). */
  calibrationEnd: string;
  timeUnit: TimeUnit;
  /** The first purchase day of the dataset; null when it has no purchases. */
  firstDay: string | null;
  /** The last purchase day up to the calibration end. */
  calibrationLastDay: string | null;
  /** The last purchase day of all: the holdout runs from the calibration end to it. */
  lastDay: string | null;
  /** The history the fit learns from, calibration end minus the first purchase day, in days. */
  historyDays: number;
  /** The holdout's length in units (0 when there is no purchase after the calibration end). */
  holdoutLength: number;
  /** Customer ids as text, exactly as in the file. */
  customerIds: string[];
  /** Repeat purchase days in the calibration (several orders on one day count once; the first purchase is not a repeat). */
  x: Float64Array;
  /** Time from the first to the last purchase day of the calibration, in units (0 when x = 0). */
  tx: Float64Array;
  /** Time from the first purchase day to the calibration end, in units. */
  T: Float64Array;
  /** Mean value of the repeat purchase days, in the file's currency (0 when x = 0). */
  monetary: Float64Array;
  /** Purchase days after the calibration end: the holdout's actual repeat purchases. */
  holdoutX: Float64Array;
}
