// How a file was read (DatasetInfo), as a kept dataset and a snapshot hold it: what the list,
// the mapping screen and reopening read from it.

import { Check, type RecordProblem } from './check';

const FORMATS = ['csv', 'parquet', 'demo', 'xlsx', 'json'] as const;

export function datasetInfoProblem(v: unknown): RecordProblem | null {
  const c = new Check();
  if (!c.object('', v)) return c.problem;
  c.text('fileName', v.fileName);
  c.oneOf('format', v.format, FORMATS);
  c.count('sizeBytes', v.sizeBytes);
  if (v.rowCount !== null) c.count('rowCount', v.rowCount);
  if (c.array('columns', v.columns)) {
    v.columns.forEach((column, i) => {
      if (c.object(`columns[${i}]`, column)) c.text(`columns[${i}].name`, column.name, { max: 1000 });
    });
  }
  c.array('preview', v.preview);
  c.object('guess', v.guess);
  c.text('signature', v.signature, { nonEmpty: true });
  c.text('contentHash', v.contentHash, { optional: true });
  return c.problem;
}
