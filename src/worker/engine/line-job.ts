// The statements of one prepare read the open file's rows through prepare/line-values.sql, with
// the mapped columns filled in: the lines table, the report's examples and the rejected-rows
// download judge a row the same way.

import type { ColumnMapping, DatasetInfo, ImportChoices } from '../../lib/engine/api';
import { excludedStatusKeys } from '../../lib/import/order-status';
import { spreadsheetRowOffset } from '../../lib/import/row-numbers';
import { fragment, type TemplateValue } from '../sql-statement';
import { quoteIdent, SQL_NULL, type OpenSource, type QuotedIdent, type SourceParams } from '../sql-template';

const LINE_VALUES = fragment('prepare/line-values');

/** $1..$16 of prepare/line-values.sql. */
export type LineParams = [
  ...SourceParams,
  dateFormat: string | null,
  timestampFormat: string | null,
  quantityTimesPrice: boolean,
  dayFirst: boolean,
  decimalComma: boolean,
  userDateFormat: string | null,
  today: string,
  earliestDate: string,
  dateColumn: string,
];

/** prepare/prepare-lines.sql: line-values.sql's, then the status keys that are not purchases. */
export type PrepareLinesParams = [...LineParams, excludedStatusKeys: string];

/** The placeholders of the statements that read lines: the source, line-values.sql and the mapped columns it names. */
export type LineKey = 'source' | 'line_values' | 'customer' | 'date' | 'amount' | 'quantity' | 'price' | 'order' | 'status' | 'refunded' | 'first';

export interface LineJob {
  source: OpenSource;
  values: Record<LineKey, TemplateValue>;
  params(dayFirst: boolean, decimalComma: boolean): LineParams;
  today: string;
  earliestDate: string;
  quantityTimesPrice: boolean;
  /** The status keys that are not purchases, joined by chr(31) for one bound text; empty without a status column. */
  excludedStatusKeys: string;
  /** Added to a data row number for the spreadsheet's (lib/import/row-numbers.ts). */
  rowOffset: number;
}

export function lineJob(dataset: DatasetInfo, source: OpenSource, mapping: ColumnMapping, choices: ImportChoices): LineJob {
  const names = dataset.columns.map((c) => c.name);
  const ident = (column: string | undefined): QuotedIdent => (column ? quoteIdent(column, names) : SQL_NULL);
  // The amount is quantity x price when no amount column is mapped and both of those are.
  const quantityTimesPrice = !mapping.amount && !!mapping.quantity && !!mapping.price;
  return {
    source,
    rowOffset: spreadsheetRowOffset(dataset.format, dataset.dialect),
    values: {
      source: source.from,
      line_values: LINE_VALUES,
      customer: ident(mapping.customer),
      date: ident(mapping.date),
      amount: ident(mapping.amount),
      quantity: ident(mapping.quantity),
      price: ident(mapping.price),
      order: ident(mapping.order),
      status: ident(mapping.status),
      refunded: ident(mapping.refunded),
      // The file's first column: where a totals line puts "Итого" (line-values.sql's cvm_noise).
      first: ident(names[0]),
    },
    params: (dayFirst, decimalComma) => [
      ...source.params,
      dataset.dialect?.dateFormat ?? null,
      dataset.dialect?.timestampFormat ?? null,
      quantityTimesPrice,
      dayFirst,
      decimalComma,
      choices.dateFormat,
      choices.today,
      choices.earliestDate,
      mapping.date,
    ],
    today: choices.today,
    earliestDate: choices.earliestDate,
    quantityTimesPrice,
    // chr(31) cannot be typed into a status, so it cannot split one.
    excludedStatusKeys: mapping.status ? excludedStatusKeys(choices.excludedStatuses).join('\u001f') : '',
  };
}
