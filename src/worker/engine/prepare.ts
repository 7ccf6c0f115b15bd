// Preparing the open file under a mapping: every row parsed into an order line, the date order
// and decimal separator decided from the whole column, duplicates and id variants found, the
// rows that cannot be used counted and exemplified, and the orders table built.

import type { ColumnMapping, ColumnProfile, DateEvidence, ImportChoices, ImportSummary, NumberEvidence, StatusCount } from '../../lib/engine/api';
import { EngineError, isOutOfMemory } from '../../lib/engine/errors';
import {
  decideDayFirst,
  decideDecimalComma,
  defaultImportChoices,
  formatDecision,
  NO_DATE_EVIDENCE,
  NO_NUMBER_EVIDENCE,
} from '../../lib/import/format-decision';
import { mappingProblems } from '../../lib/mapping/guess-mapping';
import type { Db } from '../db';
import { statement, template } from '../sql-statement';
import type { SourceParams } from '../sql-template';
import { dateEvidenceOf, EVIDENCE_COUNTS, numberEvidenceOf, type EvidenceCounts } from './evidence';
import { lineJob, type LineJob, type LineKey, type PrepareLinesParams } from './line-job';
import { csvReadError } from './open';
import { exampleTexts as refusalTexts, exampleTextsAfterwards, examplesWithoutTexts, needsTexts, pickExamples } from './prepare-examples';
import { readingSource } from './source-read';
import { saveLeftOutLines } from './left-out-lines';
import { takeNoiseLines } from './noise-lines';
import { withUnclosedQuote } from './unclosed-quote';
import { invalidate, type EngineState } from './state';

interface LinesStats extends EvidenceCounts, DuplicateCounts {
  rows: number;
  no_customer: number;
  bad_date: number;
  bad_amount: number;
  early_date: number;
  future_date: number;
  used: number;
  excluded_status: number;
  returns: number;
  id_control: number;
}

interface OrderFillFacts {
  orders: number;
  continuation_lines: number;
  status_lines: number;
  line_amount_orders: number;
  total_amount_orders: number;
}

/** How the orders of more than one line were read: lines that took their order's values, and how its amount was counted. */
interface OrderFill {
  fromOrder: number;
  amount: 'total' | 'lines' | null;
}

interface DuplicateCounts {
  duplicates: number;
  used_duplicates: number;
  order_duplicates: number;
}

const SQL = {
  prepareLines: template<PrepareLinesParams, LineKey>('prepare/prepare-lines'),
  statuses: statement<[today: string, earliestDate: string], StatusCount>('prepare/lines-statuses'),
  stats: template<[today: string, earliestDate: string], 'evidence_counts', Omit<LinesStats, keyof DuplicateCounts>>('prepare/lines-stats'),
  resetDuplicateGroups: statement('prepare/reset-duplicate-groups'),
  duplicateGroups: statement<[slices: number, slice: number, today: string, earliestDate: string]>('prepare/create-duplicate-groups'),
  duplicateCounts: statement<[], DuplicateCounts>('prepare/duplicate-counts'),
  evidenceExample: template<[...SourceParams, kind: 'date' | 'number'], 'source' | 'date' | 'amount' | 'price', { value: string }>(
    'prepare/lines-evidence-example',
  ),
  idVariants: statement<[], { total: number; variants: string[] }>('prepare/lines-id-variants'),
  dedupe: statement('prepare/dedupe-lines'),
  mergeIdVariants: statement('prepare/merge-id-variants'),
  slim: statement('prepare/slim-lines'),
  orders: statement<[today: string, earliestDate: string]>('prepare/create-orders'),
  dropLines: statement('prepare/drop-lines'),
  orderFill: statement('prepare/create-order-fill'),
  orderFillFacts: statement<[], OrderFillFacts>('prepare/order-fill-facts'),
  fillOrderLines: statement<[orderTotal: boolean]>('prepare/fill-order-lines'),
  dropOrderFill: statement('prepare/drop-order-fill'),
  facts: statement<[], { orders: number; customers: number; first_date: string; last_date: string; default_as_of: string }>(
    'prepare/orders-facts',
  ),
};

/** Rows per slice of the duplicate search (prepare/create-duplicate-groups.sql): bounds its hash table. */
const DUPLICATE_SLICE_ROWS = 2_000_000;

/**
 * `textsLater`: the report's examples come without their text (examplesPending), which
 * exampleTexts() reads afterwards: the page shows the segments first (that pass reads the whole
 * file again). The command line reads them at once.
 */
export function prepare(db: Db, state: EngineState, mapping: ColumnMapping, requested: Partial<ImportChoices>, textsLater = false): ImportSummary {
  if (!state.opened) throw new EngineError('no_dataset');
  const choices: ImportChoices = { ...defaultImportChoices(), ...requested };
  const { dataset, source } = state.opened;
  const problem = mappingProblems(mapping, dataset.columns)[0];
  if (problem) throw new EngineError('mapping_invalid', { field: problem.field, problem: problem.code, column: problem.column ?? '' });
  const job = lineJob(dataset, source, mapping, choices);
  const file = dataset.fileName;

  // First reading: formats guessed from the first rows' evidence; then the whole column decides,
  // and in the rare file whose first rows misled the guess the lines are read again.
  const sample = sampleEvidence(dataset.profile, mapping);
  let dayFirst = decideDayFirst(choices.dateOrder, sample.date, true, !!choices.dateFormat).value;
  let decimalComma = decideDecimalComma(choices.decimal, sample.number, false).value;
  let lines = readLines(db, job, dayFirst, decimalComma, file, !!mapping.order);
  const day = decideDayFirst(choices.dateOrder, dateEvidenceOf(lines), dayFirst, !!choices.dateFormat);
  const decimal = decideDecimalComma(choices.decimal, numberEvidenceOf(lines), decimalComma);
  if (day.ambiguous) {
    throw new EngineError('date_order_ambiguous', { file, column: mapping.date, value: evidenceExample(db, job, 'date') });
  }
  if (decimal.ambiguous) {
    const column = mapping.amount ?? mapping.price ?? '';
    throw new EngineError('number_format_ambiguous', { file, column, value: evidenceExample(db, job, 'number') });
  }
  if (day.value !== dayFirst || decimal.value !== decimalComma) {
    dayFirst = day.value;
    decimalComma = decimal.value;
    lines = readLines(db, job, dayFirst, decimalComma, file, !!mapping.order);
  }
  // Right after each read of the file: its rejects are the latest scan's.
  const readWithLeftOut = () => {
    const read = readLines(db, job, dayFirst, decimalComma, file, !!mapping.order);
    const leftOut = saveLeftOutLines(db, job.source, dataset.dialect?.comment);
    return { lines: read, leftOut, used: read.used, unclosedQuote: leftOut.malformed.unclosedQuote };
  };
  const firstLeftOut = saveLeftOutLines(db, job.source, dataset.dialect?.comment);
  const quoting = withUnclosedQuote(
    job.source,
    { lines, leftOut: firstLeftOut, used: lines.used, unclosedQuote: firstLeftOut.malformed.unclosedQuote },
    readWithLeftOut,
  );
  lines = quoting.reading.lines;
  const { leftOut } = quoting.reading;
  const stats: LinesStats = { ...lines, ...countDuplicates(db, lines.rows, choices.today, choices.earliestDate) };
  const statuses = mapping.status ? db.rows(SQL.statuses, [choices.today, choices.earliestDate]) : [];

  const anyProblem =
    stats.no_customer + stats.bad_date + stats.bad_amount + stats.early_date + stats.future_date + stats.returns + stats.duplicates + stats.id_control > 0;
  const picked = pickExamples(db, job, anyProblem);
  // A refusal names a row and its text at once; otherwise the texts are read after the orders (below).
  const refusalExamples = () => refusalTexts(db, job, picked);
  const withCustomer = stats.rows - stats.no_customer;
  const amountColumn = mapping.amount ?? `${mapping.quantity} x ${mapping.price}`;
  if (withCustomer === 0) throw new EngineError('all_ids_missing', { file, column: mapping.customer });
  if (stats.bad_date === withCustomer) {
    const first = refusalExamples().bad_date[0];
    throw new EngineError('no_usable_date', { file, column: mapping.date, row: first?.row ?? 0, value: first?.value ?? '' });
  }
  // Every usable row lies after today: nothing to analyse (checked before the orders table is replaced).
  // Only orders whose status is not a purchase: the user may count some of those statuses after all.
  if (stats.used === 0 && stats.excluded_status > 0) throw new EngineError('all_statuses_excluded', { file, column: mapping.status ?? '' });
  if (stats.used === 0 && stats.future_date > 0) throw new EngineError('no_purchases', { asOf: choices.today });
  if (stats.used === 0 && stats.early_date > 0) {
    const first = refusalExamples().early_date[0];
    throw new EngineError('all_dates_early', { file, column: mapping.date, earliest: choices.earliestDate, row: first?.row ?? 0, value: first?.value ?? '' });
  }
  if (stats.used === 0) {
    const first = refusalExamples().bad_amount[0];
    throw new EngineError('no_usable_amount', { file, column: amountColumn, row: first?.row ?? 0, value: first?.value ?? '' });
  }

  if (choices.dropDuplicates && stats.duplicates > 0) db.run(SQL.dedupe);
  const variants = db.rows(SQL.idVariants);
  if (choices.mergeIdVariants && variants.length > 0) db.run(SQL.mergeIdVariants);
  db.run(SQL.slim);
  db.run(SQL.orders, [choices.today, choices.earliestDate]);
  db.run(SQL.dropLines);
  const later = textsLater && needsTexts(picked);
  const examples = later ? examplesWithoutTexts(job, picked) : exampleTextsAfterwards(db, job, picked);
  const facts = db.rows(SQL.facts)[0];
  const summary: ImportSummary = {
    rows: stats.rows,
    rowsUsed: stats.used - (choices.dropDuplicates ? stats.used_duplicates : 0),
    rowsNoCustomer: stats.no_customer,
    rowsBadDate: stats.bad_date,
    rowsBadAmount: stats.bad_amount,
    rowsFutureDate: stats.future_date,
    rowsEarlyDate: stats.early_date,
    rowsIdControl: stats.id_control,
    rowsExcludedStatus: stats.excluded_status,
    rowsFromOrder: lines.orderFill.fromOrder,
    ...(lines.orderFill.amount ? { orderAmount: lines.orderFill.amount } : {}),
    ...(mapping.status ? { statuses: statuses.map((s) => ({ ...s })) } : {}),
    rowsMalformed: leftOut.malformed.count,
    malformedExamples: leftOut.malformed.examples,
    ...(leftOut.malformed.unclosedQuote ? { unclosedQuote: true } : {}),
    ...(quoting.quotingOff ? { quotingOffLine: firstLeftOut.malformed.examples[0]?.row ?? 0 } : {}),
    rowsComment: leftOut.comments.count,
    commentExamples: leftOut.comments.examples,
    rowsRepeatedHeader: lines.noise.repeatedHeader.count,
    repeatedHeaderExamples: lines.noise.repeatedHeader.examples,
    rowsTotals: lines.noise.totals.count,
    totalsExamples: lines.noise.totals.examples,
    rowsReturns: stats.returns,
    duplicateRows: stats.duplicates,
    duplicatesInOrders: stats.order_duplicates,
    duplicatesDropped: choices.dropDuplicates ? stats.used_duplicates : 0,
    idVariantGroups: variants[0]?.total ?? 0,
    idVariantExamples: variants.map((v) => [...v.variants]),
    idVariantsMerged: choices.mergeIdVariants && variants.length > 0,
    examples,
    ...(later ? { examplesPending: true } : {}),
    formats: formatDecision(day, dateEvidenceOf(stats), decimal, numberEvidenceOf(stats)),
    choices: { ...choices },
    orders: facts.orders,
    customers: facts.customers,
    firstDate: facts.first_date,
    lastDate: facts.last_date,
    defaultAsOf: facts.default_as_of,
  };
  invalidate(state, 'prepared');
  state.prepared = { dataset, summary, lines: { job, params: job.params(dayFirst, decimalComma) }, ...(later ? { pendingExamples: picked } : {}) };
  return summary;
}

/** The import report with its examples' text (prepare's `textsLater`); the summary unchanged when there was nothing to read. */
export function exampleTexts(db: Db, state: EngineState): ImportSummary {
  const prepared = state.prepared;
  if (!prepared) throw new EngineError('no_dataset');
  const { pendingExamples, lines } = prepared;
  if (!pendingExamples || !lines) return prepared.summary;
  const { examplesPending: _, ...rest } = prepared.summary;
  const summary: ImportSummary = { ...rest, examples: exampleTextsAfterwards(db, lines.job, pendingExamples) };
  state.prepared = { dataset: prepared.dataset, summary, lines };
  return summary;
}

function readLines(db: Db, job: LineJob, dayFirst: boolean, decimalComma: boolean, file: string, byOrder: boolean) {
  try {
    readingSource(job.source, () => db.run(db.fill(SQL.prepareLines, job.values), [...job.params(dayFirst, decimalComma), job.excludedStatusKeys]));
  } catch (error) {
    if (isOutOfMemory(error)) throw error;
    throw csvReadError(error, file, job.source.params[0] ?? undefined);
  }
  // Before the order fill: a repeated header or a totals line is no line of any order.
  const noise = takeNoiseLines(db, job.rowOffset);
  const orderFill = byOrder ? fillOrderLines(db, job) : { fromOrder: 0, amount: null };
  return { ...db.rows(db.fill(SQL.stats, { evidence_counts: EVIDENCE_COUNTS }), [job.today, job.earliestDate])[0], orderFill, noise };
}

/**
 * A line-item export: an order's continuation lines take its customer, date and status, and its
 * amount counts once. The amount column is an order total when no order's lines differ in it
 * (quantity x price is always per line): then only one line of an order keeps it.
 */
function fillOrderLines(db: Db, job: LineJob): OrderFill {
  const facts = db.rows(SQL.orderFillFacts)[0];
  if (facts.orders === 0) return { fromOrder: 0, amount: null };
  const total = !job.quantityTimesPrice && facts.line_amount_orders === 0 && facts.total_amount_orders > 0;
  // The orders' shared values are gathered only when some line takes them: most invoice files have none.
  if (total || facts.continuation_lines + facts.status_lines > 0) {
    db.run(SQL.orderFill);
    try {
      db.run(SQL.fillOrderLines, [total]);
    } finally {
      db.run(SQL.dropOrderFill);
    }
  }
  return { fromOrder: facts.continuation_lines, amount: total ? 'total' : 'lines' };
}

/** Exact duplicate rows, grouped one slice of hashes at a time so memory stays bounded on big files. */
function countDuplicates(db: Db, rows: number, today: string, earliestDate: string): DuplicateCounts {
  db.run(SQL.resetDuplicateGroups);
  const slices = Math.max(1, Math.ceil(rows / DUPLICATE_SLICE_ROWS));
  for (let slice = 0; slice < slices; slice++) db.run(SQL.duplicateGroups, [slices, slice, today, earliestDate]);
  return db.rows(SQL.duplicateCounts)[0];
}

const addNumberEvidence = (a: NumberEvidence, b: NumberEvidence): NumberEvidence => ({
  point: a.point + b.point,
  comma: a.comma + b.comma,
  ambiguous: a.ambiguous + b.ambiguous,
});

/** The evidence of the mapped columns over the open file's first rows. */
function sampleEvidence(profile: ColumnProfile[], mapping: ColumnMapping): { date: DateEvidence; number: NumberEvidence } {
  const of = (column: string | undefined) => profile.find((p) => p.name === column);
  const numbers = [mapping.amount, mapping.quantity, mapping.price]
    .map((c) => of(c)?.numberEvidence ?? NO_NUMBER_EVIDENCE)
    .reduce(addNumberEvidence, NO_NUMBER_EVIDENCE);
  return { date: of(mapping.date)?.dateEvidence ?? NO_DATE_EVIDENCE, number: numbers };
}

/** One value that shows why a format is ambiguous. */
function evidenceExample(db: Db, job: LineJob, kind: 'date' | 'number'): string {
  return db.rows(db.fill(SQL.evidenceExample, job.values), [...job.source.params, kind])[0]?.value ?? '';
}
