// Scoring: the customers as of a date, the cut points of each axis, the scores table and its
// figures, then the segments. Each table is rebuilt only when what it depends on changed, so a
// change of segmentation alone re-segments without scoring again.

import type { Axis, AxisCuts, CellStat, ScoreBand, ScoreResult, ScoreSummary, ScoringSettings } from '../../lib/engine/api';
import { EngineError } from '../../lib/engine/errors';
import type { SegmentationInput } from '../../lib/archetypes/segment';
import { AXES, orderStatisticPositions, quantileBreaks } from '../../lib/rfm/cuts';
import { effectiveBins, validateSettings } from '../../lib/rfm/settings';
import type { Db } from '../db';
import { statement } from '../sql-statement';
import { applySegmentation, segmentTotals } from './segment';
import { invalidate, type EngineState } from './state';

type Customers = NonNullable<EngineState['customers']>;
type Scores = NonNullable<EngineState['scores']>;
type Breaks = Record<Axis, number[]>;

const SQL = {
  customers: statement<[asOf: string]>('score/create-customers'),
  rfmBase: statement<[asOf: string]>('score/create-rfm-base'),
  rfmBaseCount: statement<[], { n: number }>('score/rfm-base-count'),
  noPurchase: statement<[], { total: number; revenue: number; customer_id: string }>('score/no-purchase-customers'),
  orderStatistics: statement<[positions: string], { axis: Axis; pos: number; x: number }>('score/order-statistics'),
  byBreaks: statement<[rBreaks: string, rBins: number, fBreaks: string, mBreaks: string]>('score/score-by-breaks'),
  byNtile: statement<[rBins: number, fBins: number, mBins: number]>('score/score-by-ntile'),
  cells: statement<[], CellStat>('score/score-cells'),
  totals: statement<[], Scores['totals']>('score/score-totals'),
  bands: statement<[], { axis: Axis } & ScoreBand>('score/score-bands'),
};

/** `heldBreaks`: score with these cut points instead of the method's own (a movement's earlier date, cuts held). */
export function score(db: Db, state: EngineState, requested: ScoringSettings, segmentation: SegmentationInput, heldBreaks?: Breaks): ScoreResult {
  if (!state.prepared) throw new EngineError('no_dataset');
  const settings = validateSettings(requested);
  const customers = customersAsOf(db, state, settings.asOf);
  if (customers.scored === 0) throw new EngineError('no_purchases', { asOf: settings.asOf });

  const bins = effectiveBins(settings);
  const breaks = heldBreaks ?? breaksOf(db, settings, customers);
  const { cells, totals, bands } = scoresTable(db, state, settings, breaks);
  const cuts = Object.fromEntries(
    AXES.map((axis): [Axis, AxisCuts] => {
      const axisBands = Array.from({ length: bins[axis] }, (_, i): ScoreBand => {
        const found = bands.find((b) => b.axis === axis && b.score === i + 1);
        return found
          ? { score: i + 1, customers: found.customers, min: found.min, max: found.max }
          : { score: i + 1, customers: 0, min: null, max: null };
      });
      return [axis, { cuts: breaks?.[axis] ?? [], bands: axisBands }];
    }),
  ) as Record<Axis, AxisCuts>;

  const summary: ScoreSummary = {
    asOf: settings.asOf,
    customers: totals.customers,
    purchases: totals.purchases,
    revenue: totals.revenue,
    customersNoPurchase: customers.noPurchase.total,
    noPurchaseRevenue: customers.noPurchase.revenue,
    noPurchaseExamples: customers.noPurchase.examples,
  };
  const segments = segmentTotals(db, applySegmentation(db, state, segmentation));
  return { settings: { ...settings, bins }, summary, cuts, cells, segments };
}

function customersAsOf(db: Db, state: EngineState, asOf: string): Customers {
  if (state.customers?.asOf === asOf) return state.customers;
  invalidate(state, 'customers');
  db.run(SQL.customers, [asOf]);
  db.run(SQL.rfmBase, [asOf]);
  const scored = db.rows(SQL.rfmBaseCount)[0].n;
  const noPurchase = db.rows(SQL.noPurchase);
  state.customers = {
    asOf,
    scored,
    noPurchase: { total: noPurchase[0]?.total ?? 0, revenue: noPurchase[0]?.revenue ?? 0, examples: noPurchase.map((r) => r.customer_id) },
    orderStats: null,
  };
  return state.customers;
}

/** The method's own cut points: none for equal-size groups. */
function breaksOf(db: Db, settings: ScoringSettings, customers: Customers): Breaks | null {
  if (settings.method === 'custom') return settings.thresholds;
  if (settings.method !== 'quantile') return null;
  const bins = effectiveBins(settings);
  const stats = orderStatistics(db, customers);
  const at = (axis: Axis) => (position: number) => {
    const value = stats.values[axis].get(position);
    if (value === undefined) throw new Error(`order statistic ${axis}@${position} missing`);
    return value;
  };
  return { r: quantileBreaks(stats.n, bins.r, at('r')), f: quantileBreaks(stats.n, bins.f, at('f')), m: quantileBreaks(stats.n, bins.m, at('m')) };
}

/** The sorted values every quantile cut point of this date is interpolated from: read once per date. */
function orderStatistics(db: Db, customers: Customers): NonNullable<Customers['orderStats']> {
  if (customers.orderStats) return customers.orderStats;
  const positions = orderStatisticPositions(customers.scored);
  const values: Record<Axis, Map<number, number>> = { r: new Map(), f: new Map(), m: new Map() };
  for (const row of db.rows(SQL.orderStatistics, [positions.join(',')])) values[row.axis].set(row.pos, row.x);
  customers.orderStats = { n: customers.scored, values };
  return customers.orderStats;
}

/** The scores table for these settings and cut points, with its figures; rebuilt only when they changed. */
function scoresTable(db: Db, state: EngineState, settings: ScoringSettings, breaks: Breaks | null): Scores {
  const bins = effectiveBins(settings);
  const key = JSON.stringify([settings.asOf, settings.method, bins, breaks]);
  if (state.scores?.key === key) return state.scores;
  invalidate(state, 'scores');
  if (breaks) {
    db.run(SQL.byBreaks, [breaks.r.map(String).join(','), bins.r, breaks.f.map(String).join(','), breaks.m.map(String).join(',')]);
  } else {
    db.run(SQL.byNtile, [bins.r, bins.f, bins.m]);
  }
  state.scores = { key, cells: db.rows(SQL.cells), totals: db.rows(SQL.totals)[0], bands: db.rows(SQL.bands) };
  return state.scores;
}
