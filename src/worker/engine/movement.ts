// Customers scored at two dates with the same segmentation, who moved between segments, and the
// segment mix over several dates. Every other date is scored in passing; the analysis on screen
// (its own date) is scored again afterwards, so the tables hold it as before.

import type { MovementCell, MovementOptions, MovementResult, ScoringSettings, SegmentMixPoint } from '../../lib/engine/api';
import { EngineError } from '../../lib/engine/errors';
import type { SegmentationInput } from '../../lib/archetypes/segment';
import type { Db } from '../db';
import { statement } from '../sql-statement';
import { score } from './score';
import { segmentIdOf, segmentIds, segmentNumberOf } from './segment';
import { invalidate, type EngineState } from './state';

export type MovementCellKey = { before: string | null; after: string };

const SQL = {
  reset: statement('movement/reset-movement'),
  saveSide: statement<[churnDays: number, side: 'before' | 'after']>('movement/save-movement-side'),
  pairs: statement('movement/movement-pairs'),
  cells: statement<[], { seg_before: number | null; seg_after: number; customers: number; newly_churned: number }>('movement/movement-cells'),
  customers: statement<[before: number, after: number, limit: number], { customer_id: string }>('movement/movement-customers'),
};

/** A date with no purchase before it has no segments: its mix is empty, its movement all new customers. */
const nobodyYet = (error: unknown) => error instanceof EngineError && error.code === 'no_purchases';

/**
 * Customers scored at `settings.asOf` (after) and `beforeAsOf`. By default each date has its own
 * cut points; `holdCuts` scores the earlier date with the later date's (not for equal-size
 * groups, which have none).
 */
export function movement(
  db: Db,
  state: EngineState,
  settings: ScoringSettings,
  beforeAsOf: string,
  segmentation: SegmentationInput,
  options: MovementOptions,
): MovementResult {
  if (!(beforeAsOf < settings.asOf)) throw new EngineError('settings_invalid', { field: 'compareTo', value: beforeAsOf });
  const after = score(db, state, settings, segmentation);
  const hold = options.holdCuts && after.settings.method !== 'ntile';
  const held = hold ? { r: after.cuts.r.cuts, f: after.cuts.f.cuts, m: after.cuts.m.cuts } : undefined;
  invalidate(state, 'movement');
  db.run(SQL.reset);
  db.run(SQL.saveSide, [options.churnDays, 'after']);
  let customersBefore = 0;
  try {
    const before = score(db, state, { ...settings, asOf: beforeAsOf }, segmentation, held);
    customersBefore = before.summary.customers;
    db.run(SQL.saveSide, [options.churnDays, 'before']);
  } catch (error) {
    if (!nobodyYet(error)) throw error;
  } finally {
    score(db, state, settings, segmentation);
  }
  db.run(SQL.pairs);
  const ids = segmentIds(state);
  state.movement = { segmentIds: [...ids] };
  const cells = db.rows(SQL.cells).map(
    (c): MovementCell => ({
      before: c.seg_before === null ? null : segmentIdOf(ids, c.seg_before),
      after: segmentIdOf(ids, c.seg_after),
      customers: c.customers,
      newlyChurned: c.newly_churned,
    }),
  );
  return { before: beforeAsOf, after: settings.asOf, holdCuts: hold, churnDays: options.churnDays, customersBefore, customersAfter: after.summary.customers, cells };
}

/** The segment ids of the last movement's tables. */
export function movementSegmentIds(state: EngineState): readonly string[] {
  if (!state.movement) throw new EngineError('no_dataset');
  return state.movement.segmentIds;
}

/** The first `limit` customers of one cell of the last movement. */
export function movementCustomers(db: Db, state: EngineState, cell: MovementCellKey, limit: number): string[] {
  const ids = movementSegmentIds(state);
  return db.rows(SQL.customers, [segmentNumberOf(ids, cell.before), segmentNumberOf(ids, cell.after), limit]).map((r) => r.customer_id);
}

/** The segment mix at several as-of dates, each scored with its own cut points and only the orders before it. */
export function segmentMix(db: Db, state: EngineState, settings: ScoringSettings, segmentation: SegmentationInput, dates: string[]): SegmentMixPoint[] {
  const points: SegmentMixPoint[] = [];
  try {
    for (const asOf of dates) {
      try {
        const result = score(db, state, { ...settings, asOf }, segmentation);
        points.push({ asOf, customers: result.summary.customers, segments: result.segments });
      } catch (error) {
        if (!nobodyYet(error)) throw error;
        points.push({ asOf, customers: 0, segments: [] });
      }
    }
  } finally {
    score(db, state, settings, segmentation);
  }
  return points;
}
