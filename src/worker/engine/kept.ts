// A dataset kept on the device: its compact copy is the prepared orders as CSV, and loading it
// makes those orders the analysed ones again, with the dataset facts and import report saved
// beside them.

import type { DatasetInfo, ImportSummary } from '../../lib/engine/api';
import { EngineError, isOutOfMemory, reasonOf } from '../../lib/engine/errors';
import type { Db } from '../db';
import { statement, template } from '../sql-statement';
import { copyToBuffer } from './export';
import { invalidate, type EngineState } from './state';

const SQL = {
  orders: template<[], 'export_file'>('kept/export-orders'),
  load: statement<[registeredName: string]>('kept/load-orders'),
};

/** The prepared orders as CSV text: every DECIMAL digit and every date as written. */
export function exportOrders(db: Db, state: EngineState): Uint8Array {
  if (!state.prepared) throw new EngineError('no_dataset');
  return copyToBuffer(db, SQL.orders, {});
}

/** `registeredName`: the orders CSV as registered with DuckDB. The file itself is not kept, so its rows cannot be exported again. */
export function loadOrders(db: Db, state: EngineState, registeredName: string, dataset: DatasetInfo, summary: ImportSummary): void {
  try {
    db.run(SQL.load, [registeredName]);
  } catch (error) {
    if (isOutOfMemory(error)) throw error;
    throw new EngineError('kept_unreadable', { file: dataset.fileName, reason: reasonOf(error) });
  }
  invalidate(state, 'opened');
  invalidate(state, 'prepared');
  state.prepared = { dataset, summary, lines: null };
}
