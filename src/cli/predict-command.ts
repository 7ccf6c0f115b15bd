// `npm run rfm -- FILE --predict [--calibration-end D] [--time-unit days|weeks] [--horizon-days N]
// [--discount-monthly R] [--out-model MODEL.json] [--out-predictions PRED.csv]`: the page's
// Prediction tab in a terminal. The engine's predict (worker/engine/predict.ts) does the fit, the
// predictions, the holdout and the per-segment sums; this file only words them, and writes the
// files with the writers the page's downloads use (lib/predict/), so both give the same bytes.

import type { ScoringSettings } from '../lib/engine/api';
import type { SegmentationInput } from '../lib/archetypes/segment';
import type { Translate } from '../lib/i18n/translate';
import { keyOf } from '../lib/i18n/keys';
import { HOLDOUT_TOP_GROUP } from '../lib/predict/holdout';
import { modelJsonText } from '../lib/predict/model-json';
import { BANDS } from '../lib/predict/predictions';
import { predictionsCsv } from '../lib/predict/predictions-csv';
import type { PredictResult } from '../lib/predict/request';
import { usableFit } from '../lib/predict/run';
import type { AnalysisEngine } from '../worker/engine/analysis-engine';
import type { CliPredict } from './args';
import { table } from './summary-text';

const fixed = (digits: number) => new Intl.NumberFormat('en', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
const n0 = fixed(0);
const n1 = fixed(1);
const n2 = fixed(2);
const n4 = fixed(4);
const ONE_PURCHASE = BANDS.indexOf('one_purchase');
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

/** A --calibration-end the orders cannot use; its message is the whole line printed. */
export class PredictInputError extends Error {}

export interface PredictRun {
  lines: string[];
  /** The reason lines of a fit that cannot predict: printed on stderr, and the run fails. */
  failure: string[] | null;
  model: Uint8Array;
  predictions: Uint8Array | null;
  result: PredictResult;
  seconds: number;
}

/** The fit's reasons as sentences, blocking ones first. */
function reasonLines(result: PredictResult, t: Translate): string[] {
  return [...result.fit.reasons]
    .sort((a, b) => Number(b.blocking) - Number(a.blocking))
    .map((r) => t(r.blocking ? 'cli.predict.blocking' : 'cli.predict.warning', { text: t(keyOf('predict.reason', r.code), r.details ?? {}) }));
}

function fitLines(result: PredictResult, t: Translate, seconds: number): string[] {
  const { fit, request } = result;
  const unit = t(keyOf('cli.predict.unit', request.timeUnit));
  const lines = [t('cli.predict.title', { customers: fit.customers, repeat: fit.repeatCustomers, calibrationEnd: request.calibrationEnd, firstDay: result.firstDay ?? '—', unit })];
  if (fit.bgnbd) {
    const { r, alpha, a, b } = fit.bgnbd.params;
    lines.push(t('cli.predict.bgnbd', { r: n4.format(r), alpha: n4.format(alpha), a: n4.format(a), b: n4.format(b), ll: n2.format(fit.bgnbd.logLikelihood) }));
  }
  if (fit.gammaGamma) {
    const { p, q, gamma } = fit.gammaGamma.params;
    lines.push(t('cli.predict.gammaGamma', { p: n4.format(p), q: n4.format(q), gamma: n4.format(gamma), ll: n2.format(fit.gammaGamma.logLikelihood) }));
  }
  lines.push(t('cli.predict.evidence', { level: t(keyOf('predict.evidence', fit.evidenceLevel)), score: n2.format(fit.evidence), days: fit.historyDays }));
  lines.push(t('cli.predict.time', { seconds: n1.format(seconds) }));
  return lines;
}

function segmentLines(result: PredictResult, segmentNames: Record<string, string>, t: Translate): string[] {
  const { request } = result;
  const header = [
    t('cli.predict.col.segment'),
    t('cli.predict.col.customers'),
    t('cli.predict.col.pAlive'),
    t('cli.predict.col.purchases'),
    t('cli.predict.col.value'),
    t('cli.predict.col.history'),
    ...BANDS.map((band) => t(keyOf('cli.predict.col', band))),
  ];
  const name = (id: string) => (id === '' ? t('cli.predict.unscored') : (segmentNames[id] ?? id));
  // The summary's order of segments (the preset's), customers the scores do not hold last.
  const order = [...Object.keys(segmentNames), ''];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const segments = [...result.perSegment].sort((a, b) => rank(a.segment) - rank(b.segment));
  const rows = segments.map((s) => [
    name(s.segment),
    String(s.customers),
    s.meanPAlive === null ? '—' : percent.format(s.meanPAlive),
    n1.format(s.expectedPurchases),
    n2.format(s.predictedValue),
    n2.format(s.historicRevenue),
    ...s.bands.map(String),
  ]);
  const sum = (pick: (s: PredictResult['perSegment'][number]) => number) => result.perSegment.reduce((t, s) => t + pick(s), 0);
  const customers = sum((s) => s.customers);
  // The mean over all repeat customers: each segment's mean weighted by its repeat customers.
  const repeaters = sum((s) => s.customers - s.bands[ONE_PURCHASE]);
  const alive = sum((s) => (s.meanPAlive ?? 0) * (s.customers - s.bands[ONE_PURCHASE]));
  rows.push([
    t('cli.predict.total'),
    String(customers),
    repeaters > 0 ? percent.format(alive / repeaters) : '—',
    n1.format(sum((s) => s.expectedPurchases)),
    n2.format(sum((s) => s.predictedValue)),
    n2.format(sum((s) => s.historicRevenue)),
    ...BANDS.map((_, i) => String(sum((s) => s.bands[i]))),
  ]);
  return [
    t('cli.predict.perSegment', { days: request.horizonDays, rate: percent.format(request.discountMonthly) }),
    ...table(header, rows, 'lrrrrrrrrr', '  '),
  ];
}

function holdoutLines(result: PredictResult, t: Translate): string[] {
  const { holdout, request } = result;
  if (!holdout) return [t('cli.predict.noHoldout', { calibrationEnd: request.calibrationEnd })];
  const unit = t(keyOf('cli.predict.unit', request.timeUnit));
  const header = [t('cli.predict.col.repeats'), t('cli.predict.col.customers'), t('cli.predict.col.actual'), t('cli.predict.col.predicted')];
  const rows = holdout.groups.map((g) => [
    // The last group holds every customer with that many repeats or more.
    g.x === HOLDOUT_TOP_GROUP ? `${g.x}+` : String(g.x),
    String(g.customers),
    n0.format(g.actual),
    n1.format(g.predicted),
  ]);
  const { actual, predicted } = holdout.total;
  return [
    t('cli.predict.holdoutTitle', { calibrationEnd: request.calibrationEnd, lastDay: result.lastDay ?? '—', length: n1.format(holdout.length), unit }),
    ...table(header, rows, 'rrrr', '  '),
    t('cli.predict.holdoutTotal', {
      actual: n0.format(actual),
      predicted: n1.format(predicted),
      difference: actual > 0 ? percent.format(predicted / actual - 1) : '—',
    }),
  ];
}

export function runPredict(
  engine: AnalysisEngine,
  options: CliPredict,
  settings: ScoringSettings,
  segmentation: SegmentationInput,
  segmentNames: Record<string, string>,
  t: Translate,
): PredictRun {
  const started = performance.now();
  const result = engine.predict(settings, segmentation, {
    calibrationEnd: options.calibrationEnd,
    timeUnit: options.timeUnit,
    horizonDays: options.horizonDays,
    discountMonthly: options.discountMonthly,
  });
  const seconds = (performance.now() - started) / 1000;
  // A calibration before the first order has no customer to learn from: the flag is wrong, not the data.
  if (result.firstDay !== null && result.request.calibrationEnd < result.firstDay) {
    throw new PredictInputError(t('cli.predict.calibrationBeforeFirst', { calibrationEnd: result.request.calibrationEnd, firstDay: result.firstDay }));
  }
  const lines = [...fitLines(result, t, seconds)];
  const model = new TextEncoder().encode(modelJsonText(result));
  if (!usableFit(result.fit)) {
    return { lines, failure: [t('cli.predict.failed'), ...reasonLines(result, t)], model, predictions: null, result, seconds };
  }
  lines.push(...reasonLines(result, t), '', ...segmentLines(result, segmentNames, t), '', ...holdoutLines(result, t));
  return { lines, failure: null, model, predictions: predictionsCsv(result), result, seconds };
}
