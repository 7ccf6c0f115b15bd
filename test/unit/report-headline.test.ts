import { describe, expect, it } from 'vitest';
import type { DatasetInfo, ImportSummary } from '../../src/lib/engine/api';
import { cleanSummary } from './helpers/import-summary';
import { largestLeftOut, reportDecisions } from '../../src/lib/import/report-headline';

const summary = (patch: Partial<ImportSummary> = {}): ImportSummary => cleanSummary(1000, 300, patch);

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
