// Segmenting the scored customers under a configuration: its cell map and rules go into the
// segment tables, each segment numbered in SQL (ids[n] is the id of number n, -1 is Other), and
// every scored customer gets the segment of the first rule that holds, else of its cell.

import type { SegmentTotal } from '../../lib/engine/api';
import { OTHER_ID } from '../../lib/archetypes/config';
import type { RuleRow, SegmentationInput } from '../../lib/archetypes/segment';
import type { Db } from '../db';
import { statement } from '../sql-statement';
import { invalidate, type EngineState } from './state';

/** One rule of insert-segment-rule.sql: a NULL bound is no condition. */
type RuleParams = [
  ord: number,
  segment: number,
  rLo: number | null,
  rHi: number | null,
  fLo: number | null,
  fHi: number | null,
  mLo: number | null,
  mHi: number | null,
  minOrders: number | null,
  maxOrders: number | null,
  minSpend: number | null,
  maxSpend: number | null,
  maxRecencyDays: number | null,
  minRecencyDays: number | null,
];

const SQL = {
  cellSegments: statement<[cells: string, segments: string]>('segment/create-cell-segments'),
  createRules: statement('segment/create-segment-rules'),
  insertRule: statement<RuleParams>('segment/insert-segment-rule'),
  customerSegments: statement('segment/create-customer-segments'),
  totals: statement<[], { seg: number } & Omit<SegmentTotal, 'segment'>>('segment/segment-totals'),
};

/** Segment numbers for "not yet a customer" (a movement's earlier date) and for Other. */
const NOT_A_CUSTOMER = -2;
const OTHER = -1;

/** The segment id of a number of the segment tables. */
export function segmentIdOf(ids: readonly string[], seg: number): string {
  return seg < 0 ? OTHER_ID : ids[seg];
}

/** The number the segment tables give a segment id; null is "not yet a customer". */
export function segmentNumberOf(ids: readonly string[], id: string | null): number {
  return id === null ? NOT_A_CUSTOMER : id === OTHER_ID ? OTHER : ids.indexOf(id);
}

/** Matches no customer: the number of an archetype no cell or rule gives anyone. */
const NOBODY = -3;

/** The number to select one segment's customers by: an archetype the tables do not know has none. */
export function segmentFilterNumber(ids: readonly string[], id: string): number {
  if (id === OTHER_ID) return OTHER;
  const seg = ids.indexOf(id);
  return seg < 0 ? NOBODY : seg;
}

/**
 * Fills the segment tables (unless they hold this segmentation already) and segments every
 * scored customer; returns the segment ids by number.
 */
export function applySegmentation(db: Db, state: EngineState, input: SegmentationInput): readonly string[] {
  const key = JSON.stringify(input);
  if (state.segmentation?.key !== key) {
    invalidate(state, 'segmentation');
    const ids = [...new Set([...input.cells.map((c) => c.segment), ...input.rules.map((r) => r.segment)])];
    const number = new Map(ids.map((id, i) => [id, i]));
    // The cell map goes in as one statement, the rules one bound row each.
    db.run(SQL.cellSegments, [input.cells.map((c) => c.cell).join(','), input.cells.map((c) => number.get(c.segment)).join(',')]);
    db.run(SQL.createRules);
    for (const rule of input.rules) db.run(SQL.insertRule, ruleParams(rule, number.get(rule.segment)!));
    state.segmentation = { key, ids };
  }
  db.run(SQL.customerSegments);
  return state.segmentation.ids;
}

/** The segment ids by number of the segment tables, as the last score filled them. */
export function segmentIds(state: EngineState): readonly string[] {
  if (!state.segmentation) throw new Error('the segment tables are filled by a score');
  return state.segmentation.ids;
}

/** Customers, purchases and revenue by segment under the last segmentation. */
export function segmentTotals(db: Db, ids: readonly string[]): SegmentTotal[] {
  return db.rows(SQL.totals).map(({ seg, ...total }): SegmentTotal => ({ segment: segmentIdOf(ids, seg), ...total }));
}

function ruleParams(rule: RuleRow, segment: number): RuleParams {
  return [
    rule.ord,
    segment,
    rule.rLo,
    rule.rHi,
    rule.fLo,
    rule.fHi,
    rule.mLo,
    rule.mHi,
    rule.minOrders,
    rule.maxOrders,
    rule.minSpend,
    rule.maxSpend,
    rule.maxRecencyDays,
    rule.minRecencyDays,
  ];
}
