// The import report's examples: the first rows of each kind of problem, picked by row number from
// the parsed lines, then their text read from the source in one light pass.

import type { RowExample, RowIssue } from '../../lib/engine/api';
import { spreadsheetRow } from '../../lib/import/row-numbers';
import type { Db } from '../db';
import { statement, template } from '../sql-statement';
import type { SourceParams } from '../sql-template';
import type { LineJob } from './line-job';

export interface PickedExample {
  kind: RowIssue;
  row: number;
  /** For a duplicate: the row it repeats. */
  repeats: number | null;
}

interface RowTexts {
  row: number;
  customer_text: string | null;
  date_text: string | null;
  amount_text: string | null;
}

const SQL = {
  picked: statement<[today: string, earliestDate: string], PickedExample>('prepare/lines-examples'),
  texts: template<[...SourceParams, quantityTimesPrice: boolean, rows: string], 'source' | 'customer' | 'date' | 'amount' | 'quantity' | 'price', RowTexts>(
    'prepare/lines-example-texts',
  ),
};

type Examples = Record<RowIssue, RowExample[]>;

/** The first rows of each kind, by row number, from the parsed lines (their text comes later); none when no row has a problem. */
export function pickExamples(db: Db, job: LineJob, anyProblem: boolean): PickedExample[] {
  return anyProblem ? db.rows(SQL.picked, [job.today, job.earliestDate]) : [];
}

/** The picked rows with the text they hold: one light pass over the source. */
export function exampleTexts(db: Db, job: LineJob, picked: PickedExample[]): Examples {
  const needText = picked.filter((p) => p.kind !== 'duplicate').map((p) => p.row);
  const texts = new Map<number, RowTexts>();
  if (needText.length > 0) {
    const rows = db.rows(db.fill(SQL.texts, job.values), [...job.source.params, job.quantityTimesPrice, needText.join(',')]);
    for (const row of rows) texts.set(row.row, row);
  }
  return examplesOf(picked, job.rowOffset, (kind, row) => {
    const text = texts.get(row);
    if (kind === 'no_customer' || kind === 'id_control') return text?.customer_text ?? null;
    if (kind === 'bad_date' || kind === 'early_date' || kind === 'future_date') return text?.date_text ?? null;
    return text?.amount_text ?? null;
  });
}

/**
 * Texts of the examples once the orders are built and the lines freed: on a file of tens of
 * millions of rows the tab is then furthest from its memory limit. They are a help, not a
 * result: if even then the pass fails, the report shows the row numbers without their text.
 */
export function exampleTextsAfterwards(db: Db, job: LineJob, picked: PickedExample[]): Examples {
  try {
    return exampleTexts(db, job, picked);
  } catch {
    return examplesWithoutTexts(job, picked);
  }
}

/** The picked rows as report examples before their text is read: row numbers (a duplicate's too), no text. */
export function examplesWithoutTexts(job: LineJob, picked: PickedExample[]): Examples {
  return examplesOf(picked, job.rowOffset, () => null);
}

/** True when some picked row's text is still to be read (a duplicate's example is a row number, never text). */
export function needsTexts(picked: PickedExample[]): boolean {
  return picked.some((p) => p.kind !== 'duplicate');
}

/**
 * The picked rows as report examples, in file order, numbered as the spreadsheet numbers them
 * (`offset`); `textOf` gives a data row's text (null when unread).
 */
function examplesOf(picked: PickedExample[], offset: number, textOf: (kind: RowIssue, row: number) => string | null): Examples {
  const examples: Examples = {
    no_customer: [],
    bad_date: [],
    bad_amount: [],
    early_date: [],
    future_date: [],
    return: [],
    duplicate: [],
    id_control: [],
  };
  for (const { kind, row, repeats } of [...picked].sort((a, b) => a.row - b.row)) {
    examples[kind].push({
      row: spreadsheetRow(row, offset),
      value: kind === 'duplicate' ? String(spreadsheetRow(repeats ?? 0, offset)) : textOf(kind, row),
    });
  }
  return examples;
}
