// The mapping screen's list of statuses: when the user chooses a status column, which statuses it
// holds and how often, read from the open file before any analysis.

import type { StatusValues } from '../../lib/engine/api';
import { EngineError } from '../../lib/engine/errors';
import type { Db } from '../db';
import { template } from '../sql-statement';
import { quoteIdent, type SourceParams } from '../sql-template';
import { readingSource } from './source-read';
import type { EngineState } from './state';

const SQL = {
  statusValues: template<[...SourceParams, limit: number], 'source' | 'status', { status: string; rows: number; statuses: number }>('open/status-values'),
};

export function statusValues(db: Db, state: EngineState, column: string, limit: number): StatusValues {
  if (!state.opened) throw new EngineError('no_dataset');
  const { dataset, source } = state.opened;
  const status = quoteIdent(column, dataset.columns.map((c) => c.name));
  const sql = db.fill(SQL.statusValues, { source: source.from, status });
  const rows = readingSource(source, () => db.rows(sql, [...source.params, limit]));
  return { values: rows.map(({ status, rows }) => ({ status, rows })), total: rows[0]?.statuses ?? 0 };
}
