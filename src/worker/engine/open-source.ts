// Turns any dropped file into something the engine reads, with a specific error for files that
// are not order histories at all. CSV in UTF-8 is read by DuckDB from the file (browser-source.ts says when it is copied);
// other encodings are transcoded to UTF-8 first (streamed); Excel and JSON are rewritten as CSV
// text by JS readers (DuckDB's own readers are extensions it would download); Parquet becomes
// Arrow. Shared by the browser worker and the Node CLI.

import type { DatasetInfo, EncodingInfo, ImportOptions, ProgressCallback, TextEncodingName } from '../../lib/engine/api';
import { EngineError, reasonOf } from '../../lib/engine/errors';
import { contentHash } from '../../lib/engine/content-hash';
import { detectFileKind } from '../../lib/engine/file-kind';
import { DETECT_HEAD_BYTES, detectEncoding } from '../../lib/import/encoding';
import { firstLongLine, longLineError } from '../../lib/import/line-length';
import { needsTranscoding } from '../../lib/import/transcode';
import { jsonToCsv } from '../json-source';
import { readWorkbook, type TableText } from '../xlsx-source';
import type { CsvChoice, SourceMeta } from './open';

export interface SourceAccess {
  fileName: string;
  sizeBytes: number;
  /** Up to `length` bytes from the start of the file. */
  head(length: number): Promise<Uint8Array>;
  /** Bytes `offset` to `offset + length`, for the content hash (hashSource): the file is read in parts, never whole. */
  read(offset: number, length: number): Promise<Uint8Array>;
  /**
   * Makes the file readable by DuckDB under `registeredName` without copying it through JS. Each
   * register method returns the name SQL reads the file by: `registeredName` in DuckDB-WASM, a
   * path on disk for native DuckDB (cli/native/native-database.ts).
   */
  register(registeredName: string): string;
  /** Registers the file's text, transcoded from `encoding` to UTF-8 chunk by chunk, under `registeredName`. */
  registerTranscoded(registeredName: string, encoding: TextEncodingName, onProgress?: ProgressCallback): Promise<string>;
  /** Registers bytes made in JS (a sheet or JSON rewritten as CSV). */
  registerBytes(registeredName: string, bytes: Uint8Array): string;
  /** The whole file, for formats DuckDB cannot read without an extension. */
  readAll(): Promise<Uint8Array>;
}

/** What opens a registered file or an Arrow stream: the engine (engine/analysis-engine.ts). */
export interface Opener {
  openCsv(registeredName: string, meta: SourceMeta, choice?: CsvChoice): DatasetInfo;
  openArrow(ipc: Uint8Array, meta: SourceMeta): DatasetInfo;
}

export type ParquetToArrowIpc = (bytes: Uint8Array) => Promise<Uint8Array>;

let uploads = 0;

export async function openSource(
  engine: Opener,
  source: SourceAccess,
  parquetToIpc: ParquetToArrowIpc,
  options: ImportOptions = {},
  onProgress?: ProgressCallback,
): Promise<DatasetInfo> {
  const file = source.fileName;
  const meta: SourceMeta = { fileName: file, sizeBytes: source.sizeBytes, format: 'csv' };
  const head = await source.head(DETECT_HEAD_BYTES);
  let kind = detectFileKind(file, source.sizeBytes, head);
  // UTF-16 without a byte-order mark is full of NUL bytes, like a binary file: the encoding detector tells them apart.
  if (kind === 'binary' && detectEncoding(head).reason === 'nul-pattern') kind = 'csv';
  switch (kind) {
    case 'empty':
      throw new EngineError('file_empty', { file });
    case 'image':
      throw new EngineError('file_image', { file });
    case 'spreadsheet':
      throw new EngineError('xlsx_legacy', { file });
    case 'binary':
      throw new EngineError('file_binary', { file });
    case 'parquet': {
      let ipc: Uint8Array;
      try {
        ipc = await parquetToIpc(await source.readAll());
      } catch (error) {
        throw new EngineError('parquet_unreadable', { file, reason: reasonOf(error) });
      }
      return engine.openArrow(ipc, { ...meta, format: 'parquet' });
    }
    case 'xlsx':
      return openWorkbook(engine, source, await source.readAll(), meta, options.sheet);
    case 'json':
      return openTable(engine, source, jsonToCsv(await source.readAll(), file), { ...meta, format: 'json' });
    case 'csv': {
      const detected = detectEncoding(head, { wholeFile: head.length >= source.sizeBytes });
      const used = options.encoding ?? detected.encoding;
      const encoding: EncodingInfo = { detected: detected.encoding, used, reason: detected.reason, hadBom: detected.hadBom };
      // Bytes of another encoding are not DuckDB's bytes: a long line there is caught by DuckDB's own message.
      if (!needsTranscoding(used)) {
        const long = await firstLongLine(source.sizeBytes, source.read);
        if (long) throw longLineError(file, long);
      }
      const name = `upload-${++uploads}.csv`;
      const registered = needsTranscoding(used) ? await source.registerTranscoded(name, used, onProgress) : source.register(name);
      return engine.openCsv(registered, { ...meta, encoding }, options);
    }
  }
}

/**
 * The content hash of an opened source (lib/engine/content-hash.ts). Not part of opening: it reads
 * the whole file, and only keeping the dataset needs it, so the page asks for it after the results
 * are drawn (engine.worker.ts runs it meanwhile, while the worker waits for the user).
 */
export function hashSource(source: SourceAccess): Promise<string> {
  return contentHash(source.sizeBytes, source.read);
}

/** Sheets whose refusal means "not the orders sheet": the next sheet is tried. */
const NOT_THIS_SHEET = new Set(['sheet_empty', 'no_rows', 'csv_one_column', 'no_date_column', 'no_amount_column']);

/**
 * The sheet the user chose, or else the first sheet that holds a table of orders: workbooks
 * often open with a summary or a cover sheet. If none does, the first sheet's refusal is the answer.
 */
async function openWorkbook(engine: Opener, source: SourceAccess, bytes: Uint8Array, meta: SourceMeta, sheet?: string): Promise<DatasetInfo> {
  const workbook = await readWorkbook(bytes, meta.fileName);
  const open = (name: string) => {
    const table = workbook.sheetToCsv(name);
    return openTable(engine, source, table, { ...meta, format: 'xlsx', sheets: workbook.sheets, sheet: table.sheet ?? name });
  };
  if (sheet !== undefined) return open(sheet);
  let firstError: unknown = null;
  for (const name of workbook.sheets) {
    try {
      return open(name);
    } catch (error) {
      if (!(error instanceof EngineError) || !NOT_THIS_SHEET.has(error.code)) throw error;
      firstError ??= error;
    }
  }
  throw firstError;
}

function openTable(engine: Opener, source: SourceAccess, table: TableText, meta: SourceMeta): DatasetInfo {
  return engine.openCsv(source.registerBytes(`upload-${++uploads}.csv`, table.csv), meta);
}
