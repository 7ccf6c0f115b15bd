// The segment page's questions to the engine: a page of the segment's customers (sorted and
// searched in the worker; a newer question drops an older answer), and the segment's CSV. Both
// about the analysis on screen; nothing to ask for a snapshot, which keeps no engine.

import { query, type Query } from '../../app/query.svelte';
import type { SegmentCustomersPage, SegmentCustomersRequest } from '../../lib/engine/api';
import type { Analysis } from '../results/analysis.svelte';

/** Customers a page of the list shows. */
export const PAGE_SIZE = 50;

/** A page of the list, with the row it starts at: the page on screen says which rows it shows, not which were asked for since. */
export type ShownPage = SegmentCustomersPage & { offset: number };

export function segmentCustomersQuery(analysis: () => Analysis, request: () => SegmentCustomersRequest | null): Query<ShownPage> {
  return query(
    () => {
      const asked = analysis().asked;
      const r = request();
      return asked && r && { asked, ...r };
    },
    ({ asked, segment, sort, descending, search, offset, limit }) =>
      // Plain values to the worker: a $state proxy cannot be posted.
      analysis()
        .ask((engine) => engine.segmentCustomers(asked.settings, asked.segmentation, { segment, sort, descending, search, offset, limit }))
        .then((page) => ({ ...page, offset })),
  );
}

/** The segment's customers as the scores CSV writes them, with the busy indicator; null when it failed or for a snapshot. */
export function segmentCsv(analysis: Analysis, names: Record<string, string>, segment: string): Promise<Uint8Array | null> {
  const asked = analysis.asked;
  if (!asked) return Promise.resolve(null);
  return analysis.download((engine) => engine.exportScoresCsv(asked.settings, asked.segmentation, names, { segment }));
}

/** `orders.csv`, segment `at_risk` -> `orders-at_risk-2011-12-10.csv`; ids are ours or the editor's, made file-safe. */
export function segmentFileName(sourceName: string, segment: string, asOf: string): string {
  const base = sourceName.replace(/\.[^.]+$/, '') || 'customers';
  return `${base}-${segment.replace(/[^\w-]+/g, '_')}-${asOf}.csv`;
}
