// Files that are not order histories get a specific error naming the file (and column or row
// where there is one), and the dataset analysed before stays intact.
import { beforeAll, describe, expect, it } from 'vitest';
import { presetSegmentation, startEngine, type TestEngine } from './helpers/engine';
import { defaultSettings } from '../../src/lib/rfm/settings';

let t: TestEngine;
beforeAll(async () => {
  t = await startEngine();
  await t.open('orders-basic.csv');
  t.engine.prepare({ customer: 'customer', date: 'date', amount: 'amount', order: 'order_id' });
});

const failure = async (run: () => unknown) => {
  try {
    await run();
  } catch (error) {
    return error as { code: string; details: Record<string, unknown> };
  }
  throw new Error('expected a failure');
};

describe('refused files', () => {
  it.each([
    ['bad/empty.csv', 'file_empty'],
    ['bad/photo.csv', 'file_image'],
    ['bad/random.bin', 'file_binary'],
  ])('%s is refused as %s', async (file, code) => {
    const error = await failure(() => t.open(file));
    expect(error.code).toBe(code);
    expect(error.details.file).toBe(file.split('/')[1]);
  });

  it('a one-column file says which column it found', async () => {
    const error = await failure(() => t.open('bad/one-column.csv'));
    expect(error).toMatchObject({ code: 'csv_one_column', details: { file: 'one-column.csv', column: 'just one column' } });
  });

  it('a file with no date-like column is refused when opened, saying how many rows were checked', async () => {
    const error = await failure(() => t.open('bad/no-date.csv'));
    expect(error).toMatchObject({ code: 'no_date_column', details: { file: 'no-date.csv', rows: 2 } });
  });

  it('a file with no number-like column is refused when opened', async () => {
    const error = await failure(() => t.open('bad/no-amount.csv'));
    expect(error).toMatchObject({ code: 'no_amount_column', details: { file: 'no-amount.csv', rows: 3 } });
  });

  it('a date column mapped to text names the column, a row and its value', async () => {
    t.openText('notes.csv', 'customer,date,note,amount\nann,2024-01-05,yesterday,10\nbob,2024-01-06,soon,20\n');
    const error = await failure(() => t.engine.prepare({ customer: 'customer', date: 'note', amount: 'amount' }));
    expect(error).toMatchObject({ code: 'no_usable_date', details: { file: 'notes.csv', column: 'note', row: 2, value: 'yesterday' } });
  });

  it('a file whose customer ids are all empty says so', async () => {
    await t.open('bad/no-ids.csv');
    const error = await failure(() => t.engine.prepare({ customer: 'customer', date: 'date', amount: 'amount' }));
    expect(error).toMatchObject({ code: 'all_ids_missing', details: { file: 'no-ids.csv', column: 'customer' } });
  });

  it('a mapping naming a column the file lacks is refused before any SQL runs', async () => {
    await t.open('bad/no-ids.csv');
    const error = await failure(() => t.engine.prepare({ customer: 'nope"; DROP TABLE orders; --', date: 'date', amount: 'amount' }));
    expect(error).toMatchObject({ code: 'mapping_invalid', details: { field: 'customer', problem: 'unknown_column' } });
  });

  it('a CSV whose first byte is { is read as the CSV it is, not refused as broken JSON', async () => {
    const info = await t.open('brace-header.csv');
    expect(info).toMatchObject({ format: 'csv', columns: [{ name: '{customer}' }, { name: 'date' }, { name: 'amount' }] });
    await t.open('orders-basic.csv');
    t.engine.prepare({ customer: 'customer', date: 'date', amount: 'amount', order: 'order_id' });
  });

  it('keeps the previous analysis usable after every refusal', () => {
    const settings = defaultSettings('2024-04-01');
    const result = t.engine.score(settings, presetSegmentation(settings));
    expect(result.summary).toMatchObject({ customers: 4, purchases: 8, revenue: 255.95 });
  });
});

describe('a column name with quotes and spaces', () => {
  it('is quoted, not spliced', async () => {
    t.openText('quoted.csv', 'order id,"the ""client""",date,sum €\n1,a,2024-01-01,5\n2,b,2024-01-02,7\n');
    const summary = t.engine.prepare({ customer: 'the "client"', date: 'date', amount: 'sum €', order: 'order id' });
    expect(summary).toMatchObject({ rowsUsed: 2, customers: 2 });
  });
});

describe('large line values', () => {
  it('multiplies quantity by price exactly beyond 10^10 per line', () => {
    t.openText('wholesale.csv', 'customer,date,qty,price\nbig,2024-01-01,1000000,50000.25\nbig,2024-01-02,3,0.0001\n');
    t.engine.prepare({ customer: 'customer', date: 'date', quantity: 'qty', price: 'price' });
    const settings = defaultSettings('2024-01-03');
    const result = t.engine.score(settings, presetSegmentation(settings));
    expect(result.summary.revenue).toBe(50_000_250_000.0003);
  });
});

describe('a Russian till export', () => {
  it('reads semicolons, a title line, dd.mm.yyyy dates and decimal commas', async () => {
    const info = await t.open('orders-semicolon-ru.csv');
    expect(info.dialect).toMatchObject({ delimiter: ';', hasHeader: true, skipRows: 1, dateFormat: '%d.%m.%Y' });
    expect(info.guess).toMatchObject({ order: 'Номер заказа', date: 'Дата', customer: 'Клиент', amount: 'Сумма' });
    const summary = t.engine.prepare({ order: 'Номер заказа', date: 'Дата', customer: 'Клиент', amount: 'Сумма' });
    expect(summary).toMatchObject({ rowsUsed: 4, customers: 3, firstDate: '2024-01-05', lastDate: '2024-02-28' });
    const settings = defaultSettings(summary.defaultAsOf);
    const result = t.engine.score(settings, presetSegmentation(settings));
    expect(result.summary.revenue).toBe(16600.4);
  });
});
