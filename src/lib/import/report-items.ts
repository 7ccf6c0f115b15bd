// The import report as a list of items (catalog key, parameters, examples), built once from the
// engine's summary: the page renders it and `npm run rfm` prints it, so both say the same.

import type { DatasetInfo, ImportSummary, LeftOutIssue, RejectedIssue, RejectedReasons, RowExample, TextEncodingName } from '../engine/api';
import { keyOf } from '../i18n/keys';
import type { Translate } from '../i18n/translate';
import type { TranslationKey } from '../i18n/types';

export type ReportTone = 'info' | 'warn';

export interface ReportItem {
  /** Stable id (tests, keys). */
  id: string;
  tone: ReportTone;
  /** Catalog key; with `count` in params it may be a plural family. */
  key: TranslationKey;
  params: Record<string, string | number>;
  /** Params holding an ISO date, to be formatted for the reader's locale. */
  dateParams: string[];
  /** Catalog keys whose translation replaces a param's value (e.g. how an encoding was found). */
  keyParams: Record<string, TranslationKey>;
  examples: RowExample[];
  /** How an example reads: "row 12: “text”", "row 12", "row 12 repeats row 7", or "line 14 of the file: “text”". */
  exampleStyle: 'value' | 'row' | 'repeat' | 'line';
  /** Example groups of text, e.g. ids that differ only in case: shown as "AB12 / ab 12". */
  groups: string[][];
  /** What the user can do about it: `<hint>.page` on the page, `<hint>.cli` in the terminal. */
  hint: 'report.hint.dropDuplicates' | 'report.hint.mergeIds' | 'report.hint.earliestDate' | 'report.hint.unclosedQuote' | null;
}

export const ENCODING_LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1251': 'Windows-1251',
  'koi8-r': 'KOI8-R',
};

const item = (id: string, tone: ReportTone, key: TranslationKey, params: ReportItem['params'] = {}, more: Partial<ReportItem> = {}): ReportItem => ({
  id,
  tone,
  key,
  params,
  dateParams: [],
  keyParams: {},
  examples: [],
  exampleStyle: 'value',
  groups: [],
  hint: null,
  ...more,
});

function formatItems(summary: ImportSummary): ReportItem[] {
  const items: ReportItem[] = [];
  const { formats, choices } = summary;
  const order = formats.dayFirst ? 'dayFirst' : 'monthFirst';
  const dates = formats.dateEvidence;
  switch (formats.dateOrderSource) {
    case 'column':
      items.push(item('date-order', 'info', keyOf('report.dates', order, 'column'), { count: formats.dayFirst ? dates.dayFirst : dates.monthFirst }));
      break;
    case 'dots':
      items.push(item('date-order', 'info', 'report.dates.dayFirst.dots'));
      break;
    case 'user':
      items.push(item('date-order', 'info', keyOf('report.dates', order, 'user')));
      break;
    case 'format':
      items.push(item('date-order', 'info', 'report.dates.format', { format: choices.dateFormat ?? '' }));
      break;
    case 'not-needed':
      break;
  }
  const separator = formats.decimalComma ? 'comma' : 'point';
  const numbers = formats.numberEvidence;
  // A decimal point with nothing arguing otherwise is what everyone expects: not worth a line.
  if (formats.decimalSource === 'user') items.push(item('decimal', 'info', keyOf('report.decimal', separator, 'user')));
  else if (formats.decimalSource === 'column' && (formats.decimalComma || numbers.comma > 0 || numbers.ambiguous > 0)) {
    items.push(item('decimal', 'info', keyOf('report.decimal', separator, 'column'), { count: formats.decimalComma ? numbers.comma : numbers.point }));
  }
  return items;
}

export function importReportItems(summary: ImportSummary, dataset: DatasetInfo | null): ReportItem[] {
  const items: ReportItem[] = [];
  const encoding = dataset?.encoding;
  if (encoding && (encoding.used !== 'utf-8' || encoding.detected !== encoding.used)) {
    const how = encoding.used === encoding.detected ? keyOf('report.encoding.how', encoding.reason) : 'report.encoding.how.user';
    items.push(item('encoding', 'info', 'report.encoding', { encoding: ENCODING_LABELS[encoding.used] }, { keyParams: { how } }));
  }
  items.push(...formatItems(summary));
  const { examples } = summary;
  if (summary.rowsNoCustomer > 0) {
    items.push(item('no-customer', 'warn', 'report.noCustomer', { count: summary.rowsNoCustomer }, { examples: examples.no_customer, exampleStyle: 'row' }));
  }
  if (summary.rowsBadDate > 0) items.push(item('bad-date', 'warn', 'report.badDate', { count: summary.rowsBadDate }, { examples: examples.bad_date }));
  if (summary.rowsBadAmount > 0) {
    items.push(item('bad-amount', 'warn', 'report.badAmount', { count: summary.rowsBadAmount }, { examples: examples.bad_amount }));
  }
  if (summary.rowsFutureDate > 0) {
    items.push(
      item('future-date', 'warn', 'report.futureDate', { count: summary.rowsFutureDate, today: summary.choices.today }, {
        examples: examples.future_date,
        dateParams: ['today'],
      }),
    );
  }
  const early = summary.rowsEarlyDate ?? 0;
  if (early > 0) {
    items.push(
      item('early-date', 'warn', 'report.earlyDate', { count: early, earliest: summary.choices.earliestDate }, {
        examples: examples.early_date ?? [],
        dateParams: ['earliest'],
        hint: 'report.hint.earliestDate',
      }),
    );
  }
  const malformed = summary.rowsMalformed ?? 0;
  if (malformed > 0) {
    // Numbered as lines of the file: such a line is no data row, and an editor finds it by its line.
    items.push(
      item('malformed', 'warn', 'report.malformed', { count: malformed }, {
        examples: summary.malformedExamples ?? [],
        exampleStyle: 'line',
        hint: summary.unclosedQuote ? 'report.hint.unclosedQuote' : null,
      }),
    );
  }
  if (dataset?.dialect?.lenient) items.push(item('lenient', 'warn', 'report.lenient', {}));
  if (summary.quotingOffLine !== undefined) {
    items.push(item('quoting-off', 'info', 'report.quotingOff', { line: summary.quotingOffLine }));
  }
  // Rows and lines that are no order line at all: said, never counted as rows with a bad date.
  const repeated = summary.rowsRepeatedHeader ?? 0;
  if (repeated > 0) {
    items.push(item('repeated-header', 'info', 'report.repeatedHeader', { count: repeated }, { examples: summary.repeatedHeaderExamples ?? [] }));
  }
  const totals = summary.rowsTotals ?? 0;
  if (totals > 0) items.push(item('totals', 'info', 'report.totals', { count: totals }, { examples: summary.totalsExamples ?? [] }));
  const comments = summary.rowsComment ?? 0;
  if (comments > 0) {
    const char = dataset?.dialect?.comment ?? '#';
    items.push(item('comment', 'info', 'report.comment', { count: comments, char }, { examples: summary.commentExamples ?? [], exampleStyle: 'line' }));
  }
  const controls = summary.rowsIdControl ?? 0;
  if (controls > 0) {
    items.push(item('id-control', 'info', 'report.idControl', { count: controls }, { examples: (examples.id_control ?? []).map(visibleControls) }));
  }
  // Orders of several lines: whether the amount column was taken for the order's total or summed.
  // Summed lines of an invoice file whose every line is complete are what everyone expects: said
  // only for a line-item export, whose continuation lines took their order's values.
  const fromOrder = summary.rowsFromOrder ?? 0;
  if (summary.orderAmount === 'total' || (summary.orderAmount === 'lines' && fromOrder > 0)) {
    items.push(item('order-amount', 'info', keyOf('report.orderAmount', summary.orderAmount), {}));
  }
  if (fromOrder > 0) items.push(item('from-order', 'info', 'report.fromOrder', { count: fromOrder }));
  const byStatus = (summary.statuses ?? []).filter((s) => s.excluded);
  if ((summary.rowsExcludedStatus ?? 0) > 0) {
    // Rows per status, as written in the file: numbers and the file's own words need no translation.
    const statuses = byStatus.map((s) => `${s.status} (${s.rows})`).join(', ');
    items.push(item('statuses', 'info', 'report.statuses', { count: summary.rowsExcludedStatus ?? 0, statuses }));
  }
  if (summary.rowsReturns > 0) items.push(item('returns', 'info', 'report.returns', { count: summary.rowsReturns }, { examples: examples.return }));
  if (summary.duplicateRows > 0) {
    const dropped = summary.choices.dropDuplicates;
    // Identical rows that share an order id are an order listing one item twice (two of it, or two
    // till lines), real purchases: said so, and dropping them is not offered as a fix.
    const inOrders = summary.duplicatesInOrders === summary.duplicateRows;
    if (inOrders) {
      items.push(
        item('duplicates', 'info', dropped ? 'report.duplicates.inOrder.dropped' : 'report.duplicates.inOrder.kept', { count: summary.duplicateRows }, {
          examples: examples.duplicate,
          exampleStyle: 'repeat',
        }),
      );
    } else {
      items.push(
        item('duplicates', dropped ? 'info' : 'warn', dropped ? 'report.duplicates.dropped' : 'report.duplicates.kept', { count: summary.duplicateRows }, {
          examples: examples.duplicate,
          exampleStyle: 'repeat',
          hint: dropped ? null : 'report.hint.dropDuplicates',
        }),
      );
    }
  }
  if (summary.idVariantGroups > 0) {
    const merged = summary.idVariantsMerged;
    items.push(
      item('id-variants', merged ? 'info' : 'warn', merged ? 'report.idVariants.merged' : 'report.idVariants.separate', { count: summary.idVariantGroups }, {
        groups: summary.idVariantExamples,
        hint: merged ? null : 'report.hint.mergeIds',
      }),
    );
  }
  return items;
}

const REJECTED_ISSUES: (RejectedIssue | LeftOutIssue | 'status')[] = [
  'no_customer',
  'bad_date',
  'bad_amount',
  'early_date',
  'future_date',
  'duplicate',
  'status',
  'repeated_header',
  'totals',
  'malformed',
  'comment',
];

/** The reason column of the rejected-rows download, in the translator's language: the page and the CLI write the same. */
export const rejectedReasons = (t: Translate): RejectedReasons =>
  Object.fromEntries(REJECTED_ISSUES.map((issue) => [issue, t(keyOf('report.reason', issue))])) as RejectedReasons;

/** Rows and lines of the file that are no order line: left out before any row is judged. */
const leftOutLines = (summary: ImportSummary): number =>
  (summary.rowsMalformed ?? 0) + (summary.rowsComment ?? 0) + (summary.rowsRepeatedHeader ?? 0) + (summary.rowsTotals ?? 0);

/** Rows the user may want to look at in the rejected-rows download. */
export const rejectedRows = (summary: ImportSummary): number =>
  summary.rowsNoCustomer +
  summary.rowsBadDate +
  summary.rowsBadAmount +
  (summary.rowsEarlyDate ?? 0) +
  summary.rowsFutureDate +
  summary.duplicatesDropped +
  (summary.rowsExcludedStatus ?? 0) +
  leftOutLines(summary);

/** The "of M" of "N of M rows used": the data rows read and the lines of the file that were none. */
export const rowsInFile = (summary: ImportSummary): number => summary.rows + leftOutLines(summary);

/** An example's control characters as the visible symbols Unicode has for them (NUL as ␀, tab as ␉, DEL as ␡). */
function visibleControls(example: RowExample): RowExample {
  const value = example.value?.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\u007f' ? '\u2421' : String.fromCharCode(0x2400 + c.charCodeAt(0))));
  return { ...example, value: value ?? null };
}


/** One item as text: its sentence and its examples, in the translator's language. */
export function renderReportItem(
  report: ReportItem,
  t: Translate,
  formatDate: (iso: string) => string,
  where: 'page' | 'cli' = 'page',
): { text: string; examples: string[] } {
  const params: Record<string, string | number> = { ...report.params };
  for (const name of report.dateParams) params[name] = formatDate(String(params[name]));
  for (const [name, key] of Object.entries(report.keyParams)) params[name] = t(key);
  const examples = report.examples.map((e) => {
    // Row numbers ungrouped ("row 12345", not "row 12,345"): they are looked up in an editor.
    const row = String(e.row);
    // A row whose text is not read (yet, or the pass failed): its number alone, never an empty value.
    if (report.exampleStyle === 'row' || (report.exampleStyle === 'value' && e.value === null)) return t('report.rowOnly', { row });
    if (report.exampleStyle === 'repeat') return t('report.rowRepeats', { row, value: e.value ?? '' });
    if (report.exampleStyle === 'line') return t('report.lineValue', { row, value: e.value ?? '' });
    return t('report.rowValue', { row, value: e.value ?? '' });
  });
  const text = report.hint ? `${t(report.key, params)} ${t(keyOf(report.hint, where))}` : t(report.key, params);
  return { text, examples: [...examples, ...report.groups.map((group) => group.join(' / '))] };
}
