// An import summary with nothing left out: `rows` rows, all used, then the test's own patch.
import type { ImportSummary } from '../../../src/lib/engine/api';
import { defaultImportChoices } from '../../../src/lib/import/format-decision';

const none = { dayFirst: 0, monthFirst: 0, ambiguousDots: 0, ambiguous: 0 };

export function cleanSummary(rows: number, customers: number, patch: Partial<ImportSummary> = {}): ImportSummary {
  return {
    rows,
    rowsUsed: rows,
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
    orders: rows,
    customers,
    firstDate: '2024-01-01',
    lastDate: '2024-02-01',
    defaultAsOf: '2024-02-02',
    ...patch,
  };
}
