// The repeat-purchase summary BG/NBD and Gamma-Gamma are fitted on, built by DuckDB from the
// prepared orders (sql/predict/). The models themselves are pure arithmetic on its columns
// (lib/predict/), so the page and the command line fit on the same numbers.

import type { ScoringSettings } from '../../lib/engine/api';
import { EngineError } from '../../lib/engine/errors';
import type { SegmentationInput } from '../../lib/archetypes/segment';
import type { PredictProgress, PredictRequest, PredictResult } from '../../lib/predict/request';
import { runPrediction } from '../../lib/predict/run';
import { UNIT_DAYS, type PredictSummary, type TimeUnit } from '../../lib/predict/summary';
import type { Db } from '../db';
import { statement } from '../sql-statement';
import { score } from './score';
import { segmentIdOf, segmentIds } from './segment';
import type { EngineState } from './state';

type SummaryRow = { customer_id: string; x: number; t_x: number; t_cal: number; monetary: number; holdout_x: number };
type PeriodRow = { first_day: string | null; calibration_last_day: string | null; last_day: string | null };

const SQL = {
  summary: statement<[calibrationEnd: string, unitDays: number], SummaryRow>('predict/predict-summary'),
  period: statement<[calibrationEnd: string], PeriodRow>('predict/predict-period'),
  customerSegments: statement<[calibrationEnd: string], { customer_id: string; seg: number | null }>('predict/predict-customer-segments'),
  segmentRevenue: statement<[calibrationEnd: string], { seg: number | null; customers: number; revenue: number }>('predict/predict-segment-revenue'),
};

/** Later than any order: the period statement's last_day is then the last order date of all. */
const END_OF_TIME = '9999-12-31';

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** Each customer's x, t_x, T, mean repeat value and holdout purchases, calibrated up to `calibrationEnd` (included). */
export function predictSummary(db: Db, state: EngineState, calibrationEnd: string, timeUnit: TimeUnit): PredictSummary {
  if (!state.prepared) throw new EngineError('no_dataset');
  const unit = UNIT_DAYS[timeUnit];
  const period = db.rows(SQL.period, [calibrationEnd])[0];
  const rows = db.rows(SQL.summary, [calibrationEnd, unit]);
  const n = rows.length;
  const summary: PredictSummary = {
    calibrationEnd,
    timeUnit,
    firstDay: period.first_day,
    calibrationLastDay: period.calibration_last_day,
    lastDay: period.last_day,
    historyDays: period.first_day ? Math.max(0, daysBetween(period.first_day, calibrationEnd)) : 0,
    holdoutLength: period.last_day ? Math.max(0, daysBetween(calibrationEnd, period.last_day)) / unit : 0,
    customerIds: new Array<string>(n),
    x: new Float64Array(n),
    tx: new Float64Array(n),
    T: new Float64Array(n),
    monetary: new Float64Array(n),
    holdoutX: new Float64Array(n),
  };
  rows.forEach((row, i) => {
    summary.customerIds[i] = row.customer_id;
    summary.x[i] = row.x;
    summary.tx[i] = row.t_x;
    summary.T[i] = row.t_cal;
    summary.monetary[i] = row.monetary;
    summary.holdoutX[i] = row.holdout_x;
  });
  return summary;
}

/**
 * Fits BG/NBD and Gamma-Gamma on the orders up to the calibration end (default: the last order
 * date), predicts every customer and sums the predictions per segment of the scores in use.
 */
export function predict(
  db: Db,
  state: EngineState,
  settings: ScoringSettings,
  segmentation: SegmentationInput,
  request: PredictRequest,
  onProgress?: (progress: PredictProgress) => void,
): PredictResult {
  score(db, state, settings, segmentation);
  const ids = segmentIds(state);
  onProgress?.({ phase: 'summary' });
  const calibrationEnd = request.calibrationEnd ?? db.rows(SQL.period, [END_OF_TIME])[0].last_day ?? settings.asOf;
  const summary = predictSummary(db, state, calibrationEnd, request.timeUnit);
  const segmentOf = (seg: number | null) => (seg === null ? '' : segmentIdOf(ids, seg));
  // Matched by id, not by row order: the two statements need not sort ids the same way.
  const byId = new Map<string, string>();
  for (const row of db.rows(SQL.customerSegments, [calibrationEnd])) byId.set(row.customer_id, segmentOf(row.seg));
  const segments = summary.customerIds.map((id) => byId.get(id) ?? '');
  const segmentRevenue = db.rows(SQL.segmentRevenue, [calibrationEnd]).map((row) => ({ segment: segmentOf(row.seg), customers: row.customers, revenue: row.revenue }));
  return runPrediction({ request, summary, segments, segmentRevenue }, onProgress);
}
