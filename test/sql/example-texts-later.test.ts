// The page reads the import report's example texts after the segments are on screen (issue 18):
// prepare answers with the examples' row numbers and examplesPending, exampleTexts() then reads the
// texts. Every count is final at once, and the texts read later are exactly those read at once.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../src/lib/engine/api';
import { startEngine, type TestEngine } from './helpers/engine';

const MAPPING = { customer: 'customer', date: 'date', amount: 'amount' };
// Numbered as a spreadsheet numbers them (the header is row 1): row 3 has no customer, row 4 an
// unreadable date, row 5 an unreadable amount, row 7 repeats row 6, row 8 is a return.
const FILE = ['customer,date,amount', 'A,2024-01-02,10.00', ',2024-01-03,5.00', 'B,not a date,7.00', 'C,2024-01-05,abc', 'D,2024-01-06,3.00', 'D,2024-01-06,3.00', 'E,2024-01-07,-2.50'].join('\n') + '\n';
const TODAY = { today: '2025-01-01' };

let t: TestEngine;
let atOnce: ImportSummary;
beforeAll(async () => {
  t = await startEngine();
  t.openText('orders.csv', FILE);
  atOnce = t.engine.prepare(MAPPING, TODAY);
});

describe('example texts read after the segments', () => {
  it('prepare gives final counts and the examples’ rows without their text', () => {
    t.openText('orders.csv', FILE);
    const early = t.engine.prepare(MAPPING, TODAY, true);
    expect(early.examplesPending).toBe(true);
    const { examples: earlyExamples, examplesPending: _, ...earlyCounts } = early;
    const { examples: onceExamples, ...onceCounts } = atOnce;
    expect(earlyCounts).toEqual(onceCounts);
    expect(earlyExamples.no_customer).toEqual([{ row: 3, value: null }]);
    expect(earlyExamples.bad_date).toEqual([{ row: 4, value: null }]);
    expect(earlyExamples.bad_amount).toEqual([{ row: 5, value: null }]);
    // A duplicate's example is the row it repeats: known without the file.
    expect(earlyExamples.duplicate).toEqual(onceExamples.duplicate);
    expect(onceExamples.bad_date).toEqual([{ row: 4, value: 'not a date' }]);
    expect(onceExamples.bad_amount).toEqual([{ row: 5, value: 'abc' }]);
  });

  it('exampleTexts() reads exactly the texts prepare reads at once, and the summary after it has them', () => {
    t.openText('orders.csv', FILE);
    t.engine.prepare(MAPPING, TODAY, true);
    const complete = t.engine.exampleTexts();
    expect(complete).toEqual(atOnce);
    expect(t.engine.exampleTexts()).toEqual(atOnce);
  });

  it('a file without a problem row needs no second pass: nothing is pending', () => {
    t.openText('clean.csv', 'customer,date,amount\nA,2024-01-02,10.00\nB,2024-01-03,5.00\n');
    const clean = t.engine.prepare(MAPPING, TODAY, true);
    expect(clean.examplesPending).toBeUndefined();
  });
});
