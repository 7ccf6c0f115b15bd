// A kept dataset (the `datasets` store) and its orders (`dataset-orders`). The list shows its facts
// and reopening reads its orders with its mapping and report: each must be there and make sense.

import { Check, type RecordProblem } from './check';
import { columnMappingProblem } from './column-mapping';
import { datasetInfoProblem } from './dataset-info';
import { importSummaryProblem } from './import-summary';
import { scoringSettingsProblem } from './scoring';

export function keptDatasetProblem(v: unknown, key: string): RecordProblem | null {
  const c = new Check();
  if (!c.object('', v)) return c.problem;
  c.key('id', v.id, key);
  c.text('name', v.name, { nonEmpty: true });
  c.timestamp('importedAt', v.importedAt);
  c.timestamp('openedAt', v.openedAt);
  c.part('dataset', datasetInfoProblem(v.dataset));
  c.part('mapping', columnMappingProblem(v.mapping));
  c.part('summary', importSummaryProblem(v.summary));
  if (v.settings !== null) c.part('settings', scoringSettingsProblem(v.settings));
  c.count('storedBytes', v.storedBytes);
  return c.problem;
}

/** The Blob record beside a dataset or a snapshot; `format` names how its bytes are written. */
export function blobRecordProblem(v: unknown, key: string, format: string, hasData = true): RecordProblem | null {
  const c = new Check();
  if (!c.object('', v)) return c.problem;
  c.key('id', v.id, key);
  if (v.format !== format) c.fail('format', v.format === undefined ? 'missing' : 'unknown_value');
  // In a backup the bytes travel beside the record (a part), not in it.
  if (hasData && !(v.data instanceof Blob)) c.fail('data', 'no_data');
  return c.problem;
}

export const ORDERS_FORMAT = 'orders-csv-gzip-1';
export const CUSTOMERS_FORMAT = 'scores-csv-gzip-1';

export const keptOrdersProblem = (v: unknown, key: string): RecordProblem | null => blobRecordProblem(v, key, ORDERS_FORMAT);
