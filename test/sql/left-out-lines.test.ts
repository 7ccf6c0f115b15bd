// Lines of a CSV that are no rows of its table (issue 13): a quote that never closes, rows that do
// not fit, a repeated header, a totals line, comment lines. They are counted as what they are in
// the report and listed in the rows-not-used download. Figures follow from how the files are
// written: 30,000 rows of 1.00 for 500 customers, one row changed.
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsv, startEngine, type TestEngine } from './helpers/engine';

const ROWS = 30_000;
const LATE_ROW = 25_000;
const MAPPING = { customer: 'customer', date: 'date', amount: 'amount' };
const REASONS = {
  no_customer: 'no customer',
  bad_date: 'bad date',
  bad_amount: 'bad amount',
  future_date: 'future',
  early_date: 'early',
  duplicate: 'duplicate',
  repeated_header: 'repeated header',
  totals: 'totals line',
  malformed: 'line {line} does not fit',
  comment: 'line {line} is a comment',
};

/** Every row 1.00; row LATE_ROW's note as given; every `quotedEvery`-th row a quoted note with a comma. */
function file(lateNote: string, quotedEvery = 0): string {
  const lines = ['customer,date,amount,note'];
  for (let row = 1; row <= ROWS; row++) {
    const day = String(1 + (row % 28)).padStart(2, '0');
    const note = row === LATE_ROW ? lateNote : quotedEvery > 0 && row % quotedEvery === 0 ? '"wooden, large"' : 'plain';
    lines.push(`C${row % 500},2024-01-${day},1.00,${note}`);
  }
  return lines.join('\n') + '\n';
}

let t: TestEngine;
beforeAll(async () => {
  t = await startEngine();
});

describe('a quote that never closes, after the sniffer sample', () => {
  it('in a file with no other quote: read again with quoting off, every row used', () => {
    t.openText('late-open-quote.csv', file('"12"" screen'));
    const summary = t.engine.prepare(MAPPING, { today: '2026-11-23' });
    // Line 25,002: the header is line 1.
    expect(summary).toMatchObject({ rows: ROWS, rowsUsed: ROWS, rowsMalformed: 0, quotingOffLine: LATE_ROW + 1, customers: 500 });
  });

  it('in a file with quoted cells: quoting off would split them, so it stays on and the loss is said', () => {
    t.openText('late-open-quote-quoted.csv', file('"12"" screen', 10));
    const summary = t.engine.prepare(MAPPING, { today: '2026-11-23' });
    expect(summary.quotingOffLine).toBeUndefined();
    expect(summary.unclosedQuote).toBe(true);
    // The quote takes the lines up to the next quote (the next quoted note, row 25,010) into one
    // cell; DuckDB leaves that text out as one rejected line, counted by the lines it covers.
    expect(summary.malformedExamples?.[0]?.row).toBe(LATE_ROW + 1);
    expect(summary.rowsUsed + (summary.rowsMalformed ?? 0)).toBeGreaterThanOrEqual(ROWS - 1);
    expect(summary.rowsUsed).toBeLessThan(ROWS);
  });
});

describe('the rows-not-used download lists the lines that are no rows', () => {
  it('with their reasons: the header and totals rows by row, a line that does not fit by its line of the file', () => {
    const text = ['customer,date,amount', 'C1,2024-01-05,100.00', 'C2,2024-01-06,50.00,extra', 'customer,date,amount', 'C3,2024-01-07,30.00', 'Итого,,180.00', ''].join('\n');
    t.openText('mixed-damage.csv', text);
    const summary = t.engine.prepare(MAPPING, { today: '2026-11-23' });
    expect(summary).toMatchObject({ rows: 2, rowsUsed: 2, rowsMalformed: 1, rowsRepeatedHeader: 1, rowsTotals: 1 });
    const rows = readCsv(t.engine.exportRejectedCsv(REASONS));
    expect(rows.map((r) => [r.row, r.reason, r.customer])).toEqual([
      // Data rows 2 and 4 plus the header row. The line that does not fit (line 3) is no data row,
      // so the rows after it are numbered one less than their line of the file.
      ['3', 'repeated header', 'customer'],
      ['5', 'totals line', 'Итого'],
      ['', 'line 3 does not fit: C2,2024-01-06,50.00,extra', ''],
    ]);
  });

  it('comment lines, by their line of the file', async () => {
    await t.open('import/damaged/comment-lines.csv');
    t.engine.prepare(MAPPING, { today: '2026-11-23' });
    const rows = readCsv(t.engine.exportRejectedCsv(REASONS));
    expect(rows.map((r) => [r.row, r.reason])).toEqual([
      ['', 'line 1 is a comment: # exported 2024-03-01'],
      ['', 'line 4 is a comment: # manual fix below'],
    ]);
  });
});
