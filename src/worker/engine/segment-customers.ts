// The segment page's customer list: one segment's customers, a page at a time, sorted by one of a
// fixed list of orders and searched by id in SQL, so a segment of a million customers costs the
// page no more than one of ten. Scores first (a no-op when the tables hold these settings), so
// the list is always of the segmentation asked about, whatever ran in between.

import type { SegmentCustomer, SegmentCustomerSort, SegmentCustomersPage, SegmentCustomersRequest, ScoringSettings } from '../../lib/engine/api';
import { SEGMENT_CUSTOMER_SORTS } from '../../lib/engine/api';
import { EngineError } from '../../lib/engine/errors';
import type { SegmentationInput } from '../../lib/archetypes/segment';
import type { Db } from '../db';
import { statement, template } from '../sql-statement';
import type { OwnSql } from '../sql-template';
import { score } from './score';
import { segmentFilterNumber, segmentIds } from './segment';
import type { EngineState } from './state';

type CustomerRow = {
  customer_id: string;
  last_purchase: string;
  recency_days: number;
  frequency: number;
  monetary: number;
  r: number;
  f: number;
  m: number;
};

type CountRow = {
  total: number;
  matching: number;
  min_recency: number | null;
  max_recency: number | null;
  min_frequency: number | null;
  max_frequency: number | null;
  min_monetary: number | null;
  max_monetary: number | null;
};

const SQL = {
  page: template<[segment: number, search: string, limit: number, offset: number], 'order', CustomerRow>('segment/segment-customers'),
  count: statement<[segment: number, search: string], CountRow>('segment/segment-customer-count'),
};

/** Each order the list offers, as SQL of our own: the only text the page's choice puts into a statement. */
const ORDER_BY: Record<SegmentCustomerSort, string> = {
  customer: 's.customer_id',
  last_purchase: 's.last_purchase',
  frequency: 's.frequency',
  monetary: 's.monetary_exact',
  r: 's.r',
  f: 's.f',
  m: 's.m',
};

/** The most a page may hold: the list shows 50 at a time; more would only make the worker's answer slow. */
export const MAX_PAGE = 1000;

function orderOf(sort: SegmentCustomerSort, descending: boolean): OwnSql {
  if (!SEGMENT_CUSTOMER_SORTS.includes(sort)) throw new EngineError('settings_invalid', { field: 'sort', value: String(sort) });
  return `${ORDER_BY[sort]} ${descending ? 'DESC' : 'ASC'}` as OwnSql;
}

function wholeNumber(field: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 0 || value > max) throw new EngineError('settings_invalid', { field, value: String(value) });
  return value;
}

export function segmentCustomers(
  db: Db,
  state: EngineState,
  settings: ScoringSettings,
  segmentation: SegmentationInput,
  request: SegmentCustomersRequest,
): SegmentCustomersPage {
  const order = orderOf(request.sort, request.descending);
  const limit = wholeNumber('limit', request.limit, MAX_PAGE);
  const offset = wholeNumber('offset', request.offset, Number.MAX_SAFE_INTEGER);
  score(db, state, settings, segmentation);
  const seg = segmentFilterNumber(segmentIds(state), request.segment);
  const search = String(request.search ?? '');
  const counts = db.rows(SQL.count, [seg, search])[0];
  const { total, matching } = counts;
  const rows = db.rows(db.fill(SQL.page, { order }), [seg, search, limit, offset]).map(
    (row): SegmentCustomer => ({
      customerId: row.customer_id,
      lastPurchase: row.last_purchase,
      recencyDays: row.recency_days,
      frequency: row.frequency,
      monetary: row.monetary,
      r: row.r,
      f: row.f,
      m: row.m,
    }),
  );
  const ranges =
    total === 0
      ? null
      : {
          recencyDays: [counts.min_recency!, counts.max_recency!] as [number, number],
          frequency: [counts.min_frequency!, counts.max_frequency!] as [number, number],
          monetary: [counts.min_monetary!, counts.max_monetary!] as [number, number],
        };
  return { total, matching, rows, ranges };
}
