// Quotes DuckDB's sniffer never saw: its sample is the first 20,480 rows, and a file whose
// first quote comes later must still be read as RFC 4180 (a quoted line break is one cell, a
// quoted "1,234.50" one amount). Expected figures follow from how the files are generated:
// 30,000 rows of 1.00 for 500 customers, one row changed.
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/lib/rfm/settings';
import { presetSegmentation, readCsv, startEngine, type TestEngine } from './helpers/engine';

const ROWS = 30_000;
const LATE_ROW = 25_000;

/** customer,date,amount,note with 1.00 on every row; row LATE_ROW (1-based data row) gets `amount` and `note` as written. */
function lateQuoteFile(amount: string, note: string): string {
  const lines = ['customer,date,amount,note'];
  for (let row = 1; row <= ROWS; row++) {
    const day = String(1 + (row % 28)).padStart(2, '0');
    lines.push(row === LATE_ROW ? `C${row % 500},2024-01-${day},${amount},${note}` : `C${row % 500},2024-01-${day},1.00,plain`);
  }
  return lines.join('\n') + '\n';
}

let t: TestEngine;
beforeAll(async () => {
  t = await startEngine();
});

function analyse(name: string, text: string) {
  const dataset = t.openText(name, text);
  const summary = t.engine.prepare({ customer: 'customer', date: 'date', amount: 'amount' }, { today: '2026-11-23' });
  const settings = defaultSettings(summary.defaultAsOf);
  return { dataset, summary, result: t.engine.score(settings, presetSegmentation(settings)).summary };
}

describe('quotes that first appear after the sniffer sample', () => {
  it('a quoted line break stays inside its cell: no extra order, no extra customer', () => {
    const { dataset, summary, result } = analyse('late-break.csv', lateQuoteFile('1.00', '"line one\n9999,2024-01-02,1000000.00,x"'));
    expect(dataset.dialect?.quote).toBe('"');
    expect(summary).toMatchObject({ rows: ROWS, rowsUsed: ROWS, customers: 500 });
    expect(result).toMatchObject({ customers: 500, revenue: 30_000 });
  });

  it('a quoted amount with a thousands separator is one amount', () => {
    const { summary, result } = analyse('late-thousands.csv', lateQuoteFile('"1,234.50"', 'plain'));
    expect(summary).toMatchObject({ rows: ROWS, rowsUsed: ROWS, rowsBadAmount: 0 });
    expect(result.revenue).toBe(ROWS - 1 + 1234.5);
  });

  it('a doubled quote inside a late quoted cell is one quote, not the end of the cell', () => {
    const { summary, result } = analyse('late-doubled.csv', lateQuoteFile('1.00', '"a 12"" pizza, and\n9999,2024-01-02,5000,x"'));
    expect(summary).toMatchObject({ rows: ROWS, customers: 500 });
    expect(result.revenue).toBe(ROWS);
  });
});

describe('quoted line breaks that DuckDB\'s parallel reader refuses', () => {
  // Padding short rows in parallel fails on a quoted line break across the reader's buffers; this
  // file (the CSV our JSON reader writes for 100 records, the third with "a\nb" in its note) does
  // so on its fourth line. It is read again without the parallel reader. 100 orders of 10 + row
  // number (0-based): 100 * 10 + 4,950 = 5,950.
  const lines = ['customer,date,amount,note'];
  for (let i = 0; i < 100; i++) lines.push(`C${i % 20},2024-01-${String(1 + (i % 28)).padStart(2, '0')},${10 + i},${i === 2 ? '"a\nb"' : 'x'}`);
  const text = lines.join('\n') + '\n';

  it('the data as understood, before any analysis, holds every row with its line break', async () => {
    // A fresh engine: with an analysis done, the data as understood is that analysis' file.
    const fresh = await startEngine();
    fresh.openText('multiline-export.csv', text);
    const rows = readCsv(fresh.engine.exportSourceCsv());
    expect(rows).toHaveLength(100);
    expect(rows[2].note).toBe('a\nb');
  });

  it('the analysis reads every row', () => {
    const { summary, result } = analyse('multiline-analysis.csv', text);
    expect(summary).toMatchObject({ rows: 100, rowsUsed: 100, customers: 20 });
    expect(result.revenue).toBe(5950);
  });
});
