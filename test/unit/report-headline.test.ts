import { describe, expect, it } from 'vitest';
import type { DatasetInfo, ImportSummary } from '../../src/lib/engine/api';
import { defaultImportChoices } from '../../src/lib/import/format-decision';
import { largestLeftOut, reportDecisions } from '../../src/lib/import/report-headline';

const none = { dayFirst: 0, monthFirst: 0, ambiguousDots: 0, ambiguous: 0 };
function summary(patch: Partial<ImportSummary> = {}): ImportSummary {
  return {
    rows: 1000,
    rowsUsed: 1000,
    rowsNoCustomer: 0,
    rowsBadDate: 0,
    rowsBadAmount: 0,
    rowsFutureDate: 0,
    rowsEarlyDate: 0,
    rowsIdControl: 0,
    rowsReturns: 0,
    duplicateRows: 0,
    duplicatesDropped: 0,
    idVariantGroups: 0,
    idVariantExamples: [],
    idVariantsMerged: false,
    examples: { no_customer: [], bad_date: [], bad_amount: [], early_date: [], future_date: [], return: [], duplicate: [], id_control: [] },
    formats: { dayFirst: false, dateOrderSource: 'not-needed', dateEvidence: none as never, decimalComma: false, decimalSource: 'not-needed', numberEvidence: { point: 0, comma: 0, ambiguous: 0 } },
    choices: defaultImportChoices('2026-11-23'),
    orders: 1000,
    customers: 300,
    firstDate: '2024-01-01',
    lastDate: '2024-02-01',
    defaultAsOf: '2024-02-02',
    ...patch,
  };
}

describe('reportDecisions', () => {
  it('keeps the report closed for rows left out for a clear reason', () => {
    // Online Retail: a quarter of the rows have no customer id, some returns, kept duplicates.
    const s = summary({ rows: 541_909, rowsUsed: 406_829, rowsNoCustomer: 135_080, rowsReturns: 9_288, duplicateRows: 5_268, idVariantGroups: 2 });
    expect(reportDecisions(s, null)).toEqual([]);
    expect(reportDecisions(summary({ rowsBadDate: 9, rowsBadAmount: 9, rowsFutureDate: 9 }), null)).toEqual([]);
  });

  it('opens it when unreadable or impossible values point to a wrong choice', () => {
    expect(reportDecisions(summary({ rowsBadDate: 10 }), null)).toEqual(['bad-date']);
    expect(reportDecisions(summary({ rowsBadAmount: 50, rowsFutureDate: 10 }), null)).toEqual(['bad-amount', 'future-date']);
    expect(reportDecisions(summary({ rowsNoCustomer: 500 }), null)).toEqual(['no-customer']);
  });

  it('opens it for a date order that is only a convention and for a reading in doubt', () => {
    const dots = summary({ formats: { ...summary().formats, dateOrderSource: 'dots', dayFirst: true } });
    expect(reportDecisions(dots, null)).toEqual(['date-order']);
    expect(reportDecisions(summary({ unclosedQuote: true, rowsMalformed: 3 }), null)).toEqual(['malformed']);
    const lenient = { dialect: { lenient: true } } as unknown as DatasetInfo;
    expect(reportDecisions(summary(), lenient)).toEqual(['lenient']);
  });
});

describe('largestLeftOut', () => {
  it('names the kind of row left out most often', () => {
    expect(largestLeftOut(summary({ rowsNoCustomer: 135_080, rowsBadAmount: 3 }))).toEqual({ kind: 'noCustomer', count: 135_080 });
    expect(largestLeftOut(summary({ rowsMalformed: 2, rowsTotals: 2, rowsBadDate: 3 }))).toEqual({ kind: 'notOrders', count: 4 });
    expect(largestLeftOut(summary())).toBeNull();
  });
});
