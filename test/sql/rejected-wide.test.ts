// The rows-not-used download of a file with very many columns is refused with its own message
// (issue 20: 5,000 columns ran out of memory after 86 s while scoring the same file worked).
import { beforeAll, describe, expect, it } from 'vitest';
import { EngineError } from '../../src/lib/engine/errors';
import { REJECTED_MAX_COLUMNS } from '../../src/worker/engine/export';
import { startEngine, type TestEngine } from './helpers/engine';

const MAPPING = { customer: 'customer', date: 'date', amount: 'amount' };
const REASONS = { no_customer: 'no customer', bad_date: 'bad date', bad_amount: 'bad amount', future_date: 'future', early_date: 'early', duplicate: 'duplicate' };

/** customer, date, amount and `extra` more columns; the second row has no customer. */
function wide(extra: number): string {
  const names = ['customer', 'date', 'amount', ...Array.from({ length: extra }, (_, i) => `c${i}`)];
  const row = (customer: string, day: number) => [customer, `2024-01-0${day}`, '10.00', ...Array.from({ length: extra }, () => '1')].join(',');
  return [names.join(','), row('A', 1), row('', 2), row('B', 3)].join('\n') + '\n';
}

let t: TestEngine;
beforeAll(async () => {
  t = await startEngine();
});

describe('the rows-not-used download of a very wide file', () => {
  it(`is refused above ${REJECTED_MAX_COLUMNS} columns with the file, its columns and the limit; the analysis stands`, () => {
    t.openText('wide.csv', wide(REJECTED_MAX_COLUMNS - 2));
    const summary = t.engine.prepare(MAPPING, { today: '2025-01-01' });
    expect(summary.rowsNoCustomer).toBe(1);
    let error: unknown = null;
    try {
      t.engine.exportRejectedCsv(REASONS);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).code).toBe('rejected_too_wide');
    expect((error as EngineError).details).toEqual({ file: 'wide.csv', columns: REJECTED_MAX_COLUMNS + 1, limit: REJECTED_MAX_COLUMNS });
  });

  it(`is written at ${REJECTED_MAX_COLUMNS} columns`, () => {
    t.openText('wide.csv', wide(REJECTED_MAX_COLUMNS - 3));
    t.engine.prepare(MAPPING, { today: '2025-01-01' });
    const lines = new TextDecoder().decode(t.engine.exportRejectedCsv(REASONS)).trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1].startsWith('3,no customer,')).toBe(true);
  });
});
