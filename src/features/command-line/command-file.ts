// What the command for a file too large for the tab is built from: what the page knows of the file
// at that point. Before the file is read, nothing is chosen; after a read ran out of memory, the
// columns and choices made for it are.

import type { ColumnMapping, ImportChoices, ImportOptions } from '../../lib/engine/api';

export interface CommandFile {
  name: string;
  sizeBytes: number;
  /** What the run-time estimate counts rows by; a file of another kind is estimated as CSV. */
  format: 'csv' | 'parquet';
  /** CSV: average bytes per row of the file's head; null when unknown. */
  bytesPerRow: number | null;
  /** null: the columns are not chosen yet, and the command line guesses them from the header. */
  chosen: { columns: Partial<ColumnMapping>; read: ImportOptions; choices: Partial<ImportChoices> } | null;
}
