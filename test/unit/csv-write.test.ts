import { describe, expect, it } from 'vitest';
import { cellText, rowsToCsv } from '../../src/lib/import/csv-write';

const csvText = (rows: (string | null)[][]) => new TextDecoder().decode(rowsToCsv(rows));

describe('rowsToCsv', () => {
  it('writes plain fields bare, comma-separated, one line per row ending in \\n', () => {
    expect(csvText([['customer', 'date'], ['alice', '2024-01-05']])).toBe('customer,date\nalice,2024-01-05\n');
  });

  it('quotes a field only when it holds a comma, a quote, CR or LF, doubling the quotes', () => {
    expect(csvText([['Vera, Jr.', 'say "hi"', 'two\nlines', 'cr\rhere', 'plain; semicolon']])).toBe(
      '"Vera, Jr.","say ""hi""","two\nlines","cr\rhere",plain; semicolon\n',
    );
  });

  it('writes null as an empty field, and an empty row as an empty line', () => {
    expect(csvText([['a', null, 'c'], [null, null], []])).toBe('a,,c\n,\n\n');
  });

  it('leaves formula-like text alone: this CSV is only read by DuckDB', () => {
    expect(csvText([['=SUM(A1)', '+1', '-2', '@x']])).toBe('=SUM(A1),+1,-2,@x\n');
  });

  it('encodes UTF-8 without a byte-order mark', () => {
    const bytes = rowsToCsv([['Клиент']]);
    expect([...bytes.subarray(0, 2)]).toEqual([0xd0, 0x9a]);
    expect(new TextDecoder().decode(bytes)).toBe('Клиент\n');
  });

  it('takes any iterable of rows, such as a generator', () => {
    function* rows() {
      yield ['x'];
      yield ['y'];
    }
    expect(new TextDecoder().decode(rowsToCsv(rows()))).toBe('x\ny\n');
  });
});

describe('cellText', () => {
  it('keeps strings as they are, leading zeros and spaces included', () => {
    expect(cellText('007')).toBe('007');
    expect(cellText(' A1 ')).toBe(' A1 ');
  });

  it('writes numbers with their shortest round-trip digits', () => {
    expect(cellText(120.5)).toBe('120.5');
    expect(cellText(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(cellText(19.989999999999998)).toBe('19.99');
    expect(cellText(-3)).toBe('-3');
    expect(cellText(0)).toBe('0');
  });

  it('never writes exponent notation', () => {
    expect(cellText(1e-7)).toBe('0.0000001');
    expect(cellText(-1.5e-7)).toBe('-0.00000015');
    expect(cellText(1.234e-10)).toBe('0.0000000001234');
    expect(cellText(1e21)).toBe('1000000000000000000000');
    expect(cellText(1.5e22)).toBe('15000000000000000000000');
    expect(cellText(-2.5e21)).toBe('-2500000000000000000000');
    expect(cellText(123456789012345680000)).toBe('123456789012345680000');
  });

  it('writes a date at midnight UTC as YYYY-MM-DD', () => {
    expect(cellText(new Date(Date.UTC(2024, 0, 5)))).toBe('2024-01-05');
    expect(cellText(new Date(Date.UTC(2024, 1, 29)))).toBe('2024-02-29');
  });

  it('writes a date with a time of day as YYYY-MM-DD HH:MM:SS from its UTC fields', () => {
    expect(cellText(new Date(Date.UTC(2024, 2, 1, 14, 45, 0)))).toBe('2024-03-01 14:45:00');
    expect(cellText(new Date(Date.UTC(2024, 11, 31, 23, 59, 59)))).toBe('2024-12-31 23:59:59');
  });

  it('rounds a date to the second, as a spreadsheet reader computes it from a fractional day count', () => {
    // 10:00 on 2024-01-12 comes out of the day count as 09:59:59.999.
    expect(cellText(new Date(Date.UTC(2024, 0, 12, 9, 59, 59, 999)))).toBe('2024-01-12 10:00:00');
    expect(cellText(new Date(Date.UTC(2024, 0, 12, 23, 59, 59, 999)))).toBe('2024-01-13');
    expect(cellText(new Date(Date.UTC(2024, 0, 12, 10, 0, 0, 400)))).toBe('2024-01-12 10:00:00');
  });

  it('writes booleans as true and false', () => {
    expect(cellText(true)).toBe('true');
    expect(cellText(false)).toBe('false');
  });

  it('gives null for null, undefined, an empty string, NaN and infinities', () => {
    expect(cellText(null)).toBeNull();
    expect(cellText(undefined)).toBeNull();
    expect(cellText('')).toBeNull();
    expect(cellText(Number.NaN)).toBeNull();
    expect(cellText(Number.POSITIVE_INFINITY)).toBeNull();
    expect(cellText(new Date(Number.NaN))).toBeNull();
  });

  it('writes anything else as JSON text', () => {
    expect(cellText([1, 'a'])).toBe('[1,"a"]');
    expect(cellText({ sku: 'A', qty: 1 })).toBe('{"sku":"A","qty":1}');
    expect(cellText(12345678901234567890n)).toBe('12345678901234567890');
  });
});
