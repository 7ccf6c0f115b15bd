// What each segment is worth at the as-of date, and a churn threshold suggested from the data.

import type { ChurnSuggestion, ScoringSettings, SegmentValue } from '../../lib/engine/api';
import { EngineError } from '../../lib/engine/errors';
import type { SegmentationInput } from '../../lib/archetypes/segment';
import type { Db } from '../db';
import { statement } from '../sql-statement';
import { score } from './score';
import { segmentIdOf, segmentIds } from './segment';
import type { EngineState } from './state';

/** The SQL's columns: the segment by number, age in days as BIGINT. */
type SegmentValueRow = Omit<SegmentValue, 'segment' | 'ageDays'> & { seg: number; age_days: number };

const SQL = {
  segmentValue: statement<[churnDays: number], SegmentValueRow>('value/segment-value'),
  purchaseGaps: statement<[asOf: string, share: number], { gaps: number; gap_days: number | null }>('value/purchase-gaps'),
};

/** Each segment's customers, purchases, revenue, repeaters, churned (no purchase for more than `churnDays`) and age. */
export function segmentValue(db: Db, state: EngineState, settings: ScoringSettings, segmentation: SegmentationInput, churnDays: number): SegmentValue[] {
  score(db, state, settings, segmentation);
  const ids = segmentIds(state);
  return db
    .rows(SQL.segmentValue, [churnDays])
    .map(({ seg, age_days, ...figures }): SegmentValue => ({ segment: segmentIdOf(ids, seg), ...figures, ageDays: Number(age_days) }));
}

/** A churn threshold from the data: the `share` quantile of the days between a customer's purchases, before `asOf`. */
export function suggestChurnDays(db: Db, state: EngineState, asOf: string, share: number): ChurnSuggestion {
  if (!state.prepared) throw new EngineError('no_dataset');
  const row = db.rows(SQL.purchaseGaps, [asOf, share])[0];
  return { share, gaps: row.gaps, days: row.gap_days };
}
