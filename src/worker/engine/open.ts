// Opening a file: what its columns are, a preview, a first look at every column, and the checks
// that refuse a file that is no order history before the user maps anything.

import type { ColumnInfo, ColumnProfile, CsvDialect, DatasetInfo, EncodingInfo, ImportOptions, SourceFormat } from '../../lib/engine/api';
import { EngineError, messageOf, reasonOf } from '../../lib/engine/errors';
import { NO_DATE_EVIDENCE, NO_NUMBER_EVIDENCE } from '../../lib/import/format-decision';
import { guessDataset } from '../../lib/mapping/guess-mapping';
import { looksLikeHeader } from '../../lib/import/header-guess';
import { fileSignature } from '../../lib/engine/signature';
import type { Db } from '../db';
import { statement, template } from '../sql-statement';
import { SOURCE, TABLE_SOURCE_PARAMS, type OpenSource, type OwnSql, type SourceParams } from '../sql-template';
import { chosenQuoting, csvQuoting, NO_QUOTE, UNQUOTED, type CsvQuoting } from '../../lib/import/csv-dialect';
import { dateEvidenceOf, EVIDENCE_COUNTS, numberEvidenceOf, type EvidenceCounts } from './evidence';
import { longLineError } from '../../lib/import/line-length';
import { readingSource } from './source-read';
import type { EngineState } from './state';

export interface SourceMeta {
  fileName: string;
  sizeBytes: number;
  format: SourceFormat;
  encoding?: EncodingInfo | null;
  sheets?: string[] | null;
  sheet?: string | null;
}

interface SniffRow {
  delimiter: string;
  quote: string;
  escape: string;
  /** The comment character DuckDB found, whose lines its reader skips; "(empty)" for none. */
  comment: string;
  skip_rows: number;
  has_header: boolean;
  date_format: string | null;
  timestamp_format: string | null;
  columns: { name: string; type: string }[];
}

interface ProfileRow extends EvidenceCounts {
  name: string;
  non_empty: number;
  dates: number;
  numbers: number;
}

const SQL = {
  sniff: statement<[path: string], SniffRow>('open/sniff-csv'),
  sniffWithDelimiter: statement<[path: string, delimiter: string], SniffRow>('open/sniff-csv-delim'),
  sniffLoose: statement<[path: string, delimiter: string], SniffRow>('open/sniff-csv-loose'),
  firstReject: statement<[path: string], { line: number; text: string; error_type: string }>('open/first-reject'),
  sourceCount: template<SourceParams, 'source', { n: number }>('open/source-count'),
  preview: template<SourceParams, 'source', Record<string, unknown>>('open/source-preview'),
  profile: template<[...SourceParams, dateFormat: string | null, timestampFormat: string | null], 'source' | 'evidence_counts', ProfileRow>(
    'open/column-profile',
  ),
  rawFromArrow: statement('open/create-raw-from-arrow'),
  tableSource: statement('open/create-table-source'),
  arrowTypes: statement<[], { name: string; type: string }>('open/raw-arrow-types'),
  arrowFromParquet: statement<[path: string]>('open/create-arrow-import-from-parquet'),
  arrowFromCsvFiles: statement<[glob: string]>('open/create-arrow-import-from-csv-files'),
  rawColumns: statement<[], { name: string }>('open/raw-columns'),
  rawCount: statement<[], { n: number }>('open/raw-count'),
};

/**
 * Delimiters tried, in this order, when DuckDB's sniffer reads a file as one column or cannot read
 * it: the first that splits it into columns wins. Space and the two-character ones come last: a
 * space splits many one-column files into words, and ", " is also read by "," (with the spaces
 * trimmed later as any value's).
 */
const CANDIDATE_DELIMITERS = [',', ';', '\t', '|', ', ', '; ', ' '];

/** A column is date-like (number-like) when at least this share of its first non-empty values read as dates (numbers). */
const LIKE_SHARE = 0.5;
/** Rows the profile looks at (open/column-profile.sql). */
const PROFILE_ROWS = 1000;

/** DuckDB's refusal of a line over its maximum size; its line number comes on the first line of the message. */
const LINE_SIZE = /Maximum line size of (\d+) bytes exceeded\. Actual Size:\s*(\d+) bytes/i;

const isLineTooLong = (error: unknown): boolean => !(error instanceof EngineError) && LINE_SIZE.test(messageOf(error));

/**
 * DuckDB's CSV errors as the app's: bytes that are not UTF-8 (the encoding was detected from the
 * file's start, the bad bytes come later) name the line and ask for another encoding; a line over
 * DuckDB's size limit names the line, its size and the limit; any other reading error names the
 * file. DuckDB names the file by the name it was registered under ("upload-3.csv"), which means
 * nothing to the user: the reason says the file's own name instead.
 * `whileOpening`: DuckDB's sniffer numbers a long row "Line: 1" wherever it is, and every line
 * of a file's start was measured before it read it (lib/import/line-length.ts), so a row too
 * long there is a quoted cell that runs over many lines, said without a line number.
 */
export function csvReadError(error: unknown, file: string, registeredName?: string, whileOpening = false): EngineError {
  if (error instanceof EngineError) return error;
  const text = messageOf(error);
  const line = Number(/Line:\s*(\d+)/.exec(text)?.[1] ?? 0);
  if (/invalid unicode|byte sequence mismatch/i.test(text)) {
    return new EngineError('encoding_mismatch', { file, encoding: 'UTF-8', row: line });
  }
  const size = LINE_SIZE.exec(text);
  if (size) return longLineError(file, { line: whileOpening ? null : line, bytes: Number(size[2]), wholeFile: false }, Number(size[1]));
  const reason = registeredName ? reasonOf(error).replaceAll(registeredName, file) : reasonOf(error);
  return new EngineError('file_unreadable', { file, reason });
}

/** What the user chose of a CSV's dialect (ImportOptions); the rest is the sniffer's. */
export type CsvChoice = Pick<ImportOptions, 'delimiter' | 'quote' | 'escape' | 'header'>;

export function openCsv(db: Db, state: EngineState, registeredName: string, meta: SourceMeta, choice: CsvChoice = {}): DatasetInfo {
  let reading: CsvReading;
  try {
    const { delimiter } = choice;
    const withDelimiter = (d: string) => readCsv(db, registeredName, sniffWith(db, registeredName, d), choice);
    if (delimiter) {
      reading = withDelimiter(delimiter);
    } else {
      reading = readDamaged(db, registeredName, choice, meta.fileName);
      const wider = widerDelimiter(reading);
      if (wider) reading = withDelimiter(wider);
    }
  } catch (error) {
    throw csvReadError(error, meta.fileName, registeredName, true);
  }
  const { sniff, quoting, source, columns, preview } = reading;
  const dialect: CsvDialect = {
    delimiter: sniff.delimiter,
    quote: quoting.quote,
    escape: quoting.escape,
    hasHeader: sniff.has_header,
    skipRows: sniff.skip_rows,
    ...(commentChar(sniff.comment) ? { comment: sniff.comment } : {}),
    ...(source.from === SOURCE.lenient ? { lenient: true } : {}),
    dateFormat: sniff.date_format,
    timestampFormat: sniff.timestamp_format,
  };
  // Counting a CSV's rows means reading all of it; the import report gives the count after analysis.
  return describe(db, state, meta, dialect, columns, null, preview, source);
}

/**
 * DuckDB's sniffer with the delimiter chosen, or, when it gives up, its looser mode with that
 * delimiter: the strict one refuses a file whose lines end in a mix of CRLF and LF (one Excel
 * export appended to another), which pandas and DuckDB's reader, told the dialect, both read.
 */
function sniffWith(db: Db, registeredName: string, delimiter: string): SniffRow {
  try {
    return db.rows(SQL.sniffWithDelimiter, [registeredName, delimiter])[0];
  } catch (error) {
    if (isLineTooLong(error)) throw error;
    return db.rows(SQL.sniffLoose, [registeredName, delimiter])[0];
  }
}

interface CsvReading {
  sniff: SniffRow;
  quoting: CsvQuoting;
  source: OpenSource;
  columns: ColumnInfo[];
  preview: Record<string, unknown>[];
}

/**
 * The file read with a sniffer's dialect: the columns the whole read gives and its first rows.
 * With no quote in the sniffer's sample, RFC 4180's is assumed (csv-dialect.ts); when DuckDB then
 * cannot read the file (a quote in the sample that never closes made the sniffer find none), it
 * is read with quoting off, its quotes kept as text.
 */
function readCsv(db: Db, registeredName: string, sniffed: SniffRow, choice: CsvChoice): CsvReading {
  const reading = readCsvAs(db, registeredName, { ...sniffed, has_header: choice.header ?? sniffed.has_header }, choice);
  if (choice.header !== undefined || namesColumns(reading)) return reading;
  const row = headerRow(reading);
  if (row === null) return reading;
  // The lines above the header row: the sniffer's skipped ones, its header line if it took one, the rows above.
  const skip = sniffed.skip_rows + (reading.sniff.has_header ? 1 : 0) + row;
  return readCsvAs(db, registeredName, { ...sniffed, has_header: true, skip_rows: skip }, choice);
}

/** A header that names most columns: the sniffer took a real header line. */
const namesColumns = (reading: CsvReading): boolean =>
  reading.sniff.has_header && reading.columns.filter((c) => !GENERATED_NAME.test(c.name)).length * 2 > reading.columns.length;

/** Rows of the preview looked at for the header: a title or a few lines of preamble sit above it. */
const HEADER_SEARCH_ROWS = 10;

/**
 * The sniffer said "no header", or took a line that names few columns (a preamble line such as
 * "Shop export: orders,,,"): the first preview row that reads as a header (lib/import/header-guess.ts).
 */
function headerRow(reading: CsvReading): number | null {
  const cells = reading.preview.map((row) => reading.columns.map((c) => (row[c.name] == null ? null : String(row[c.name]))));
  for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, cells.length - 1); i++) {
    if (looksLikeHeader(cells[i], cells.slice(i + 1))) return i;
  }
  return null;
}

function readCsvAs(db: Db, registeredName: string, sniff: SniffRow, choice: CsvChoice): CsvReading {
  const quoting = choice.quote !== undefined ? chosenQuoting(choice.quote, choice.escape) : csvQuoting(sniff.quote, choice.escape ?? sniff.escape);
  try {
    return readQuoted(db, registeredName, sniff, quoting, SOURCE.csv);
  } catch (strictError) {
    // No quoting makes a line shorter: every other reading would fail the same way, slowly.
    if (isLineTooLong(strictError)) throw strictError;
    // A quote inside a quoted cell: DuckDB reads the file only leniently (cvm_csv_lenient).
    try {
      return readQuoted(db, registeredName, sniff, quoting, SOURCE.lenient);
    } catch {
      if (!quoting.assumed) throw strictError;
      return readQuoted(db, registeredName, sniff, UNQUOTED, SOURCE.csv);
    }
  }
}

function readQuoted(db: Db, registeredName: string, sniff: SniffRow, quoting: CsvQuoting, from: OwnSql): CsvReading {
  // Parallel until DuckDB refuses it for this file (source-read.ts).
  const source: OpenSource = {
    from,
    params: [registeredName, sniff.delimiter, sniff.has_header, sniff.skip_rows, quoting.quote, quoting.escape, true],
    ...(!quoting.chosen && quoting.quote !== NO_QUOTE ? { mayUnquote: true } : {}),
  };
  const types = new Map(sniff.columns.map((c) => [c.name, c.type]));
  // The preview's own columns, not the sniffer's: for a damaged file they can differ (the loose
  // sniffer pads a row with an extra field into a column of its own). One read gives both.
  const read = readingSource(source, () => db.rowsAndColumns(db.fill(SQL.preview, { source: source.from }), source.params));
  const columns = read.columns.map((name): ColumnInfo => ({ name, detectedType: types.get(name) ?? 'VARCHAR' }));
  const preview = read.rows;
  return { sniff, quoting, source, columns, preview };
}

/** DuckDB reports "no comment character" as "(empty)". */
const commentChar = (sniffed: string | null | undefined): boolean => typeof sniffed === 'string' && [...sniffed].length === 1;

const readsTable = (r: CsvReading) => r.columns.length > 1 && r.preview.length > 0;

/**
 * DuckDB's sniffer, and when its dialect gives one column or no row or it gives up (a row with a
 * field more or less, a quote never closed, a space between fields), the looser sniffer with each
 * candidate delimiter, the first that reads a table winning: a one-column file split at its
 * header's spaces reads no row (every data row lacks fields) and stays one column. When the strict
 * sniffer skipped lines above its header, which a second table below the first also makes it do
 * (it takes the last table's delimiter and skips everything above), the dialect that reads the
 * most rows wins; a true preamble keeps the strict dialect, the loose ones read no table through
 * it, and a reading whose header is a preamble line names fewer columns (mostRows). The rows that do not fit are left out when the file is read (cvm_csv keeps them in DuckDB's
 * rejects tables).
 */
function readDamaged(db: Db, registeredName: string, choice: CsvChoice, fileName: string): CsvReading {
  let strict: CsvReading | null = null;
  let failure: unknown = null;
  // A delimiter that splits the header into columns but fits no row: said if nothing reads better.
  let noRowFits: EngineError | null = null;
  try {
    strict = readCsv(db, registeredName, db.rows(SQL.sniff, [registeredName])[0], choice);
    if (readsTable(strict) && strict.sniff.skip_rows === 0) return strict;
  } catch (error) {
    // Every looser sniff would read the same line, each taking seconds per megabyte of it.
    if (isLineTooLong(error)) throw error;
    failure = error;
  }
  const tables = strict && readsTable(strict) ? [strict] : [];
  for (const delimiter of CANDIDATE_DELIMITERS) {
    try {
      const loose = readCsv(db, registeredName, db.rows(SQL.sniffLoose, [registeredName, delimiter])[0], choice);
      if (!readsTable(loose)) {
        // Not for a space: it splits many one-column files into words.
        if (loose.columns.length > 1 && loose.preview.length === 0 && delimiter !== ' ') noRowFits ??= rowsDoNotFit(db, registeredName, fileName, loose);
        continue;
      }
      if (tables.length === 0) return loose;
      tables.push(loose);
      break;
    } catch {
      // This delimiter does not read the file; the next may.
    }
  }
  if (tables.length > 1) return mostRows(db, tables);
  if (noRowFits && (!strict || !readsTable(strict))) throw noRowFits;
  if (strict) return strict;
  throw failure;
}

/**
 * Every row has more fields than the header (text with the delimiter in it, not quoted): the
 * first such line as the example. Null when the rows have fewer: a one-column file whose header
 * the candidate delimiter split, which stays "one column".
 */
function rowsDoNotFit(db: Db, registeredName: string, fileName: string, reading: CsvReading): EngineError | null {
  const first = db.rows(SQL.firstReject, [registeredName])[0];
  if (first?.error_type !== 'TOO MANY COLUMNS') return null;
  return new EngineError('csv_rows_do_not_fit', {
    file: fileName,
    columns: reading.columns.length,
    delimiter: reading.sniff.delimiter,
    row: first.line,
    value: first.text,
  });
}

/**
 * A delimiter of two characters that DuckDB's sniffer read as its first: ", " leaves a space at
 * the start of every cell after the first, ";;" an empty column between every two. Null when the
 * reading shows neither.
 */
/** Share of the cells after the first that start with a space when the delimiter is ", " (quoted cells do not). */
const SPACED_SHARE = 0.75;

function widerDelimiter(reading: CsvReading): string | null {
  const { columns, preview, sniff } = reading;
  if (columns.length < 3 || preview.length === 0 || sniff.delimiter.length !== 1) return null;
  const cells = (i: number) => preview.map((row) => row[columns[i].name]).filter((v) => v != null && String(v) !== '').map(String);
  const later = columns.slice(1).map((_, i) => i + 1);
  // DuckDB trims the header's names, not the cells; a quoted cell loses its space with its quotes.
  const after = later.flatMap(cells);
  if (after.length > 0 && after.filter((v) => v.startsWith(' ')).length >= SPACED_SHARE * after.length) return `${sniff.delimiter} `;
  const odd = columns.map((_, i) => i).filter((i) => i % 2 === 1);
  const doubled = columns.length % 2 === 1 && odd.every((i) => GENERATED_NAME.test(columns[i].name) && cells(i).length === 0);
  return doubled ? sniff.delimiter.repeat(2) : null;
}

/** DuckDB's name for a column whose header cell is empty: "column1", "column07". */
const GENERATED_NAME = /^column\d+$/i;

/**
 * The reading whose header names the most columns, then the one with the most rows over the whole
 * file; the first of equals. A preamble read as the header names one column ("Shop export: orders",
 * column1, column2...) however many rows it then reads.
 */
function mostRows(db: Db, readings: CsvReading[]): CsvReading {
  const named = readings.map((r) => r.columns.filter((c) => !GENERATED_NAME.test(c.name)).length);
  const best = readings.filter((_, i) => named[i] === Math.max(...named));
  const rows = best.map((r) => readingSource(r.source, () => db.rows(db.fill(SQL.sourceCount, { source: r.source.from }), r.source.params)[0].n));
  return best[rows.indexOf(Math.max(...rows))];
}

/** Parquet arrives as an Arrow IPC stream decoded by a JS/wasm reader: DuckDB-WASM's parquet extension would need a download. */
export function openArrow(db: Db, state: EngineState, ipc: Uint8Array, meta: SourceMeta): DatasetInfo {
  return openTable(db, state, meta, () => db.insertArrowIpc('arrow_import', ipc));
}

/** Native DuckDB reads Parquet itself: a file or a glob of files (`orders/*.parquet`), by the path SQL reads it by. */
export function openParquet(db: Db, state: EngineState, path: string, meta: SourceMeta): DatasetInfo {
  return openTable(db, state, meta, () => db.run(SQL.arrowFromParquet, [path]));
}

/**
 * Native DuckDB only: a glob of CSV files alike (a year per file) as one table. Row numbers count
 * through the files in order, as for Parquet: a single CSV's own reading (dialect report, lines
 * left out before reading) is for one file.
 */
export function openCsvFiles(db: Db, state: EngineState, glob: string, meta: SourceMeta): DatasetInfo {
  return openTable(db, state, meta, () => db.run(SQL.arrowFromCsvFiles, [glob]), 'file_unreadable');
}

/** After `load` has made the table arrow_import, the same steps for an Arrow stream and for Parquet or CSV files read natively. */
function openTable(db: Db, state: EngineState, meta: SourceMeta, load: () => void, failure: 'parquet_unreadable' | 'file_unreadable' = 'parquet_unreadable'): DatasetInfo {
  let types: Map<string, string>;
  try {
    load();
    types = new Map(db.rows(SQL.arrowTypes).map((c) => [c.name, c.type]));
    db.run(SQL.rawFromArrow);
    db.run(SQL.tableSource);
  } catch (error) {
    throw new EngineError(failure, { file: meta.fileName, reason: reasonOf(error) });
  } finally {
    db.dropTable('arrow_import');
  }
  const source: OpenSource = { from: SOURCE.table, params: TABLE_SOURCE_PARAMS };
  const columns = db.rows(SQL.rawColumns).map(({ name }): ColumnInfo => ({ name, detectedType: types.get(name) ?? 'VARCHAR' }));
  const rowCount = db.rows(SQL.rawCount)[0].n;
  const preview = db.rows(db.fill(SQL.preview, { source: source.from }), source.params);
  return describe(db, state, meta, null, columns, rowCount, preview, source);
}

function describe(
  db: Db,
  state: EngineState,
  meta: SourceMeta,
  dialect: CsvDialect | null,
  columns: ColumnInfo[],
  rowCount: number | null,
  rows: Record<string, unknown>[],
  source: OpenSource,
): DatasetInfo {
  if (rows.length === 0) throw new EngineError('no_rows', { file: meta.fileName });
  if (columns.length < 2) throw new EngineError('csv_one_column', { file: meta.fileName, column: columns[0]?.name ?? '' });
  const names = columns.map((c) => c.name);
  const preview = rows.map((row) => names.map((name) => (row[name] === null || row[name] === undefined ? null : String(row[name]))));
  const profile = profileOf(db, source, dialect, names);
  const sampled = Math.max(0, ...profile.map((p) => p.nonEmpty));
  const likes = (count: (p: ColumnProfile) => number) => profile.some((p) => p.nonEmpty > 0 && count(p) >= LIKE_SHARE * p.nonEmpty);
  if (!likes((p) => p.dates)) throw new EngineError('no_date_column', { file: meta.fileName, rows: Math.min(sampled, PROFILE_ROWS) });
  if (!likes((p) => p.numbers)) throw new EngineError('no_amount_column', { file: meta.fileName, rows: Math.min(sampled, PROFILE_ROWS) });
  const guess = guessDataset(columns, profile);
  const dataset: DatasetInfo = {
    fileName: meta.fileName,
    format: meta.format,
    sizeBytes: meta.sizeBytes,
    rowCount,
    columns,
    dialect,
    preview,
    guess: guess.mapping,
    platform: guess.platform,
    signature: fileSignature(meta.fileName, names),
    profile,
    encoding: meta.encoding ?? null,
    sheets: meta.sheets ?? null,
    sheet: meta.sheet ?? null,
  };
  // The analysis on screen stays until a prepare of this file succeeds (see state.ts).
  state.opened = { dataset, source };
  return dataset;
}

function profileOf(db: Db, source: OpenSource, dialect: CsvDialect | null, names: string[]): ColumnProfile[] {
  const profile = db.fill(SQL.profile, { source: source.from, evidence_counts: EVIDENCE_COUNTS });
  const rows = readingSource(source, () => db.rows(profile, [...source.params, dialect?.dateFormat ?? null, dialect?.timestampFormat ?? null]));
  const byName = new Map(rows.map((r) => [r.name, r]));
  return names.map((name): ColumnProfile => {
    const r = byName.get(name);
    if (!r) return { name, nonEmpty: 0, dates: 0, numbers: 0, dateEvidence: NO_DATE_EVIDENCE, numberEvidence: NO_NUMBER_EVIDENCE };
    return { name, nonEmpty: r.non_empty, dates: r.dates, numbers: r.numbers, dateEvidence: dateEvidenceOf(r), numberEvidence: numberEvidenceOf(r) };
  });
}
