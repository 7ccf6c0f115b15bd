// Who moved between segments from an earlier date to the as-of date on screen, the customers of
// one move, and the segment mix over time. The parts are getters: a panel passes its props, read
// each time the question is asked.

import { query, type Query } from '../../app/query.svelte';
import type { MovementResult, SegmentMixPoint } from '../../lib/engine/api';
import type { Analysis } from '../results/analysis.svelte';
import type { Churn } from '../value/churn.svelte';

/** One cell of the movement matrix: segment before (null: not yet a customer) and after. */
export interface MovementCell {
  before: string | null;
  after: string;
}

export function movementQuery(analysis: () => Analysis, churn: () => Churn, earlier: () => { date: string; holdCuts: boolean } | null): Query<MovementResult> {
  return query(
    () => {
      const asked = analysis().asked;
      const from = earlier();
      return asked && from && { asked, override: churn().override, date: from.date, holdCuts: from.holdCuts };
    },
    async ({ asked, override, date, holdCuts }) => {
      const { settings, segmentation, summary } = asked;
      const churnDays = await churn().days(summary, settings.asOf, override);
      return analysis().ask((engine) => engine.movement(settings, date, segmentation, { holdCuts, churnDays }));
    },
  );
}

/** The first `limit` customers of one cell of the movement on screen. */
export function movementCustomersQuery(analysis: () => Analysis, shown: () => { movement: MovementResult; cell: MovementCell } | null, limit: number): Query<string[]> {
  return query(shown, ({ cell }) =>
    // Plain objects to the worker: a $state proxy cannot be posted.
    analysis().ask((engine) => engine.movementCustomers({ before: cell.before, after: cell.after }, limit)),
  );
}

/** Everyone of the movement on screen, or one cell's customers, as CSV. */
export function movementCsv(analysis: Analysis, names: Record<string, string>, cell?: MovementCell): Promise<Uint8Array | null> {
  return analysis.download((engine) => engine.exportMovementCsv(names, cell && { before: cell.before, after: cell.after }));
}

export function segmentMixQuery(analysis: () => Analysis, dates: () => string[]): Query<SegmentMixPoint[]> {
  return query(
    () => {
      const asked = analysis().asked;
      return asked && { asked, dates: dates().join(',') };
    },
    ({ asked, dates }) => analysis().ask((engine) => engine.segmentMix(asked.settings, asked.segmentation, dates.split(','))),
  );
}
