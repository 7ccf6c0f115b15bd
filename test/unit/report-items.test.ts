import { describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../src/lib/engine/api';
import { cleanSummary } from './helpers/import-summary';
import { importReportItems, rejectedReasons, rejectedRows, renderReportItem, rowsInFile } from '../../src/lib/import/report-items';
import { createTranslator } from '../../src/lib/i18n/translate';

const summary = (patch: Partial<ImportSummary> = {}): ImportSummary => cleanSummary(10, 3, patch);
const en = createTranslator('en');
const iso = (d: string) => d;

describe('import report: implausible values', () => {
  it('says how many rows are dated before the earliest date, with an example and what to do', () => {
    const s = summary({ rows: 12, rowsEarlyDate: 2, examples: { ...summary().examples, early_date: [{ row: 4, value: '0001-01-01' }] } });
    const item = importReportItems(s, null).find((i) => i.id === 'early-date')!;
    expect(item.tone).toBe('warn');
    const page = renderReportItem(item, en, iso, 'page');
    expect(page.text).toBe(
      '2 rows are dated before 1990-01-01, as “no date” placeholders are, and were left out. If they are real orders, choose an earlier date on the column screen.',
    );
    expect(page.examples).toEqual(['row 4: “0001-01-01”']);
    expect(renderReportItem(item, en, iso, 'cli').text).toContain('--earliest-date YYYY-MM-DD');
    expect(rejectedRows(s)).toBe(2);
  });

  it('shows control characters of an id as visible symbols', () => {
    const s = summary({ rowsIdControl: 1, examples: { ...summary().examples, id_control: [{ row: 2, value: 'C7\0\t\x7F' }] } });
    const item = importReportItems(s, null).find((i) => i.id === 'id-control')!;
    expect(item.tone).toBe('info');
    expect(renderReportItem(item, en, iso).examples).toEqual(['row 2: “C7␀␉␡”']);
    expect(rejectedRows(s)).toBe(0);
  });

  it('calls identical rows of one order line items that repeat, and does not offer to drop them', () => {
    const examples = { ...summary().examples, duplicate: [{ row: 11, value: '10' }] };
    const inOrder = importReportItems(summary({ duplicateRows: 1, duplicatesInOrders: 1, examples }), null).find((i) => i.id === 'duplicates')!;
    expect(inOrder).toMatchObject({ tone: 'info', hint: null });
    const page = renderReportItem(inOrder, en, iso, 'page');
    expect(page.text).toBe('1 line item repeats within an order (the same item, price and date on two lines of one order) and was kept: it is a purchase, not a file exported twice.');
    expect(page.examples).toEqual(['row 11 repeats row 10']);
    // Without an order id, a repeated row may be a file exported twice: dropping them is offered.
    const loose = importReportItems(summary({ duplicateRows: 1, duplicatesInOrders: 0, examples }), null).find((i) => i.id === 'duplicates')!;
    expect(loose).toMatchObject({ tone: 'warn', hint: 'report.hint.dropDuplicates' });
    expect(renderReportItem(loose, en, iso, 'page').text).toMatch(/^1 row repeats an earlier row exactly and was kept/);
  });

  it('reads a summary kept before these counts existed', () => {
    const old = summary();
    delete old.rowsEarlyDate;
    delete old.rowsIdControl;
    expect(importReportItems(old, null).map((i) => i.id)).toEqual([]);
    expect(rejectedRows(old)).toBe(0);
  });

  it('names every reason of the rejected-rows download', () => {
    expect(rejectedReasons(en)).toEqual({
      no_customer: 'no customer id',
      bad_date: 'date not readable',
      bad_amount: 'amount not readable',
      early_date: 'dated before the earliest plausible date',
      future_date: 'dated after today',
      duplicate: 'exact duplicate, dropped',
      status: 'order status is not a purchase',
      repeated_header: 'the header repeated inside the data',
      totals: 'a totals line, no order',
      malformed: 'line {line} of the file does not fit the table',
      comment: 'line {line} of the file is a comment',
    });
    expect(Object.values(rejectedReasons(createTranslator('ru'))).every((text) => /[а-я]/.test(text))).toBe(true);
  });
});

describe('import report: order statuses and line-item exports', () => {
  it('counts the rows left out per status as the file writes them, and lists them as rows not used', () => {
    const s = summary({
      rowsExcludedStatus: 3,
      statuses: [
        { status: 'completed', rows: 7, orders: 7, excluded: false },
        { status: 'cancelled', rows: 2, orders: 2, excluded: true },
        { status: 'Refunded', rows: 1, orders: 1, excluded: true },
      ],
    });
    const item = importReportItems(s, null).find((i) => i.id === 'statuses');
    expect(item && renderReportItem(item, en, iso).text).toBe('3 rows of orders that are not purchases were left out, by status: cancelled (2), Refunded (1).');
    expect(rejectedRows(s)).toBe(3);
  });

  it('says an order total counted once, and the lines that took their order’s values', () => {
    const items = importReportItems(summary({ orderAmount: 'total', rowsFromOrder: 2 }), null);
    expect(items.map((i) => i.id)).toEqual(['order-amount', 'from-order']);
    expect(renderReportItem(items[0], createTranslator('ru'), iso).text).toContain('один раз');
    expect(renderReportItem(items[1], en, iso).text).toBe('2 continuation lines of orders had no customer, date or status of their own and took their order’s.');
  });

  it('says nothing of summed lines in an invoice file whose every line is complete', () => {
    expect(importReportItems(summary({ orderAmount: 'lines', rowsFromOrder: 0 }), null)).toEqual([]);
  });
});

describe('import report: damaged lines', () => {
  it('says how many lines do not fit the table, with the line of the file and its text, in both languages', () => {
    const s = summary({ rowsMalformed: 3, malformedExamples: [{ row: 3, value: 'C2,2024-01-06,50.00,extra' }] });
    const item = importReportItems(s, null).find((i) => i.id === 'malformed')!;
    expect(item.tone).toBe('warn');
    const page = renderReportItem(item, en, iso);
    expect(page.text).toBe('3 lines do not fit the table (a field more or less than the header, or a quote never closed) and were left out.');
    expect(page.examples).toEqual(['line 3 of the file: “C2,2024-01-06,50.00,extra”']);
    const ru = renderReportItem(item, createTranslator('ru'), iso);
    expect(ru.text).toMatch(/^3 строки файла не подходят к таблице/);
    expect(ru.examples).toEqual(['строка 3 файла: «C2,2024-01-06,50.00,extra»']);
  });

  it('reads a summary kept before damaged lines were counted', () => {
    const old = summary();
    delete old.rowsMalformed;
    delete old.malformedExamples;
    expect(importReportItems(old, null).map((i) => i.id)).toEqual([]);
  });
});

describe('import report: lines of the file that are no rows', () => {
  it('counts them in the "of M" and in the rows-not-used download', () => {
    const s = summary({ rows: 10, rowsMalformed: 2, rowsComment: 1, rowsRepeatedHeader: 1, rowsTotals: 1 });
    expect(rowsInFile(s)).toBe(15);
    expect(rejectedRows(s) - rejectedRows(summary({ rows: 10 }))).toBe(5);
  });

  it('names each kind with its examples, and how to read a quote that never closes', () => {
    const s = summary({
      rowsMalformed: 404,
      malformedExamples: [{ row: 25002, value: 'C0,2024-01-25,10.00,"12"" screen' }],
      unclosedQuote: true,
      rowsRepeatedHeader: 1,
      repeatedHeaderExamples: [{ row: 3, value: 'customer' }],
      rowsTotals: 1,
      totalsExamples: [{ row: 5, value: 'Итого' }],
      rowsComment: 2,
      commentExamples: [{ row: 1, value: '# exported' }],
    });
    const texts = importReportItems(s, null).map((item) => renderReportItem(item, en, iso, 'page').text);
    expect(texts).toContain('404 lines do not fit the table (a field more or less than the header, or a quote never closed) and were left out. A quote there never closes, so the lines after it went with it: choose “Quote: none” in the reading options.');
    expect(texts).toContain('1 row repeats the header inside the data (files joined one below another) and was left out.');
    expect(texts).toContain('1 totals line (“Total”, “Итого”) is no order and was left out.');
    expect(texts).toContain('2 comment lines (starting with #) were left out.');
  });

  it('says when the file was read with quoting off', () => {
    const texts = importReportItems(summary({ quotingOffLine: 25002 }), null).map((item) => renderReportItem(item, en, iso, 'page').text);
    expect(texts.some((t) => t.startsWith('A quote on line 25,002 of the file never closes'))).toBe(true);
  });
});
