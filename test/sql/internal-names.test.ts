// Source columns named like the engine's own (cvm_*, __cvm_*, the aliases of its statements)
// must not be taken for them: every row is judged on the mapped columns, and every export keeps
// the file's own columns. 60 rows, all usable: 3 customers, 1.00 each.
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsv, startEngine, type TestEngine } from './helpers/engine';

const HEADER = ['customer', 'date', 'amount', 'cvm_date', 'cvm_customer', 'cvm_amount', '__cvm_row', '__cvm_hash', 'date_text', 'row', 'reason'];
const ROWS = 60;
const REASONS = { no_customer: 'no customer', bad_date: 'date not readable', bad_amount: 'amount not readable', future_date: 'future', early_date: 'early', duplicate: 'duplicate' };

function file(): string {
  const lines = [HEADER.join(',')];
  for (let i = 1; i <= ROWS; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push([`K${i % 3}`, `2024-02-${day}`, '1.00', 'not a date', '', 'x', 'first', 'h', 'nope', `r${i}`, `why${i}`].join(','));
  }
  return lines.join('\n') + '\n';
}

let t: TestEngine;
beforeAll(async () => {
  t = await startEngine();
  t.openText('internal-names.csv', file());
});

describe('columns named like internal ones', () => {
  it('every row is read from the mapped columns', () => {
    const summary = t.engine.prepare({ customer: 'customer', date: 'date', amount: 'amount' }, { today: '2026-11-23' });
    expect(summary).toMatchObject({ rows: ROWS, rowsUsed: ROWS, rowsBadDate: 0, customers: 3 });
  });

  it('rows not used lists none', () => {
    expect(readCsv(t.engine.exportRejectedCsv(REASONS))).toEqual([]);
  });

  it('the data as understood keeps every column of the file, in order', () => {
    const text = new TextDecoder().decode(t.engine.exportSourceCsv());
    expect(text.split('\n')[0]).toBe(HEADER.join(','));
    expect(readCsv(t.engine.exportSourceCsv())).toHaveLength(ROWS);
  });

  it('a row not used keeps the file\'s own "row" and "reason" columns beside the export\'s', () => {
    t.openText('internal-names-bad.csv', file().replace('K1,2024-02-02,1.00', 'K1,someday,1.00'));
    const summary = t.engine.prepare({ customer: 'customer', date: 'date', amount: 'amount' }, { today: '2026-11-23' });
    expect(summary.examples.bad_date).toEqual([{ row: 2, value: 'someday' }]);
    const bytes = t.engine.exportRejectedCsv(REASONS);
    const [rejected, ...rest] = new TextDecoder().decode(bytes).trim().split('\n').slice(1);
    expect(rest).toEqual([]);
    expect(rejected).toBe('2,date not readable,K1,someday,1.00,not a date,,x,first,h,nope,r1,why1');
  });

  it('the header of rows not used is the export\'s two columns, then the file\'s own, as they are', () => {
    t.openText('internal-names-bad.csv', file().replace('K1,2024-02-02,1.00', 'K1,someday,1.00'));
    t.engine.prepare({ customer: 'customer', date: 'date', amount: 'amount' }, { today: '2026-11-23' });
    const header = new TextDecoder().decode(t.engine.exportRejectedCsv(REASONS)).split('\n')[0];
    expect(header).toBe(['row', 'reason', ...HEADER].join(','));
  });
});
