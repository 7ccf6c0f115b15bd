// The one contract between the UI, the analysis worker and the Node CLI.
// Only plain data crosses it: no Arrow objects, class instances or Svelte proxies.

export type Axis = 'r' | 'f' | 'm';
export type ScoringMethod = 'quantile' | 'ntile' | 'custom';
export type SourceFormat = 'csv' | 'parquet' | 'demo' | 'xlsx' | 'json';

/** Text encodings the app detects and transcodes (TextDecoder labels). */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'koi8-r';

/** How the text of a file was decoded: what was detected, and what was used (the user may override). */
export interface EncodingInfo {
  detected: TextEncodingName;
  used: TextEncodingName;
  /** Why the detector chose `detected`. */
  reason: 'bom' | 'nul-pattern' | 'ascii' | 'valid-utf8' | 'cyrillic-letters' | 'fallback';
  hadBom: boolean;
}

/** Choices the user (or `npm run rfm` flags) can make about how a file is read. */
export interface ImportOptions {
  /** Overrides the detected encoding. */
  encoding?: TextEncodingName;
  /** Overrides DuckDB's sniffed delimiter: one of , ; tab | */
  delimiter?: string;
  /** Excel: which sheet (default: the first). */
  sheet?: string;
}

export interface ColumnInfo {
  name: string;
  /** Type DuckDB's sniffer (CSV) or the file's schema (Parquet) gave the column. */
  detectedType: string;
}

/** What DuckDB's CSV sniffer decided, shown to the user so a wrong guess is visible. */
export interface CsvDialect {
  delimiter: string;
  quote: string;
  hasHeader: boolean;
  skipRows: number;
  dateFormat: string | null;
  timestampFormat: string | null;
}

export interface ColumnMapping {
  customer: string;
  date: string;
  /** Either `amount`, or `quantity` and `price` (amount = quantity x price). */
  amount?: string;
  quantity?: string;
  price?: string;
  /** Optional: without it every row is one order. */
  order?: string;
}

export interface DatasetInfo {
  fileName: string;
  format: SourceFormat;
  sizeBytes: number;
  /** Known up front for Parquet; for CSV counting would mean reading the whole file, so null until analysed. */
  rowCount: number | null;
  columns: ColumnInfo[];
  dialect: CsvDialect | null;
  /** First rows as text, for the mapping preview. */
  preview: (string | null)[][];
  /** Mapping guessed from header names and types; the user confirms or changes it. */
  guess: Partial<ColumnMapping>;
  /** Stable per export shape (file name and header names); keys the remembered mapping. */
  signature: string;
}

export interface RowExample {
  /** 1-based data row number in the file (header not counted). */
  row: number;
  value: string | null;
}

export interface ImportSummary {
  rows: number;
  rowsUsed: number;
  rowsNoCustomer: number;
  rowsBadDate: number;
  rowsBadAmount: number;
  badDateExamples: RowExample[];
  badAmountExamples: RowExample[];
  orders: number;
  customers: number;
  firstDate: string;
  lastDate: string;
  /** The day after the last order date: the default as-of date. */
  defaultAsOf: string;
}

export interface ScoringSettings {
  /** YYYY-MM-DD; orders on or after it are ignored. */
  asOf: string;
  method: ScoringMethod;
  bins: Record<Axis, number>;
  /** Used with method 'custom': ascending cut points per axis (bins = cuts + 1). */
  thresholds: Record<Axis, number[]>;
  /** Preset id of the archetype table. */
  archetypes: string;
}

/** One score band of one axis: the values that received `score`. */
export interface ScoreBand {
  score: number;
  customers: number;
  /** Observed value range inside the band; null when the band is empty. */
  min: number | null;
  max: number | null;
}

export interface AxisCuts {
  /** Cut points between bands, ascending in value (for quantile and custom methods). */
  cuts: number[];
  bands: ScoreBand[];
}

export interface CellStat {
  r: number;
  f: number;
  m: number;
  customers: number;
  purchases: number;
  revenue: number;
}

export interface ScoreSummary {
  asOf: string;
  /** Customers with at least one purchase before the as-of date: the scored ones. */
  customers: number;
  purchases: number;
  /** Net revenue of scored customers (returns included). */
  revenue: number;
  /** Customers with orders before the as-of date but no purchase (only returns or zero orders). */
  customersNoPurchase: number;
  noPurchaseExamples: string[];
}

export interface ScoreResult {
  settings: ScoringSettings;
  summary: ScoreSummary;
  cuts: Record<Axis, AxisCuts>;
  cells: CellStat[];
}

export interface ScoredCustomer {
  customer_id: string;
  recency_days: number;
  frequency: number;
  monetary: number;
  r: number;
  f: number;
  m: number;
  cell: string;
  segment: string;
}

export interface ProgressEvent {
  phase: 'engine' | 'reading' | 'preparing' | 'scoring' | 'exporting';
  /** 0..1 when known. */
  fraction?: number;
}

export type ProgressCallback = (event: ProgressEvent) => void;

export interface EngineInfo {
  duckdbVersion: string;
}

export interface EngineMemory {
  /** Size of the engine's WebAssembly memory: it only grows, so this is also its peak. */
  wasmBytes: number;
}

export interface EngineApi {
  ready(): Promise<EngineInfo>;
  /** For the benchmark and the size warning: how much memory the engine holds. */
  memory(): Promise<EngineMemory>;
  /** Reads a dropped file. The File handle is registered with DuckDB; its bytes never pass the main thread. */
  openFile(file: File, onProgress?: ProgressCallback): Promise<DatasetInfo>;
  /** Generates and opens the seeded demo shop. */
  openDemo(seed: number): Promise<DatasetInfo>;
  /** Builds the orders of the open dataset under a mapping. */
  prepare(mapping: ColumnMapping, onProgress?: ProgressCallback): Promise<ImportSummary>;
  /** Scores customers; fast enough to call on every settings change. */
  score(settings: ScoringSettings): Promise<ScoreResult>;
  /** Scored customers as CSV bytes; `segmentNames` maps archetype ids to the names to write. */
  exportScoresCsv(settings: ScoringSettings, segmentNames: Record<string, string>): Promise<Uint8Array>;
}
