// The whole generated corpus: one pollution per file over the same source table.

import { filePollutions } from './file-polluters';
import type { PollutedFile } from './polluted-file';
import { rowPollutions } from './row-polluters';
import { sourceTable } from './source-table';

export function pollutedCorpus(seed: number, rows = 60): PollutedFile[] {
  const src = sourceTable(rows, seed);
  return [...filePollutions(src), ...rowPollutions(src)];
}
