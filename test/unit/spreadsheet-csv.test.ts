import { describe, expect, it } from 'vitest';
import { spreadsheetSafe, spreadsheetSafeHeader, tableToCsv } from '../../src/lib/spreadsheet-csv';
import { FORMULA_CASES } from '../fixtures/formula-cases';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const encode = (text: string) => new TextEncoder().encode(text);

describe('spreadsheetSafe', () => {
  it.each(FORMULA_CASES)('$cell gets a leading quote: $prefixed', ({ cell, prefixed }) => {
    expect(spreadsheetSafe(cell)).toBe(prefixed ? `'${cell}` : cell);
  });
});

describe('the value table as CSV', () => {
  it('keeps formula text from running in the header and the cells, and numbers as numbers', () => {
    const header = ['=HYPERLINK("http://x","y")', '@SUM(A1)', '+amount', '-12.50'];
    const rows = [
      ['+1 loyal, "best"', -1234.5, '-inf', null],
      ['-1_000', 0.1, '+Infinity', '-12.50'],
    ];
    expect(decode(tableToCsv(header, rows))).toBe(
      `"'=HYPERLINK(""http://x"",""y"")",'@SUM(A1),'+amount,-12.50\n` +
        `"'+1 loyal, ""best""",-1234.5,'-inf,\n` +
        `'-1_000,0.1,'+Infinity,-12.50\n`,
    );
  });
});

describe('spreadsheetSafeHeader (the header DuckDB wrote, made safe)', () => {
  it('quotes formula names and leaves every other byte as it was', () => {
    const csv = `"=HYPERLINK(""http://x"",""y"")",@SUM(A1),+amount,-inf,-12.50,"a,b","l\nm",\tt\n=x,"-y\n+z",3,4,5,6,7,8\n`;
    expect(decode(spreadsheetSafeHeader(encode(csv)))).toBe(
      `"'=HYPERLINK(""http://x"",""y"")",'@SUM(A1),'+amount,'-inf,-12.50,"a,b","l\nm",'\tt\n=x,"-y\n+z",3,4,5,6,7,8\n`,
    );
  });

  it('reads a quoted line break in a name as part of the name, and a file with only its header', () => {
    expect(decode(spreadsheetSafeHeader(encode('"-x\ny",@z\n')))).toBe(`"'-x\ny",'@z\n`);
  });

  it('gives back the very bytes when no name needs a quote', () => {
    const bytes = encode('customer_id,segment\n=x,@y\n');
    expect(spreadsheetSafeHeader(bytes)).toBe(bytes);
  });
});
