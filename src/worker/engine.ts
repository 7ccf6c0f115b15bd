// The analysis itself: file -> raw text table -> order lines -> orders -> customers -> scores.
// Runs synchronously on DuckDB's blocking bindings; the browser worker and the Node CLI
// both wrap this one class, so the SQL tested in Node is the SQL the page runs.

import type {
  Axis,
  AxisCuts,
  CellStat,
  ColumnInfo,
  ColumnMapping,
  CsvDialect,
  DatasetInfo,
  ImportSummary,
  RowExample,
  ScoreBand,
  ScoreResult,
  ScoreSummary,
  ScoringSettings,
  SourceFormat,
} from '../lib/engine/api';
import { EngineError } from '../lib/engine/errors';
import { fileSignature } from '../lib/engine/signature';
import { guessMapping, mappingProblems } from '../lib/mapping/guess-mapping';
import { presetById } from '../lib/rfm/archetypes';
import { AXES, orderStatisticPositions, quantileBreaks } from '../lib/rfm/cuts';
import { validateSettings, effectiveBins } from '../lib/rfm/settings';
import type { Db } from './db';
import { fillTemplate, quoteIdent, SOURCE, SQL_NULL, type QuotedIdent, type SourceFragment } from './sql-template';
import type { SqlParam } from './db';

export interface SourceMeta {
  fileName: string;
  sizeBytes: number;
  format: SourceFormat;
}

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

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];

export class AnalysisEngine {
  private readonly db: Db;
  /** The file currently open (mapping step) and how its statements read it. */
  private opened: { dataset: DatasetInfo; source: OpenSource } | null = null;
  /** The dataset whose orders table is built; only replaced when a prepare succeeds. */
  private prepared: { dataset: DatasetInfo; summary: ImportSummary } | null = null;
  private customers: CustomersAsOf | null = null;
  private scoresKey: string | null = null;

  constructor(db: Db) {
    this.db = db;
  }

  duckdbVersion(): string {
    return this.db.bindings.getVersion();
  }

  openCsv(registeredName: string, meta: SourceMeta): DatasetInfo {
    let sniff: SniffRow;
    let preview: Record<string, unknown>[];
    const source: OpenSource = { from: SOURCE.csv, params: [registeredName, '', false, 0] };
    try {
      sniff = this.db.rows<SniffRow>('sniff-csv', [registeredName])[0];
      source.params = [registeredName, sniff.delimiter, sniff.has_header, sniff.skip_rows];
      preview = this.db.rowsOf<Record<string, unknown>>(fillTemplate(this.db.statement('source-preview'), { source: source.from }), source.params);
    } catch (error) {
      throw new EngineError('file_unreadable', { file: meta.fileName, reason: reason(error) });
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
      throw new EngineError('parquet_unreadable', { file: meta.fileName, reason: reason(error) });
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
    };
    this.opened = { dataset, source };
    return dataset;
  }

  prepare(mapping: ColumnMapping): ImportSummary {
    if (!this.opened) throw new EngineError('no_dataset');
    const { dataset, source } = this.opened;
    const names = dataset.columns.map((c) => c.name);
    const problem = mappingProblems(mapping, dataset.columns)[0];
    if (problem) throw new EngineError('mapping_invalid', { field: problem.field, problem: problem.code, column: problem.column ?? '' });

    const ident = (column: string | undefined): QuotedIdent => (column ? quoteIdent(column, names) : SQL_NULL);
    const quantityTimesPrice = !mapping.amount && !!mapping.quantity && !!mapping.price;
    const idents = {
      customer: ident(mapping.customer),
      date: ident(mapping.date),
      amount: ident(mapping.amount),
      quantity: ident(mapping.quantity),
      price: ident(mapping.price),
      order: ident(mapping.order),
    };
    const template = (name: string) => fillTemplate(this.db.statement(name), { ...idents, source: source.from });
    const params = [...source.params, dataset.dialect?.dateFormat ?? null, dataset.dialect?.timestampFormat ?? null, quantityTimesPrice];
    this.db.rowsOf(template('prepare-lines'), params);

    const stats = this.db.rows<{ rows: number; no_customer: number; bad_date: number; bad_amount: number; used: number }>(
      'lines-stats',
    )[0];
    const withCustomer = stats.rows - stats.no_customer;
    const badDateExamples = stats.bad_date > 0 ? this.db.rowsOf<RowExample>(template('lines-bad-date-examples'), params.slice(0, 6)) : [];
    const badAmountExamples = stats.bad_amount > 0 ? this.db.rowsOf<RowExample>(template('lines-bad-amount-examples'), params) : [];
    const amountColumn = mapping.amount ?? `${mapping.quantity} x ${mapping.price}`;
    if (withCustomer === 0) throw new EngineError('all_ids_missing', { file: dataset.fileName, column: mapping.customer });
    if (stats.bad_date === withCustomer) {
      throw new EngineError('no_usable_date', {
        file: dataset.fileName,
        column: mapping.date,
        row: badDateExamples[0]?.row ?? 0,
        value: badDateExamples[0]?.value ?? '',
      });
    }
    if (stats.used === 0) {
      throw new EngineError('no_usable_amount', {
        file: dataset.fileName,
        column: amountColumn,
        row: badAmountExamples[0]?.row ?? 0,
        value: badAmountExamples[0]?.value ?? '',
      });
    }

    this.db.run('create-orders');
    this.db.run('drop-lines');
    const facts = this.db.rows<{ orders: number; customers: number; first_date: string; last_date: string; default_as_of: string }>(
      'orders-facts',
    )[0];
    const summary: ImportSummary = {
      rows: stats.rows,
      rowsUsed: stats.used,
      rowsNoCustomer: stats.no_customer,
      rowsBadDate: stats.bad_date,
      rowsBadAmount: stats.bad_amount,
      badDateExamples,
      badAmountExamples,
      orders: facts.orders,
      customers: facts.customers,
      firstDate: facts.first_date,
      lastDate: facts.last_date,
      defaultAsOf: facts.default_as_of,
    };
    this.prepared = { dataset, summary };
    this.customers = null;
    this.scoresKey = null;
    return summary;
  }

  score(requested: ScoringSettings): ScoreResult {
    if (!this.prepared) throw new EngineError('no_dataset');
    const settings = validateSettings(requested);
    const customers = this.customersAsOf(settings.asOf);
    if (customers.scored === 0) throw new EngineError('no_purchases', { asOf: settings.asOf });

    const bins = effectiveBins(settings);
    const breaks = this.buildScores(settings, customers);
    const cells = this.db.rows<CellStat>('score-cells');
    const totals = this.db.rows<{ customers: number; purchases: number; revenue: number }>('score-totals')[0];
    const bands = this.db.rows<{ axis: Axis } & ScoreBand>('score-bands');

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
    return { settings: { ...settings, bins }, summary, cuts, cells };
  }

  /** Scored customers as CSV: the columns `npm run rfm --out` writes. */
  exportScoresCsv(requested: ScoringSettings, segmentNames: Record<string, string>): Uint8Array {
    const result = this.score(requested);
    const preset = presetById(result.settings.archetypes);
    this.db.run('create-cell-segments');
    for (const cell of preset.assign(result.settings.bins)) {
      const name = segmentNames[cell.archetype] ?? cell.archetype;
      this.db.run('insert-cell-segment', [cell.r * 100 + cell.f * 10 + cell.m, name]);
    }
    // An in-memory file: in Node, COPY would otherwise write into the working directory.
    this.db.bindings.registerFileBuffer(EXPORT_FILE, new Uint8Array(0));
    try {
      this.db.run('export-scores');
      return this.db.bindings.copyFileToBuffer(EXPORT_FILE);
    } catch (error) {
      throw new EngineError('export_failed', { reason: reason(error) });
    } finally {
      this.db.bindings.dropFile(EXPORT_FILE);
    }
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
  private buildScores(settings: ScoringSettings, customers: CustomersAsOf): Record<Axis, number[]> | null {
    const bins = effectiveBins(settings);
    let breaks: Record<Axis, number[]> | null = null;
    if (settings.method === 'quantile') {
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
