// The analysis itself: file -> raw text table -> order lines -> orders -> customers -> scores.
// Runs synchronously on DuckDB's blocking bindings; the browser worker and the Node CLI
// both wrap this one class, so the SQL tested in Node is the SQL the page runs.

import type {
  Axis,
  AxisCuts,
  CellStat,
  ColumnInfo,
  ColumnMapping,
  ColumnProfile,
  CsvDialect,
  DatasetInfo,
  DateEvidence,
  EncodingInfo,
  ImportChoices,
  ImportSummary,
  NumberEvidence,
  RowExample,
  RowIssue,
  ScoreBand,
  ScoreResult,
  ScoreSummary,
  ChurnSuggestion,
  CohortCell,
  HealthPoint,
  SegmentMixPoint,
  MovementOptions,
  MovementResult,
  ScoringSettings,
  SegmentTotal,
  SegmentValue,
  SourceFormat,
} from '../lib/engine/api';
import { EngineError, isOutOfMemory, messageOf, reasonOf } from '../lib/engine/errors';
import { fileSignature } from '../lib/engine/signature';
import { guessMapping, mappingProblems } from '../lib/mapping/guess-mapping';
import { OTHER_ID } from '../lib/archetypes/config';
import { configFromPreset, type ConfigPresetId } from '../lib/archetypes/presets';
import { segmentationInput, type SegmentationInput } from '../lib/archetypes/segment';
import { AXES, orderStatisticPositions, quantileBreaks } from '../lib/rfm/cuts';
import { validateSettings, effectiveBins } from '../lib/rfm/settings';
import type { Db } from './db';
import { decideDayFirst, decideDecimalComma, defaultImportChoices, formatDecision, NO_DATE_EVIDENCE, NO_NUMBER_EVIDENCE } from '../lib/import/format-decision';
import { expandFragment, fillTemplate, quoteIdent, SOURCE, SQL_NULL, type QuotedIdent, type SourceFragment } from './sql-template';
import type { SqlParam } from './db';

export interface SourceMeta {
  fileName: string;
  sizeBytes: number;
  format: SourceFormat;
  encoding?: EncodingInfo | null;
  sheets?: string[] | null;
  sheet?: string | null;
}

/** A column is date-like (number-like) when at least this share of its first non-empty values read as dates (numbers). */
const LIKE_SHARE = 0.5;
/** Rows per slice of the duplicate search (create-duplicate-groups.sql): bounds its hash table. */
const DUPLICATE_SLICE_ROWS = 2_000_000;
/** Rows the profile looks at (column-profile.sql). */
const PROFILE_ROWS = 1000;

interface ProfileRow {
  name: string;
  non_empty: number;
  dates: number;
  numbers: number;
  date_day_first: number;
  date_month_first: number;
  date_dotted: number;
  date_ambiguous: number;
  number_point: number;
  number_comma: number;
  number_ambiguous: number;
}

interface LinesStats extends ProfileEvidenceRow {
  rows: number;
  no_customer: number;
  bad_date: number;
  bad_amount: number;
  future_date: number;
  used: number;
  returns: number;
  duplicates: number;
  used_duplicates: number;
}

type ProfileEvidenceRow = Pick<
  ProfileRow,
  'date_day_first' | 'date_month_first' | 'date_dotted' | 'date_ambiguous' | 'number_point' | 'number_comma' | 'number_ambiguous'
>;

const dateEvidenceOf = (r: ProfileEvidenceRow): DateEvidence => ({
  dayFirst: r.date_day_first,
  monthFirst: r.date_month_first,
  dotted: r.date_dotted,
  ambiguous: r.date_ambiguous,
});
const numberEvidenceOf = (r: ProfileEvidenceRow): NumberEvidence => ({
  point: r.number_point,
  comma: r.number_comma,
  ambiguous: r.number_ambiguous,
});
const addNumberEvidence = (a: NumberEvidence, b: NumberEvidence): NumberEvidence => ({
  point: a.point + b.point,
  comma: a.comma + b.comma,
  ambiguous: a.ambiguous + b.ambiguous,
});


interface SniffRow {
  delimiter: string;
  quote: string;
  skip_rows: number;
  has_header: boolean;
  date_format: string | null;
  timestamp_format: string | null;
  columns: { name: string; type: string }[];
}

/** Where a dataset's rows are read from: the file itself (CSV) or the raw table (Parquet). */
interface OpenSource {
  from: SourceFragment;
  /** The four source parameters ($1..$4) every statement reading {{source}} takes first. */
  params: SqlParam[];
}

interface PickedExample {
  kind: RowIssue;
  row: number;
  /** For a duplicate: the row it repeats. */
  repeats: number | null;
}

/** The picked rows as report examples, in file order; `textOf` gives a row's text (null when unread). */
function examplesOf(picked: PickedExample[], textOf: (kind: RowIssue, row: number) => string | null): Record<RowIssue, RowExample[]> {
  const examples: Record<RowIssue, RowExample[]> = { no_customer: [], bad_date: [], bad_amount: [], future_date: [], return: [], duplicate: [] };
  for (const { kind, row, repeats } of [...picked].sort((a, b) => a.row - b.row)) {
    examples[kind].push({ row, value: kind === 'duplicate' ? String(repeats) : textOf(kind, row) });
  }
  return examples;
}

interface LineJob {
  /** A statement of the catalog with line-values.sql and the mapped columns filled in. */
  template(name: string): string;
  /** $1..$11 of line-values.sql. */
  params(dayFirst: boolean, decimalComma: boolean): SqlParam[];
  sourceParams: SqlParam[];
  today: string;
}

interface OrderStatistics {
  n: number;
  values: Record<Axis, Map<number, number>>;
}

interface CustomersAsOf {
  asOf: string;
  scored: number;
  noPurchase: { total: number; examples: string[] };
  orderStats: OrderStatistics | null;
}

const EXPORT_FILE = 'cvm-scores-export.csv';

/** The segmentation of a preset configuration (settings.archetypes names the preset) on the settings' grid. */
function presetSegmentation(settings: ScoringSettings): SegmentationInput {
  return segmentationInput(configFromPreset(settings.archetypes as ConfigPresetId, settings.bins));
}
const SOURCE_EXPORT_FILE = 'cvm-export.csv';

const quantityTimesPriceOf = (mapping: ColumnMapping) => !mapping.amount && !!mapping.quantity && !!mapping.price;


/**
 * DuckDB's CSV errors as the app's: bytes that are not UTF-8 (the encoding was detected from the
 * file's start, the bad bytes come later) name the line and ask for another encoding; any other
 * reading error names the file.
 */
function csvReadError(error: unknown, file: string): EngineError {
  if (error instanceof EngineError) return error;
  const text = messageOf(error);
  if (/invalid unicode|byte sequence mismatch/i.test(text)) {
    return new EngineError('encoding_mismatch', { file, encoding: 'UTF-8', row: Number(/Line:\s*(\d+)/.exec(text)?.[1] ?? 0) });
  }
  return new EngineError('file_unreadable', { file, reason: reasonOf(error) });
}

export class AnalysisEngine {
  private readonly db: Db;
  /** The file currently open (mapping step) and how its statements read it. */
  private opened: { dataset: DatasetInfo; source: OpenSource } | null = null;
  /** The dataset whose orders table is built; only replaced when a prepare succeeds. */
  private prepared: { dataset: DatasetInfo; summary: ImportSummary } | null = null;
  private customers: CustomersAsOf | null = null;
  /** How the last prepare read its lines, for the rejected-rows download. */
  private lastJob: { job: LineJob; params: SqlParam[] } | null = null;
  private scoresKey: string | null = null;
  /** The segmentation the segment tables hold (skip re-inserting them when unchanged). */
  private segmentationKey: string | null = null;
  /** Per-cell, total and band figures of the scores table, for its key. */
  private scoreStats: {
    key: string | null;
    cells: CellStat[];
    totals: { customers: number; purchases: number; revenue: number };
    bands: ({ axis: Axis } & ScoreBand)[];
  } | null = null;
  /** Segment ids by number when the last movement was made (its exports label with these). */
  private movementSegmentIds: string[] | null = null;
  /** Segment ids by the numbers the segment tables use. */
  private segmentIds: string[] = [];

  constructor(db: Db) {
    this.db = db;
  }

  duckdbVersion(): string {
    return this.db.bindings.getVersion();
  }

  openCsv(registeredName: string, meta: SourceMeta, delimiter?: string): DatasetInfo {
    let sniff: SniffRow;
    let preview: Record<string, unknown>[];
    const source: OpenSource = { from: SOURCE.csv, params: [registeredName, '', false, 0] };
    try {
      sniff = delimiter
        ? this.db.rows<SniffRow>('sniff-csv-delim', [registeredName, delimiter])[0]
        : this.db.rows<SniffRow>('sniff-csv', [registeredName])[0];
      source.params = [registeredName, sniff.delimiter, sniff.has_header, sniff.skip_rows];
      preview = this.db.rowsOf<Record<string, unknown>>(fillTemplate(this.db.statement('source-preview'), { source: source.from }), source.params);
    } catch (error) {
      throw csvReadError(error, meta.fileName);
    }
    const dialect: CsvDialect = {
      delimiter: sniff.delimiter,
      quote: sniff.quote,
      hasHeader: sniff.has_header,
      skipRows: sniff.skip_rows,
      dateFormat: sniff.date_format,
      timestampFormat: sniff.timestamp_format,
    };
    const columns = sniff.columns.map((c): ColumnInfo => ({ name: c.name, detectedType: c.type }));
    // Counting a CSV's rows means reading all of it; the import report gives the count after analysis.
    return this.describe(meta, dialect, columns, null, preview, source);
  }

  /** Parquet arrives as an Arrow IPC stream decoded by a JS/wasm reader: DuckDB's parquet extension would need a download. */
  openArrow(ipc: Uint8Array, meta: SourceMeta): DatasetInfo {
    let types: Map<string, string>;
    try {
      this.db.insertArrowIpc('arrow_import', ipc);
      types = new Map(this.db.rows<{ name: string; type: string }>('raw-arrow-types').map((c) => [c.name, c.type]));
      this.db.run('create-raw-from-arrow');
      this.db.run('create-table-source');
    } catch (error) {
      throw new EngineError('parquet_unreadable', { file: meta.fileName, reason: reasonOf(error) });
    } finally {
      this.db.dropTable('arrow_import');
    }
    const source: OpenSource = { from: SOURCE.table, params: [null, null, null, null] };
    const names = this.db.rows<{ name: string }>('raw-columns').map((c) => c.name);
    const columns = names.map((name): ColumnInfo => ({ name, detectedType: types.get(name) ?? 'VARCHAR' }));
    const rowCount = this.db.rows<{ n: number }>('raw-count')[0].n;
    const preview = this.db.rowsOf<Record<string, unknown>>(fillTemplate(this.db.statement('source-preview'), { source: source.from }), source.params);
    return this.describe(meta, null, columns, rowCount, preview, source);
  }

  private describe(
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
    const profile = this.profile(source, dialect, names);
    const sampled = Math.max(0, ...profile.map((p) => p.nonEmpty));
    const likes = (count: (p: ColumnProfile) => number) => profile.some((p) => p.nonEmpty > 0 && count(p) >= LIKE_SHARE * p.nonEmpty);
    if (!likes((p) => p.dates)) throw new EngineError('no_date_column', { file: meta.fileName, rows: Math.min(sampled, PROFILE_ROWS) });
    if (!likes((p) => p.numbers)) throw new EngineError('no_amount_column', { file: meta.fileName, rows: Math.min(sampled, PROFILE_ROWS) });
    const dataset: DatasetInfo = {
      fileName: meta.fileName,
      format: meta.format,
      sizeBytes: meta.sizeBytes,
      rowCount,
      columns,
      dialect,
      preview,
      guess: guessMapping(columns),
      signature: fileSignature(meta.fileName, names),
      profile,
      encoding: meta.encoding ?? null,
      sheets: meta.sheets ?? null,
      sheet: meta.sheet ?? null,
    };
    this.opened = { dataset, source };
    return dataset;
  }

  private profile(source: OpenSource, dialect: CsvDialect | null, names: string[]): ColumnProfile[] {
    const rows = this.db.rowsOf<ProfileRow>(fillTemplate(this.db.statement('column-profile'), { source: source.from }), [
      ...source.params,
      dialect?.dateFormat ?? null,
      dialect?.timestampFormat ?? null,
    ]);
    const byName = new Map(rows.map((r) => [r.name, r]));
    return names.map((name): ColumnProfile => {
      const r = byName.get(name);
      if (!r) return { name, nonEmpty: 0, dates: 0, numbers: 0, dateEvidence: NO_DATE_EVIDENCE, numberEvidence: NO_NUMBER_EVIDENCE };
      return { name, nonEmpty: r.non_empty, dates: r.dates, numbers: r.numbers, dateEvidence: dateEvidenceOf(r), numberEvidence: numberEvidenceOf(r) };
    });
  }

  prepare(mapping: ColumnMapping, requested: Partial<ImportChoices> = {}): ImportSummary {
    if (!this.opened) throw new EngineError('no_dataset');
    const choices: ImportChoices = { ...defaultImportChoices(), ...requested };
    const { dataset } = this.opened;
    const problem = mappingProblems(mapping, dataset.columns)[0];
    if (problem) throw new EngineError('mapping_invalid', { field: problem.field, problem: problem.code, column: problem.column ?? '' });
    const job = this.lineJob(mapping, choices);

    // First reading: formats guessed from the first rows' evidence; then the whole column decides,
    // and in the rare file whose first rows misled the guess the lines are read again.
    const sample = this.sampleEvidence(mapping);
    let dayFirst = decideDayFirst(choices.dateOrder, sample.date, true, !!choices.dateFormat).value;
    let decimalComma = decideDecimalComma(choices.decimal, sample.number, false).value;
    let stats = this.readLines(job, dayFirst, decimalComma);
    const day = decideDayFirst(choices.dateOrder, dateEvidenceOf(stats), dayFirst, !!choices.dateFormat);
    const decimal = decideDecimalComma(choices.decimal, numberEvidenceOf(stats), decimalComma);
    if (day.ambiguous) {
      throw new EngineError('date_order_ambiguous', { file: dataset.fileName, column: mapping.date, value: this.evidenceExample(job, 'date') });
    }
    if (decimal.ambiguous) {
      const column = mapping.amount ?? mapping.price ?? '';
      throw new EngineError('number_format_ambiguous', { file: dataset.fileName, column, value: this.evidenceExample(job, 'number') });
    }
    if (day.value !== dayFirst || decimal.value !== decimalComma) {
      dayFirst = day.value;
      decimalComma = decimal.value;
      stats = this.readLines(job, dayFirst, decimalComma);
    }
    const params = job.params(dayFirst, decimalComma);
    Object.assign(stats, this.countDuplicates(stats.rows, choices.today));

    const picked = this.pickExamples(job, stats);
    const qtp = quantityTimesPriceOf(mapping);
    // A refusal names a row and its text at once; otherwise the texts are read after the orders (below).
    const refusalExamples = () => this.exampleTexts(job, picked, qtp);
    const withCustomer = stats.rows - stats.no_customer;
    const amountColumn = mapping.amount ?? `${mapping.quantity} x ${mapping.price}`;
    if (withCustomer === 0) throw new EngineError('all_ids_missing', { file: dataset.fileName, column: mapping.customer });
    if (stats.bad_date === withCustomer) {
      const first = refusalExamples().bad_date[0];
      throw new EngineError('no_usable_date', { file: dataset.fileName, column: mapping.date, row: first?.row ?? 0, value: first?.value ?? '' });
    }
    // Every usable row lies after today: nothing to analyse (checked before the orders table is replaced).
    if (stats.used === 0 && stats.future_date > 0) throw new EngineError('no_purchases', { asOf: choices.today });
    if (stats.used === 0) {
      const first = refusalExamples().bad_amount[0];
      throw new EngineError('no_usable_amount', { file: dataset.fileName, column: amountColumn, row: first?.row ?? 0, value: first?.value ?? '' });
    }

    if (choices.dropDuplicates && stats.duplicates > 0) this.db.run('dedupe-lines');
    const variants = this.db.rows<{ total: number; variants: string[] }>('lines-id-variants');
    if (choices.mergeIdVariants && variants.length > 0) this.db.run('merge-id-variants');
    this.db.run('slim-lines');
    this.db.run('create-orders', [choices.today]);
    this.db.run('drop-lines');
    const examples = this.exampleTextsAfterwards(job, picked, qtp);
    const facts = this.db.rows<{ orders: number; customers: number; first_date: string; last_date: string; default_as_of: string }>(
      'orders-facts',
    )[0];
    const summary: ImportSummary = {
      rows: stats.rows,
      rowsUsed: stats.used - (choices.dropDuplicates ? stats.used_duplicates : 0),
      rowsNoCustomer: stats.no_customer,
      rowsBadDate: stats.bad_date,
      rowsBadAmount: stats.bad_amount,
      rowsFutureDate: stats.future_date,
      rowsReturns: stats.returns,
      duplicateRows: stats.duplicates,
      duplicatesDropped: choices.dropDuplicates ? stats.used_duplicates : 0,
      idVariantGroups: variants[0]?.total ?? 0,
      idVariantExamples: variants.map((v) => [...v.variants]),
      idVariantsMerged: choices.mergeIdVariants && variants.length > 0,
      examples,
      formats: formatDecision(day, dateEvidenceOf(stats), decimal, numberEvidenceOf(stats)),
      choices: { ...choices },
      orders: facts.orders,
      customers: facts.customers,
      firstDate: facts.first_date,
      lastDate: facts.last_date,
      defaultAsOf: facts.default_as_of,
    };
    this.prepared = { dataset, summary };
    this.lastJob = { job, params };
    this.customers = null;
    this.scoresKey = null;
    return summary;
  }

  /** The analysed file as understood (or, before any analysis, the open one): every column as read, as CSV bytes. */
  exportSourceCsv(): Uint8Array {
    if (this.lastJob) return this.copyToBuffer(this.lastJob.job.template('export-source'), this.lastJob.job.sourceParams);
    if (!this.opened) throw new EngineError('no_dataset');
    const { source } = this.opened;
    return this.copyToBuffer(fillTemplate(this.db.statement('export-source'), { source: source.from }), source.params);
  }

  /** The rows of the last prepare that were not used, with row number and reason. */
  exportRejectedCsv(reasons: Record<Exclude<RowIssue, 'return'>, string>): Uint8Array {
    if (!this.lastJob) throw new EngineError('no_dataset');
    const { job, params } = this.lastJob;
    const drop = this.prepared?.summary.choices.dropDuplicates ?? false;
    return this.copyToBuffer(job.template('export-rejected'), [
      ...params,
      reasons.no_customer,
      reasons.bad_date,
      reasons.bad_amount,
      reasons.future_date,
      reasons.duplicate,
      drop,
    ]);
  }

  /** The prepared orders as CSV text, for the compact copy of a dataset kept on the device. */
  exportOrdersCsv(): Uint8Array {
    if (!this.prepared) throw new EngineError('no_dataset');
    return this.copyToBuffer(this.db.statement('export-orders'), []);
  }

  /**
   * Makes a kept dataset the analysed one: its orders (export-orders CSV, registered as
   * `registeredName`) with the dataset facts and import report saved beside them. The file
   * itself is not kept, so its rows cannot be exported again.
   */
  loadOrders(registeredName: string, dataset: DatasetInfo, summary: ImportSummary): void {
    try {
      this.db.run('load-orders', [registeredName]);
    } catch (error) {
      if (isOutOfMemory(error)) throw error;
      throw new EngineError('kept_unreadable', { file: dataset.fileName, reason: reasonOf(error) });
    }
    this.opened = null;
    this.prepared = { dataset, summary };
    this.lastJob = null;
    this.customers = null;
    this.scoresKey = null;
  }

  private copyToBuffer(sql: string, params: SqlParam[]): Uint8Array {
    // An in-memory file: in Node, COPY would otherwise write into the working directory.
    this.db.bindings.registerFileBuffer(SOURCE_EXPORT_FILE, new Uint8Array(0));
    try {
      this.db.rowsOf(sql, params);
      return this.db.bindings.copyFileToBuffer(SOURCE_EXPORT_FILE);
    } catch (error) {
      throw new EngineError('export_failed', { reason: reasonOf(error) });
    } finally {
      this.db.bindings.dropFile(SOURCE_EXPORT_FILE);
    }
  }

  /** The statements of one prepare: templates filled with the mapped columns, and their parameters. */
  private lineJob(mapping: ColumnMapping, choices: ImportChoices): LineJob {
    const { dataset, source } = this.opened!;
    const names = dataset.columns.map((c) => c.name);
    const ident = (column: string | undefined): QuotedIdent => (column ? quoteIdent(column, names) : SQL_NULL);
    const quantityTimesPrice = quantityTimesPriceOf(mapping);
    const idents = {
      customer: ident(mapping.customer),
      date: ident(mapping.date),
      amount: ident(mapping.amount),
      quantity: ident(mapping.quantity),
      price: ident(mapping.price),
      order: ident(mapping.order),
      source: source.from,
    };
    const lineValues = this.db.statement('line-values');
    return {
      template: (name) => fillTemplate(expandFragment(this.db.statement(name), 'line_values', lineValues), idents),
      params: (dayFirst, decimalComma) => [
        ...source.params,
        dataset.dialect?.dateFormat ?? null,
        dataset.dialect?.timestampFormat ?? null,
        quantityTimesPrice,
        dayFirst,
        decimalComma,
        choices.dateFormat,
        choices.today,
      ],
      sourceParams: source.params,
      today: choices.today,
    };
  }

  private readLines(job: LineJob, dayFirst: boolean, decimalComma: boolean): LinesStats {
    try {
      this.db.rowsOf(job.template('prepare-lines'), job.params(dayFirst, decimalComma));
    } catch (error) {
      if (isOutOfMemory(error)) throw error;
      throw csvReadError(error, this.opened!.dataset.fileName);
    }
    return this.db.rows<LinesStats>('lines-stats', [job.today])[0];
  }

  /** Exact duplicate rows, grouped one slice of hashes at a time so memory stays bounded on big files. */
  private countDuplicates(rows: number, today: string): Pick<LinesStats, 'duplicates' | 'used_duplicates'> {
    this.db.run('reset-duplicate-groups');
    const slices = Math.max(1, Math.ceil(rows / DUPLICATE_SLICE_ROWS));
    for (let slice = 0; slice < slices; slice++) this.db.run('create-duplicate-groups', [slices, slice, today]);
    return this.db.rows<Pick<LinesStats, 'duplicates' | 'used_duplicates'>>('duplicate-counts')[0];
  }

  private sampleEvidence(mapping: ColumnMapping): { date: DateEvidence; number: NumberEvidence } {
    const profile = this.opened!.dataset.profile;
    const of = (column: string | undefined) => profile.find((p) => p.name === column);
    const numbers = [mapping.amount, mapping.quantity, mapping.price]
      .map((c) => of(c)?.numberEvidence ?? NO_NUMBER_EVIDENCE)
      .reduce(addNumberEvidence, NO_NUMBER_EVIDENCE);
    return { date: of(mapping.date)?.dateEvidence ?? NO_DATE_EVIDENCE, number: numbers };
  }

  private evidenceExample(job: LineJob, kind: 'date' | 'number'): string {
    return this.db.rowsOf<{ value: string }>(job.template('lines-evidence-example'), [...job.sourceParams, kind])[0]?.value ?? '';
  }

  /** The first rows of each kind, by row number, from the parsed lines (their text comes later). */
  private pickExamples(job: LineJob, stats: LinesStats): PickedExample[] {
    const any = stats.no_customer + stats.bad_date + stats.bad_amount + stats.future_date + stats.returns + stats.duplicates > 0;
    return any ? this.db.rows<PickedExample>('lines-examples', [job.today]) : [];
  }

  /** The picked rows with the text they hold: one light pass over the source. */
  private exampleTexts(job: LineJob, picked: PickedExample[], quantityTimesPrice: boolean): Record<RowIssue, RowExample[]> {
    const needText = picked.filter((p) => p.kind !== 'duplicate').map((p) => p.row);
    const texts = new Map<number, { customer_text: string | null; date_text: string | null; amount_text: string | null }>();
    if (needText.length > 0) {
      const rows = this.db.rowsOf<{ row: number; customer_text: string | null; date_text: string | null; amount_text: string | null }>(
        job.template('lines-example-texts'),
        [...job.sourceParams, quantityTimesPrice, needText.join(',')],
      );
      for (const row of rows) texts.set(row.row, row);
    }
    const textOf = (kind: RowIssue, row: number): string | null => {
      const text = texts.get(row);
      if (kind === 'no_customer') return text?.customer_text ?? null;
      if (kind === 'bad_date' || kind === 'future_date') return text?.date_text ?? null;
      return text?.amount_text ?? null;
    };
    return examplesOf(picked, textOf);
  }

  /**
   * Texts of the examples once the orders are built and the lines freed: on a file of tens of
   * millions of rows the tab is then furthest from its memory limit. They are a help, not a
   * result: if even then the pass fails, the report shows the row numbers without their text.
   */
  private exampleTextsAfterwards(job: LineJob, picked: PickedExample[], quantityTimesPrice: boolean): Record<RowIssue, RowExample[]> {
    try {
      return this.exampleTexts(job, picked, quantityTimesPrice);
    } catch {
      return examplesOf(picked, () => null);
    }
  }

  /** `heldBreaks`: score with these cut points instead of the method's own (a movement's earlier date, cuts held). */
  score(requested: ScoringSettings, segmentation?: SegmentationInput, heldBreaks?: Record<Axis, number[]>): ScoreResult {
    if (!this.prepared) throw new EngineError('no_dataset');
    const settings = validateSettings(requested, !!segmentation);
    const customers = this.customersAsOf(settings.asOf);
    if (customers.scored === 0) throw new EngineError('no_purchases', { asOf: settings.asOf });

    const bins = effectiveBins(settings);
    const breaks = this.buildScores(settings, customers, heldBreaks);
    // The scores table is rebuilt only when the scoring changes (buildScores); so are these.
    if (!this.scoreStats || this.scoreStats.key !== this.scoresKey) {
      this.scoreStats = {
        key: this.scoresKey,
        cells: this.db.rows<CellStat>('score-cells'),
        totals: this.db.rows<{ customers: number; purchases: number; revenue: number }>('score-totals')[0],
        bands: this.db.rows<{ axis: Axis } & ScoreBand>('score-bands'),
      };
    }
    const { cells, totals, bands } = this.scoreStats;

    const cuts = Object.fromEntries(
      AXES.map((axis): [Axis, AxisCuts] => {
        const axisBands = Array.from({ length: bins[axis] }, (_, i): ScoreBand => {
          const found = bands.find((b) => b.axis === axis && b.score === i + 1);
          return found
            ? { score: i + 1, customers: found.customers, min: found.min, max: found.max }
            : { score: i + 1, customers: 0, min: null, max: null };
        });
        return [axis, { cuts: breaks?.[axis] ?? [], bands: axisBands }];
      }),
    ) as Record<Axis, AxisCuts>;

    const summary: ScoreSummary = {
      asOf: settings.asOf,
      customers: totals.customers,
      purchases: totals.purchases,
      revenue: totals.revenue,
      customersNoPurchase: customers.noPurchase.total,
      noPurchaseExamples: customers.noPurchase.examples,
    };
    const scored: ScoringSettings = { ...settings, bins };
    this.applySegmentation(segmentation ?? presetSegmentation(scored));
    const segments = this.db
      .rows<{ seg: number } & Omit<SegmentTotal, 'segment'>>('segment-totals')
      .map(({ seg, ...total }): SegmentTotal => ({ segment: this.segmentIdOf(seg), ...total }));
    return { settings: scored, summary, cuts, cells, segments };
  }

  /** Scored customers as CSV: the columns `npm run rfm --out` writes; segments under `segmentation` (default: the preset of the settings). */
  exportScoresCsv(requested: ScoringSettings, segmentNames: Record<string, string>, segmentation?: SegmentationInput): Uint8Array {
    this.score(requested, segmentation);
    // The names the file shows, by segment number (bound values, one row per segment).
    this.db.run('create-segment-labels');
    this.db.run('insert-segment-label', [-1, segmentNames[OTHER_ID] ?? OTHER_ID]);
    for (const [seg, id] of this.segmentIds.entries()) this.db.run('insert-segment-label', [seg, segmentNames[id] ?? id]);
    // An in-memory file: in Node, COPY would otherwise write into the working directory.
    this.db.bindings.registerFileBuffer(EXPORT_FILE, new Uint8Array(0));
    try {
      this.db.run('export-scores');
      return this.db.bindings.copyFileToBuffer(EXPORT_FILE);
    } catch (error) {
      throw new EngineError('export_failed', { reason: reasonOf(error) });
    } finally {
      this.db.bindings.dropFile(EXPORT_FILE);
    }
  }

  /** Every scored customer's segment under the last score (for customer lists and the SQL tests). */
  customerSegments(): { customer_id: string; segment: string }[] {
    return this.db
      .rows<{ customer_id: string; seg: number }>('customer-segment-list')
      .map(({ customer_id, seg }) => ({ customer_id, segment: this.segmentIdOf(seg) }));
  }

  /**
   * Fills the segment tables and segments every scored customer. Segments are numbered in SQL
   * (this.segmentIds maps numbers back to ids; -1 is Other): the cell map goes in as one
   * statement, rules one bound row each. Unchanged tables are not filled again.
   */
  private applySegmentation(input: SegmentationInput): void {
    const key = JSON.stringify(input);
    if (this.segmentationKey !== key) {
      const ids = [...new Set([...input.cells.map((c) => c.segment), ...input.rules.map((r) => r.segment)])];
      const number = new Map(ids.map((id, i) => [id, i]));
      this.db.run('create-cell-segments', [input.cells.map((c) => c.cell).join(','), input.cells.map((c) => number.get(c.segment)).join(',')]);
      this.db.run('create-segment-rules');
      for (const rule of input.rules) {
        this.db.run('insert-segment-rule', [
          rule.ord,
          number.get(rule.segment)!,
          rule.rLo,
          rule.rHi,
          rule.fLo,
          rule.fHi,
          rule.mLo,
          rule.mHi,
          rule.minOrders,
          rule.maxOrders,
          rule.minSpend,
          rule.maxSpend,
          rule.maxRecencyDays,
          rule.minRecencyDays,
        ]);
      }
      this.segmentIds = ids;
      this.segmentationKey = key;
    }
    this.db.run('create-customer-segments');
  }

  /** What each segment is worth under the last score's segmentation (call score first). */
  segmentValue(requested: ScoringSettings, segmentation: SegmentationInput | undefined, churnDays: number): SegmentValue[] {
    this.score(requested, segmentation);
    return this.db
      .rows<{ seg: number; customers: number; purchases: number; revenue: number; repeaters: number; churned: number; age_days: number }>(
        'segment-value',
        [churnDays],
      )
      .map((r) => ({
        segment: this.segmentIdOf(r.seg),
        customers: r.customers,
        purchases: r.purchases,
        revenue: r.revenue,
        repeaters: r.repeaters,
        churned: r.churned,
        ageDays: Number(r.age_days),
      }));
  }

  /**
   * The segment mix at several as-of dates (each scored with its own cut points and only the
   * orders before it), for "segment sizes over time". The analysis on screen is restored after.
   */
  segmentMix(settings: ScoringSettings, segmentation: SegmentationInput | undefined, dates: string[]): SegmentMixPoint[] {
    const points: SegmentMixPoint[] = [];
    try {
      for (const asOf of dates) {
        try {
          const result = this.score({ ...settings, asOf }, segmentation);
          points.push({ asOf, customers: result.summary.customers, segments: result.segments });
        } catch (error) {
          if (!(error instanceof EngineError && error.code === 'no_purchases')) throw error;
          points.push({ asOf, customers: 0, segments: [] });
        }
      }
    } finally {
      this.score(settings, segmentation);
    }
    return points;
  }

  /** The shop's health by period before `asOf` (health-series.sql). */
  healthSeries(asOf: string, period: 'month' | 'week', churnDays: number): HealthPoint[] {
    if (!this.prepared) throw new EngineError('no_dataset');
    return this.db
      .rows<{ period: string; revenue: number; purchases: number; active: number; new_customers: number; churned: number }>('health-series', [asOf, period, churnDays])
      .map(({ new_customers, ...rest }) => ({ ...rest, newCustomers: new_customers }));
  }

  /** Acquisition cohorts before `asOf` (cohorts.sql). */
  cohorts(asOf: string): CohortCell[] {
    if (!this.prepared) throw new EngineError('no_dataset');
    return this.db
      .rows<{ cohort: string; months_after: number; buyers: number; revenue: number }>('cohorts', [asOf])
      .map((r) => ({ cohort: r.cohort, monthsAfter: r.months_after, buyers: r.buyers, revenue: r.revenue }));
  }

  /** A churn threshold from the data: the `share` quantile of the days between a customer's purchases, before `asOf`. */
  suggestChurnDays(asOf: string, share: number): ChurnSuggestion {
    if (!this.prepared) throw new EngineError('no_dataset');
    const row = this.db.rows<{ gaps: number; gap_days: number | null }>('purchase-gaps', [asOf, share])[0];
    return { share, gaps: row.gaps, days: row.gap_days };
  }

  /**
   * Customers scored at two dates with the same segmentation: `settings.asOf` (after) and
   * `beforeAsOf`. By default each date has its own cut points; `holdCuts` scores the earlier date
   * with the later date's (not for equal-size groups, which have none). The analysis on screen
   * (the later date) is restored afterwards.
   */
  movement(settings: ScoringSettings, beforeAsOf: string, segmentation: SegmentationInput | undefined, options: MovementOptions): MovementResult {
    if (!(beforeAsOf < settings.asOf)) throw new EngineError('settings_invalid', { field: 'compareTo', value: beforeAsOf });
    const after = this.score(settings, segmentation);
    const hold = options.holdCuts && after.settings.method !== 'ntile';
    const held = hold ? { r: after.cuts.r.cuts, f: after.cuts.f.cuts, m: after.cuts.m.cuts } : undefined;
    this.db.run('reset-movement');
    this.db.run('save-movement-side', [options.churnDays, 'after']);
    let customersBefore = 0;
    try {
      const before = this.score({ ...settings, asOf: beforeAsOf }, segmentation, held);
      customersBefore = before.summary.customers;
      this.db.run('save-movement-side', [options.churnDays, 'before']);
    } catch (error) {
      // Nobody had bought yet at the earlier date: every customer is new.
      if (!(error instanceof EngineError && error.code === 'no_purchases')) throw error;
    } finally {
      this.score(settings, segmentation);
    }
    this.db.run('movement-pairs');
    this.movementSegmentIds = [...this.segmentIds];
    const cells = this.db
      .rows<{ seg_before: number | null; seg_after: number; customers: number; newly_churned: number }>('movement-cells')
      .map((c) => ({
        before: c.seg_before === null ? null : this.segmentIdOf(c.seg_before),
        after: this.segmentIdOf(c.seg_after),
        customers: c.customers,
        newlyChurned: c.newly_churned,
      }));
    return { before: beforeAsOf, after: settings.asOf, holdCuts: hold, churnDays: options.churnDays, customersBefore, customersAfter: after.summary.customers, cells };
  }

  /** The last movement's customers, all or one cell's, as CSV: customer_id, segment_before, segment_after. */
  exportMovementCsv(segmentNames: Record<string, string>, cell?: { before: string | null; after: string }): Uint8Array {
    const numberOf = this.movementNumberOf();
    const ids = this.movementSegmentIds!;
    this.db.run('create-segment-labels');
    this.db.run('insert-segment-label', [-1, segmentNames[OTHER_ID] ?? OTHER_ID]);
    for (const [seg, id] of ids.entries()) this.db.run('insert-segment-label', [seg, segmentNames[id] ?? id]);
    return this.copyToBuffer(this.db.statement('export-movement'), [!!cell, numberOf(cell?.before ?? null), numberOf(cell?.after ?? null)]);
  }

  /** The first `limit` customers of one cell of the last movement. */
  movementCustomers(cell: { before: string | null; after: string }, limit: number): string[] {
    const numberOf = this.movementNumberOf();
    return this.db.rows<{ customer_id: string }>('movement-customers', [numberOf(cell.before), numberOf(cell.after), limit]).map((r) => r.customer_id);
  }

  /** Segment id to the number the last movement's tables use (-1 Others, -2 not yet a customer). */
  private movementNumberOf(): (id: string | null) => number {
    const ids = this.movementSegmentIds;
    if (ids === null) throw new EngineError('no_dataset');
    return (id) => (id === null ? -2 : id === OTHER_ID ? -1 : ids.indexOf(id));
  }

  private segmentIdOf(seg: number): string {
    return seg < 0 ? OTHER_ID : this.segmentIds[seg];
  }

  private customersAsOf(asOf: string): CustomersAsOf {
    if (this.customers?.asOf === asOf) return this.customers;
    this.db.run('create-customers', [asOf]);
    this.db.run('create-rfm-base', [asOf]);
    this.scoresKey = null;
    const scored = this.db.rows<{ n: number }>('rfm-base-count')[0].n;
    const noPurchaseRows = this.db.rows<{ total: number; customer_id: string }>('no-purchase-customers');
    this.customers = {
      asOf,
      scored,
      noPurchase: { total: noPurchaseRows[0]?.total ?? 0, examples: noPurchaseRows.map((r) => r.customer_id) },
      orderStats: null,
    };
    return this.customers;
  }

  private orderStatistics(customers: CustomersAsOf): OrderStatistics {
    if (customers.orderStats) return customers.orderStats;
    const positions = orderStatisticPositions(customers.scored);
    const rows = this.db.rows<{ axis: Axis; pos: number; x: number }>('order-statistics', [positions.join(',')]);
    const values: Record<Axis, Map<number, number>> = { r: new Map(), f: new Map(), m: new Map() };
    for (const row of rows) values[row.axis].set(row.pos, row.x);
    customers.orderStats = { n: customers.scored, values };
    return customers.orderStats;
  }

  /** Builds the scores table for these settings (skipped when unchanged); returns the breaks used. */
  private buildScores(settings: ScoringSettings, customers: CustomersAsOf, heldBreaks?: Record<Axis, number[]>): Record<Axis, number[]> | null {
    const bins = effectiveBins(settings);
    let breaks: Record<Axis, number[]> | null = null;
    if (heldBreaks) {
      breaks = heldBreaks;
    } else if (settings.method === 'quantile') {
      const stats = this.orderStatistics(customers);
      const at = (axis: Axis) => (position: number) => {
        const value = stats.values[axis].get(position);
        if (value === undefined) throw new Error(`order statistic ${axis}@${position} missing`);
        return value;
      };
      breaks = { r: quantileBreaks(stats.n, bins.r, at('r')), f: quantileBreaks(stats.n, bins.f, at('f')), m: quantileBreaks(stats.n, bins.m, at('m')) };
    } else if (settings.method === 'custom') {
      breaks = settings.thresholds;
    }

    const key = JSON.stringify([settings.asOf, settings.method, bins, breaks]);
    if (this.scoresKey !== key) {
      this.scoreStats = null;
      if (breaks) {
        this.db.run('score-by-breaks', [breaks.r.map(String).join(','), bins.r, breaks.f.map(String).join(','), breaks.m.map(String).join(',')]);
      } else {
        this.db.run('score-by-ntile', [bins.r, bins.f, bins.m]);
      }
      this.scoresKey = key;
    }
    return breaks;
  }
}
