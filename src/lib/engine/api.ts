// The one contract between the UI, the analysis worker and the Node CLI.
// Only plain data crosses it: no Arrow objects, class instances or Svelte proxies.

import type { SurveyAnswer } from '../surveys/answer';
import type { Locale } from '../i18n/locale';
import type { StoredAnswer, Survey, SurveyStarterText } from '../surveys/survey';
import type { Campaign } from '../campaign/campaign';
import type { DemoCampaignText } from '../demo/demo-campaign';
import type { SegmentationInput } from '../archetypes/segment';
import type { ReachGroup } from '../plan/cascade';
import type { PredictSummary, TimeUnit } from '../predict/summary';
import type { PredictProgress, PredictRequest, PredictResult } from '../predict/request';

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
  /** CSV: overrides the sniffed quote character (one character). */
  quote?: string;
  /** CSV: overrides the sniffed escape character (one character; default the quote, doubled as RFC 4180 does). */
  escape?: string;
  /** CSV: whether the first line read is a header (overrides the sniffer). */
  header?: boolean;
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
  /** The escape the file is read with. Absent in datasets kept before it was shown. */
  escape?: string;
  hasHeader: boolean;
  skipRows: number;
  /** The character that starts a comment line, which DuckDB's reader skips; absent when there is none. */
  comment?: string;
  /**
   * Read leniently (strict_mode off): DuckDB could not read the file strictly, for a quote inside a
   * quoted cell. Such quotes are text, and a row with a field more than the header keeps its first.
   */
  lenient?: boolean;
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
  /** Optional: the order's status (paid, cancelled, refunded, ...); orders that are not purchases are left out. */
  status?: string;
  /** Optional: the amount refunded of an order (Shopify "Refunded Amount"); an order counts at its amount less it. */
  refunded?: string;
}

/** A first look at one column over the file's first rows (see column-profile.sql). */
export interface ColumnProfile {
  name: string;
  nonEmpty: number;
  /** Values that read as dates (either day/month order) and as numbers (either decimal separator). */
  dates: number;
  numbers: number;
  dateEvidence: DateEvidence;
  numberEvidence: NumberEvidence;
}

/** How many values fit only day-first, only month-first, both with points ("01.02.2024"), both otherwise ("01/02/2024"). */
export interface DateEvidence {
  dayFirst: number;
  monthFirst: number;
  dotted: number;
  ambiguous: number;
}

/** How many values fit only a decimal point ("12.50"), only a decimal comma ("12,5"), both with different values ("1,234"). */
export interface NumberEvidence {
  point: number;
  comma: number;
  ambiguous: number;
}

export type DateOrderChoice = 'auto' | 'day-first' | 'month-first';
export type DecimalChoice = 'auto' | 'point' | 'comma';

/** How the rows of a file are read into orders; the user changes these on the mapping screen. */
export interface ImportChoices {
  dateOrder: DateOrderChoice;
  decimal: DecimalChoice;
  /** A strptime format (`npm run rfm --date-format`); when set, it alone reads the dates. */
  dateFormat: string | null;
  /** Drop exact duplicate rows (same text in every column); kept by default, as a till may repeat a line. */
  dropDuplicates: boolean;
  /** Treat customer ids that differ only in case or spaces as one customer. */
  mergeIdVariants: boolean;
  /** YYYY-MM-DD, the device's local date: rows dated later are future dates and are not used. */
  today: string;
  /** YYYY-MM-DD: rows dated earlier ("no date" placeholders such as 0001-01-01) are not used. */
  earliestDate: string;
  /**
   * With a status column: the statuses (as written in the file, or as lib/import/order-status.ts
   * keys) whose orders are not purchases. null: the default rule (cancelled, refunded, failed,
   * pending, ...). The mapping screen's choice keeps the rule's keys for every status the user did
   * not change, so a status that first appears in a later export of the same shape follows the rule.
   */
  excludedStatuses: string[] | null;
}

/** What was decided about a file's formats, and from what, for the import report. */
export interface FormatDecision {
  dayFirst: boolean;
  dateOrderSource: 'user' | 'format' | 'column' | 'dots' | 'not-needed';
  dateEvidence: DateEvidence;
  decimalComma: boolean;
  decimalSource: 'user' | 'column' | 'not-needed';
  numberEvidence: NumberEvidence;
}

export type RowIssue = 'no_customer' | 'bad_date' | 'bad_amount' | 'early_date' | 'future_date' | 'return' | 'duplicate' | 'id_control';

/** The kinds of row the rejected-rows download lists (a return and a cleaned id are used). */
export type RejectedIssue = Exclude<RowIssue, 'return' | 'id_control'>;

/** The reason texts of the rejected-rows download, in the user's language; `status` is followed by the row's status. */
/** Rows and lines of the file that are no order line, listed in the rows-not-used download with these reasons. */
export type LeftOutIssue = 'repeated_header' | 'totals' | 'malformed' | 'comment';
/** The reasons in the user's language; those of left-out lines of the file hold {line}, their line number. */
export type RejectedReasons = Record<RejectedIssue, string> & Partial<Record<LeftOutIssue | 'status', string>>;

/** One status found in the mapped status column, over the rows otherwise usable. */
export interface StatusCount {
  /** As written in the file (the first spelling met of its normalised form). */
  status: string;
  rows: number;
  orders: number;
  /** Left out: not a purchase under the default rule or the user's choice. */
  excluded: boolean;
}

/** The statuses of a column chosen as the order status, before analysis (open/status-values.sql). */
export interface StatusValues {
  /** The most frequent first, as written in the file (the first spelling met); empty statuses are not listed. */
  values: { status: string; rows: number }[];
  /** How many statuses the column holds in all, listed or not. */
  total: number;
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
  /**
   * The shop platform whose export this is (lib/mapping/platforms.ts), whose mapping the guess is;
   * null when the layout is no known platform's. Absent in datasets kept before it was recognised.
   */
  platform?: string | null;
  /** Stable per export shape (file name and header names); keys the remembered mapping. */
  signature: string;
  /**
   * The file's content (lib/engine/content-hash.ts): a kept dataset and a snapshot know their data
   * by it. Always set by the engine; absent in datasets kept and snapshots saved before it was.
   */
  contentHash?: string;
  /** Per column, over the first rows. */
  profile: ColumnProfile[];
  /** Text files: the encoding detected and used. */
  encoding: EncodingInfo | null;
  /** Excel: every sheet's name, and the one read. */
  sheets: string[] | null;
  sheet: string | null;
}

export interface RowExample {
  /** 1-based data row number in the file (header not counted). */
  row: number;
  /** The text that was read; for a duplicate, the number of the row it repeats. */
  value: string | null;
}

export interface ImportSummary {
  /** Every data row of the file is exactly one of: used, no customer, bad date, bad amount, early date, future date. */
  rows: number;
  rowsUsed: number;
  rowsNoCustomer: number;
  rowsBadDate: number;
  rowsBadAmount: number;
  rowsFutureDate: number;
  /** Rows dated before the earliest plausible date (choices.earliestDate). Absent in summaries kept before it was counted. */
  rowsEarlyDate?: number;
  /** Rows whose customer id held control characters (NUL, tab, ...), removed; the rows are used. Absent in older summaries. */
  rowsIdControl?: number;
  /** CSV lines left out because they do not fit the table (a field more or less, a quote never closed). Absent in older summaries. */
  rowsMalformed?: number;
  /** A few of them; here `row` is the line of the file, the header counted. */
  malformedExamples?: RowExample[];
  /** A quote opened and never closed took the lines after it with it: quoting off (ImportOptions.quote '') reads them. */
  unclosedQuote?: boolean;
  /** Such a quote was met on this line of the file and the file read better with quoting off, so it was read that way: every quote is text. */
  quotingOffLine?: number;
  /** Comment lines (starting with the dialect's comment character), which the reader skips; `row` a line of the file. Absent in older summaries. */
  rowsComment?: number;
  commentExamples?: RowExample[];
  /** Rows that repeat the header inside the data (exports glued one below another), left out. Absent in older summaries. */
  rowsRepeatedHeader?: number;
  repeatedHeaderExamples?: RowExample[];
  /** Totals lines ("Итого", "Total") with no customer or no date, left out. Absent in older summaries. */
  rowsTotals?: number;
  totalsExamples?: RowExample[];
  /** Rows used with a negative amount (returns, cancellations): they lower net revenue. Rows left out are not counted. */
  rowsReturns: number;
  /** Usable rows left out for their order status (cancelled, refunded, ...). Absent in older summaries. */
  rowsExcludedStatus?: number;
  /** Continuation lines of a line-item export that took their order's customer, date or status. Absent in older summaries. */
  rowsFromOrder?: number;
  /** With orders of several lines: whether an order's amount was its total (counted once) or the sum of its lines. */
  orderAmount?: 'total' | 'lines';
  /** With a status column: every status found, with its rows and orders, the largest first. */
  statuses?: StatusCount[];
  /** Rows identical in every column to an earlier row. */
  duplicateRows: number;
  /** Of these, rows with an order id: line items that repeat within one order (two of one item), not a file exported twice. Absent in older summaries. */
  duplicatesInOrders?: number;
  /** Used rows removed because the user chose to drop duplicates (0 when kept). */
  duplicatesDropped: number;
  /** Groups of customer ids that differ only in case or spaces, a few of them, and whether they were merged. */
  idVariantGroups: number;
  idVariantExamples: string[][];
  idVariantsMerged: boolean;
  examples: Record<RowIssue, RowExample[]>;
  /**
   * The examples carry row numbers but not yet their text: the page reads it after the segments
   * are on screen (EngineApi.exampleTexts). Absent once read, and in every summary kept or saved.
   */
  examplesPending?: true;
  formats: FormatDecision;
  choices: ImportChoices;
  orders: number;
  customers: number;
  firstDate: string;
  lastDate: string;
  /** The day after the last order date: the default as-of date. */
  defaultAsOf: string;
}

/** A survey export as text: its header and rows (lib/surveys/survey-columns.ts guesses what they hold). */
export interface SurveyTable {
  headers: string[];
  rows: (string | null)[][];
}

/** The columns of the order file that hold each customer's contacts, for matching survey answers. */
export interface SurveyContacts {
  email?: string;
  phone?: string;
}

/** The columns of the order file that hold each customer's contacts for the channel cascade. */
export interface ChannelContacts {
  email?: string;
  phone?: string;
  push?: string;
  messenger?: string;
}

/** Per segment of the segmentation in use, its customers grouped by which channels can reach them. */
export interface PlanReach {
  segments: { segment: string; customers: number; groups: ReachGroup[] }[];
}

/** One customer of a segment as the target lists need them: a contact per channel (null: not reachable there). */
export interface PlanTarget {
  customer_id: string;
  recency_days: number;
  /** YYYY-MM-DD. */
  last_purchase: string;
  email: string | null;
  phone: string | null;
  push: string | null;
  messenger: string | null;
}

/** What one customer bought in a campaign's response window: net revenue in whole minor units, purchases (orders above zero). */
export interface CampaignPurchase {
  id: string;
  revenueCents: number;
  orders: number;
}

export type SurveyUnmatchedReason = 'no_id' | 'not_customer' | 'ambiguous';

export interface SurveyGroup {
  /** The segment's id; null for all answers, matched or not. */
  segment: string | null;
  responses: number;
  /** Answers with an NPS score, of which promoters (9-10), passives (7-8) and detractors (0-6). */
  npsAnswers: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** % promoters - % detractors, one decimal; null without an NPS answer. */
  nps: number | null;
  satisfactionAnswers: number;
  /** Mean of the 1-5 answers, two decimals; null without one. */
  satisfactionMean: number | null;
  /** Each "what matters" option chosen: by how many answers, and their share of the responses. */
  matters: { option: string; answers: number; share: number }[];
}

export interface SurveyResults {
  answers: number;
  matched: number;
  unmatched: Record<SurveyUnmatchedReason, number>;
  /** The first unmatched answers (1-based number in the survey), with the identifier given. */
  unmatchedExamples: { answer: number; id: string | null; reason: SurveyUnmatchedReason }[];
  /** Per segment of the matched answers (in no set order: lib/surveys/survey-table.ts orders them); `all`, every answer. */
  segments: SurveyGroup[];
  all: SurveyGroup;
  /** The segment each answer landed in, in answer order (the i-th is answer i + 1); null when it matched no customer. */
  answerSegments: (string | null)[];
}

export interface ScoringSettings {
  /** YYYY-MM-DD; orders on or after it are ignored. */
  asOf: string;
  method: ScoringMethod;
  bins: Record<Axis, number>;
  /** Used with method 'custom': ascending cut points per axis (bins = cuts + 1). */
  thresholds: Record<Axis, number[]>;
  /** Id of the archetype configuration; the engine segments with the SegmentationInput given beside these settings. */
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
  /**
   * Their net revenue together (their returns, negative or 0): the scored customers' `revenue`
   * plus this is the net revenue of every order before the as-of date, the figure the books
   * show. Absent in snapshots saved before it was counted.
   */
  noPurchaseRevenue?: number;
  noPurchaseExamples: string[];
}

/** Customers of one segment (archetype id, or Other) under the archetype configuration used. */
export interface SegmentTotal {
  segment: string;
  customers: number;
  purchases: number;
  revenue: number;
}

export interface ScoreResult {
  settings: ScoringSettings;
  summary: ScoreSummary;
  cuts: Record<Axis, AxisCuts>;
  cells: CellStat[];
  /** By segment: rules first, then the cell map, then Other; every scored customer in exactly one. */
  segments: SegmentTotal[];
}

/** One segment's worth at the as-of date (ratios are made from these in lib/value). */
export interface SegmentValue {
  segment: string;
  customers: number;
  purchases: number;
  revenue: number;
  /** Customers with 2 or more purchases. */
  repeaters: number;
  /** Customers without a purchase for longer than the churn threshold. */
  churned: number;
  /** Sum over its customers of the days from their first purchase to the as-of date. */
  ageDays: number;
}

export interface ChurnSuggestion {
  /** The quantile used, for example 0.9. */
  share: number;
  /** Gaps between consecutive purchases it was computed from. */
  gaps: number;
  /** Days; null when no customer bought twice. */
  days: number | null;
}

export interface MovementOptions {
  /** Score the earlier date with the later date's cut points (not for equal-size groups). */
  holdCuts: boolean;
  churnDays: number;
}

export interface MovementCell {
  /** Segment at the earlier date; null: not yet a customer then. */
  before: string | null;
  after: string;
  customers: number;
  /** Of these, customers churned at the later date who were not churned at the earlier one. */
  newlyChurned: number;
}

export interface MovementResult {
  before: string;
  after: string;
  holdCuts: boolean;
  churnDays: number;
  customersBefore: number;
  customersAfter: number;
  cells: MovementCell[];
}

/** One period (month or week) of the shop's health, before the as-of date. */
export interface HealthPoint {
  /** First day of the period, YYYY-MM-DD. */
  period: string;
  /** Net revenue of the period's orders (returns included). */
  revenue: number;
  purchases: number;
  /** Customers with a purchase in the period. */
  active: number;
  /** Of these, customers whose first purchase it was. */
  newCustomers: number;
  /** Customers whose silence after a purchase passed the churn threshold in this period. */
  churned: number;
}

/** The segment mix at one as-of date. */
export interface SegmentMixPoint {
  asOf: string;
  customers: number;
  segments: SegmentTotal[];
}

/** Customers acquired in one month, and what they did `monthsAfter` months later. */
export interface CohortCell {
  /** YYYY-MM of the first purchase. */
  cohort: string;
  monthsAfter: number;
  buyers: number;
  revenue: number;
}

/** The orders the segment page's customer list can be sorted in (a fixed list: the engine maps each to its SQL). */
export const SEGMENT_CUSTOMER_SORTS = ['customer', 'last_purchase', 'frequency', 'monetary', 'r', 'f', 'm'] as const;
export type SegmentCustomerSort = (typeof SEGMENT_CUSTOMER_SORTS)[number];

/** One page of one segment's customers, as the segment page asks for it. */
export interface SegmentCustomersRequest {
  /** Archetype id, or Other. */
  segment: string;
  sort: SegmentCustomerSort;
  descending: boolean;
  /** Only customers whose id contains this text, whatever its case; '' for all. */
  search: string;
  offset: number;
  limit: number;
}

export interface SegmentCustomer {
  customerId: string;
  /** YYYY-MM-DD. */
  lastPurchase: string;
  recencyDays: number;
  frequency: number;
  /** Net revenue, rounded to cents. */
  monetary: number;
  r: number;
  f: number;
  m: number;
}

export interface SegmentCustomersPage {
  /** Customers of the segment. */
  total: number;
  /** Of these, those the search finds: the list pages through them. */
  matching: number;
  rows: SegmentCustomer[];
  /** The smallest and largest values among all the segment's customers; null when it has none. */
  ranges: { recencyDays: [number, number]; frequency: [number, number]; monetary: [number, number] } | null;
}

export interface ProgressEvent {
  phase: 'engine' | 'reading' | 'preparing' | 'scoring' | 'exporting';
  /** 0..1 when known. */
  fraction?: number;
  /** Reading a file: the furthest byte the engine has read in this phase, and the file's size. */
  bytesRead?: number;
  totalBytes?: number;
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
  /** Reads a dropped file. The File handle is registered with DuckDB (a CSV up to 128 MB is copied into its memory in the worker); its bytes never pass the main thread (which samples only the first 64 KB, for the size check). */
  openFile(file: File, onProgress?: ProgressCallback, options?: ImportOptions): Promise<DatasetInfo>;
  /**
   * The content hash of the file or demo shop opened last (DatasetInfo.contentHash), worked out in
   * the background after opening; null when none was opened or it could not be read.
   */
  contentHash(): Promise<string | null>;
  /** Generates and opens the seeded demo shop. */
  openDemo(seed: number): Promise<DatasetInfo>;
  /** The statuses of a column of the open file, at most `limit` of them, for the mapping screen's choice of those that count. */
  statusValues(column: string, limit: number): Promise<StatusValues>;
  /** Builds the orders of the open dataset under a mapping. */
  prepare(mapping: ColumnMapping, choices: ImportChoices, onProgress?: ProgressCallback): Promise<ImportSummary>;
  /** The last prepare's report with its examples' text read (it came with `examplesPending`): one more pass over the file. */
  exampleTexts(): Promise<ImportSummary>;
  /** The open file as understood (every column as read, UTF-8 CSV), for the user to check. */
  exportSourceCsv(): Promise<Uint8Array>;
  /** The rows of the last prepare that could not be used, with row number and reason (texts in the user's language). */
  exportRejectedCsv(reasons: RejectedReasons): Promise<Uint8Array>;
  /** Scores customers and segments them under `segmentation`; fast enough to call on every settings change. */
  score(settings: ScoringSettings, segmentation: SegmentationInput): Promise<ScoreResult>;
  /** Scored customers as CSV bytes, all or one segment's (`options.segment`); `segmentNames` maps segment ids to the names to write (an id without a name is written as it is). */
  exportScoresCsv(
    settings: ScoringSettings,
    segmentation: SegmentationInput,
    segmentNames: Record<string, string>,
    options?: { gzip?: boolean; segment?: string },
  ): Promise<Uint8Array>;
  /** One page of one segment's customers (the segment page's list), sorted and searched in SQL. */
  segmentCustomers(settings: ScoringSettings, segmentation: SegmentationInput, request: SegmentCustomersRequest): Promise<SegmentCustomersPage>;
  /** The analysed orders, gzip-compressed CSV: the compact copy of a dataset kept on the device. */
  exportOrders(): Promise<Uint8Array>;
  /** What each segment is worth (churn: no purchase for more than `churnDays`). */
  segmentValue(settings: ScoringSettings, segmentation: SegmentationInput, churnDays: number): Promise<SegmentValue[]>;
  /** Monthly or weekly health series before `asOf`. */
  healthSeries(asOf: string, period: 'month' | 'week', churnDays: number): Promise<HealthPoint[]>;
  /** The segment mix at each date (segment sizes over time). */
  segmentMix(settings: ScoringSettings, segmentation: SegmentationInput, dates: string[]): Promise<SegmentMixPoint[]>;
  /** Acquisition cohorts before `asOf`. */
  cohorts(asOf: string): Promise<CohortCell[]>;
  /** A churn threshold suggested from the data. */
  suggestChurnDays(asOf: string, share: number): Promise<ChurnSuggestion>;
  /** Who moved between segments from `beforeAsOf` to `settings.asOf`. */
  movement(settings: ScoringSettings, beforeAsOf: string, segmentation: SegmentationInput, options: MovementOptions): Promise<MovementResult>;
  /** The first `limit` customers of one cell of the last movement, by id. */
  movementCustomers(cell: { before: string | null; after: string }, limit: number): Promise<string[]>;
  /** The last movement's customers (all, or one cell's) as CSV. */
  exportMovementCsv(segmentNames: Record<string, string>, cell?: { before: string | null; after: string }): Promise<Uint8Array>;
  /** Makes a kept dataset the analysed one, from its compact copy and the facts saved beside it. */
  loadOrders(compressed: Uint8Array, dataset: DatasetInfo, summary: ImportSummary): Promise<void>;
  /** A survey export (a form tool's CSV) as text, for its columns to be guessed and confirmed. */
  readSurveyFile(file: File): Promise<SurveyTable>;
  /** Any small text table (a CSV, or a plain list with one value a line) as text: a campaign's list of responders. */
  readTableFile(file: File): Promise<SurveyTable>;
  /** Survey answers matched to the scored customers (by id, or the order file's contact columns) and summed per segment. */
  surveyResults(settings: ScoringSettings, segmentation: SegmentationInput, answers: SurveyAnswer[], contacts: SurveyContacts): Promise<SurveyResults>;
  /** Per segment, the scored customers grouped by which channels (the order file's contact columns) can reach them: the cascade planner's input. */
  planReach(settings: ScoringSettings, segmentation: SegmentationInput, contacts: ChannelContacts): Promise<PlanReach>;
  /** One segment's customers with their contact per channel, for the target lists. */
  planTargets(settings: ScoringSettings, segmentation: SegmentationInput, contacts: ChannelContacts, segment: string): Promise<PlanTarget[]>;
  /** Per customer, the orders of the analysed dataset dated `from` to `until` (YYYY-MM-DD, both in): a campaign's responses measured on newer orders. */
  campaignPurchases(from: string, until: string): Promise<CampaignPurchase[]>;
  /** Each customer's repeat-purchase summary (x, t_x, T, mean repeat value, holdout purchases) up to `calibrationEnd` (included), as columns: what BG/NBD and Gamma-Gamma are fitted on. */
  predictSummary(calibrationEnd: string, timeUnit: TimeUnit): Promise<PredictSummary>;
  /**
   * Fits BG/NBD and Gamma-Gamma on the orders up to `request.calibrationEnd` (null: the last order
   * date), predicts every customer (unless a reason blocks) and sums the predictions per segment of
   * these scores. Per-customer figures come back as columns. `onProgress` (a Comlink proxy from
   * the page) hears the summary, each optimiser step and the predictions.
   */
  predict(settings: ScoringSettings, segmentation: SegmentationInput, request: PredictRequest, onProgress?: (progress: PredictProgress) => void): Promise<PredictResult>;
  /** The demo shop's own survey and its answers (lib/demo/demo-survey.ts), for the shop of `seed` that openDemo opens. */
  /** The demo shop's survey and its customers' answers; `locale`: the language of their comments. */
  demoSurvey(seed: number, text: SurveyStarterText, locale: Locale): Promise<{ survey: Survey; answers: StoredAnswer[] }>;
  /** The demo shop's win-back campaign, measured on its own orders (lib/demo/demo-campaign.ts), for the shop of `seed`; `text`: its words in the language on screen. */
  demoCampaign(seed: number, text: DemoCampaignText): Promise<Campaign>;
}
