// Errors cross the worker boundary as plain { code, details }; the UI turns the code into
// a sentence in the user's language (catalog key `error.<code>`), the CLI into English.

export type ErrorCode =
  | 'engine_failed'
  // The engine that cannot start or stops by itself (issue 20): each with what to try
  | 'engine_blocked'
  | 'engine_memory'
  | 'engine_files'
  | 'engine_start_failed'
  | 'engine_slow'
  | 'engine_lost'
  | 'no_dataset'
  | 'file_empty'
  | 'file_binary'
  | 'file_image'
  | 'file_unreadable'
  | 'parquet_unreadable'
  | 'csv_one_column'
  | 'csv_rows_do_not_fit'
  | 'no_rows'
  | 'mapping_invalid'
  | 'all_ids_missing'
  | 'no_usable_date'
  | 'no_usable_amount'
  | 'no_purchases'
  | 'all_dates_early'
  | 'all_statuses_excluded'
  | 'settings_invalid'
  | 'thresholds_invalid'
  | 'export_failed'
  | 'too_large'
  // Import of real exports (issue 4)
  | 'xlsx_unreadable'
  | 'xlsx_legacy'
  | 'sheet_missing'
  | 'sheet_empty'
  | 'json_unreadable'
  | 'json_not_table'
  | 'encoding_unknown'
  | 'encoding_mismatch'
  | 'import_cancelled'
  | 'no_date_column'
  | 'no_amount_column'
  | 'date_order_ambiguous'
  | 'number_format_ambiguous'
  // Lines DuckDB's CSV reader refuses for their length (issue 20)
  | 'line_too_long'
  | 'no_line_break'
  | 'quoted_row_too_long'
  // The rows-not-used download of a file with very many columns (issue 20)
  | 'rejected_too_wide'
  // Datasets and snapshots kept on the device (issue 5)
  | 'kept_unreadable'
  | 'stored_missing'
  | 'storage_quota'
  | 'storage_replaced'
  | 'storage_failed'
  | 'backup_not_backup'
  | 'backup_newer_version'
  | 'backup_damaged'
  // A screen's code fetched on first use did not arrive (issue 18)
  | 'screen_unavailable';

export type ErrorDetails = Record<string, string | number>;

export interface EngineErrorData {
  code: ErrorCode;
  details: ErrorDetails;
  /** English, for logs and the CLI; the UI uses the code instead. */
  message: string;
}

export class EngineError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, details: ErrorDetails = {}, message?: string) {
    super(message ?? `${code}${Object.keys(details).length ? ' ' + JSON.stringify(details) : ''}`);
    this.name = 'EngineError';
    this.code = code;
    this.details = details;
  }

  toData(): EngineErrorData {
    return { code: this.code, details: this.details, message: this.message };
  }
}

export function isEngineErrorData(value: unknown): value is EngineErrorData {
  return typeof value === 'object' && value !== null && 'code' in value && 'details' in value;
}

/** DuckDB's and the wasm runtime's ways of saying the tab ran out of memory. */
export function isOutOfMemory(error: unknown): boolean {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return /out of memory|could not allocate|failed to allocate|Aborted\(OOM\)|memory access out of bounds|Maximum call stack/i.test(message);
}

/** What any thrown value says. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The first line of what a thrown value says: DuckDB's messages go on with context lines no user needs. */
export function reasonOf(error: unknown): string {
  return messageOf(error).split('\n')[0].trim();
}

/** Any thrown value as EngineErrorData; unknown failures keep their message for the details line. */
export function toErrorData(error: unknown): EngineErrorData {
  if (error instanceof EngineError) return error.toData();
  if (isEngineErrorData(error)) return error;
  const message = messageOf(error);
  return { code: 'engine_failed', details: { reason: message }, message };
}
