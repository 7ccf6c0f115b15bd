import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EngineError } from '../../src/lib/engine/errors';
import { jsonToCsv } from '../../src/worker/json-source';

const dir = new URL('../fixtures/import/json/', import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));
const bytes = (value: string) => new TextEncoder().encode(value);
const csvOf = (json: string, fileName = 'orders.json') => new TextDecoder().decode(jsonToCsv(bytes(json), fileName).csv);

function failure(run: () => unknown): EngineError {
  try {
    run();
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw error;
  }
  throw new Error('expected an EngineError');
}

describe('jsonToCsv', () => {
  afterEach(() => vi.restoreAllMocks());

  it('turns an array of records into CSV with the union of their keys, in first-seen order', () => {
    const table = jsonToCsv(fixture('orders.json'), 'orders.json');
    expect(table.rows).toBe(8);
    expect(new TextDecoder().decode(table.csv)).toBe(
      [
        'order_id,customer,date,amount,coupon',
        'J-1,c1,2024-01-03,12.5,',
        'J-2,c2,2024-01-09 14:30:00,30,',
        'J-3,c1,2024-02-11,7.99,WINTER',
        'J-4,,2024-02-12,50,',
        'J-5,c3,2024-02-20,100.01,',
        'J-6,c2,2024-03-02,0.1,',
        'J-7,c3,2024-03-15,0.2,',
        'J-8,c4,2024-03-28,19,',
        '',
      ].join('\n'),
    );
  });

  it('reads NDJSON: one record per line, blank lines skipped, CRLF and a byte-order mark tolerated', () => {
    const table = jsonToCsv(fixture('orders.ndjson'), 'orders.ndjson');
    expect(table.rows).toBe(5);
    expect(new TextDecoder().decode(table.csv)).toBe(
      [
        'order,client,when,sum',
        'N-1,n1,2024-05-01,10.5',
        'N-2,n2,2024-05-02 08:00:00,20',
        'N-3,n1,2024-05-10,5.55',
        'N-4,n3,2024-06-01,99.95',
        'N-5,n2,2024-06-30,0.45',
        '',
      ].join('\n'),
    );
  });

  it('recognises JSON Lines by their content under a .json name too', () => {
    expect(csvOf('{"a":1,"b":"x"}\n{"a":2,"c":true}\n')).toBe('a,b,c\n1,x,\n2,,true\n');
  });

  it('takes a single line under an .ndjson or .jsonl name as a one-record table', () => {
    expect(csvOf('{"a":1}\n', 'one.ndjson')).toBe('a\n1\n');
    expect(csvOf('{"a":1}', 'one.JSONL')).toBe('a\n1\n');
  });

  it('finds the records in an object holding them, flattening nested objects with dots', () => {
    const table = jsonToCsv(fixture('orders-wrapped.json'), 'orders-wrapped.json');
    expect(table.rows).toBe(4);
    expect(new TextDecoder().decode(table.csv)).toBe(
      [
        'id,customer.id,customer.name,placed,total,items',
        'W-1,K-01,Anna,2024-02-10T09:15:00,99.9,"[{""sku"":""A"",""qty"":1}]"',
        'W-2,K-02,Boris,2024-02-11,15,',
        'W-3,K-01,Anna,2024-03-05,40.1,[]',
        'W-4,K-03,"Vera, Jr.",2024-03-31,5,',
        '',
      ].join('\n'),
    );
  });

  it('takes the first property holding a non-empty list of records', () => {
    const json = '{"meta":{"n":2},"empty":[],"numbers":[1,2],"rows":[{"a":1}],"more":[{"b":2}]}';
    expect(csvOf(json)).toBe('a\n1\n');
  });

  it('flattens deeper nesting and writes values as text: booleans, null, numbers without exponents', () => {
    const json = '[{"a":{"b":{"c":1e-7}},"ok":true,"none":null,"big":1e21,"s":"say \\"hi\\""}]';
    expect(csvOf(json)).toBe('a.b.c,ok,none,big,s\n0.0000001,true,,1000000000000000000000,"say ""hi"""\n');
  });

  it('keeps a leading-zero id, which is text in JSON', () => {
    expect(csvOf('[{"customer":"007","amount":5}]')).toBe('customer,amount\n007,5\n');
  });

  it('reads UTF-16 JSON with a byte-order mark', () => {
    const text = '[{"клиент":"Иванов"}]';
    const le = Uint8Array.from([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(new TextDecoder().decode(jsonToCsv(le, 'u16.json').csv)).toBe('клиент\nИванов\n');
  });

  it('reports the line of a syntax error in a document', () => {
    const error = failure(() => jsonToCsv(fixture('broken.json'), 'broken.json'));
    expect(error.code).toBe('json_unreadable');
    expect(error.details.file).toBe('broken.json');
    expect(error.details.line).toBe(7);
    expect(String(error.details.reason)).toMatch(/\S/);
    expect(String(error.details.reason)).not.toMatch(/position/);
  });

  it("takes the line from Chromium's message, which states it, and drops the position from the reason", () => {
    // Node 20's V8 gives only "at position N"; newer V8 adds "(line L column C)".
    vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new SyntaxError("Expected ',' or '}' after property value in JSON at position 0 (line 7 column 37)");
    });
    const error = failure(() => jsonToCsv(bytes('[\n{"a" 1}]'), 'x.json'));
    expect(error.details).toEqual({ file: 'x.json', line: 7, reason: "Expected ',' or '}' after property value" });
  });

  it('reports the last line when a document ends too early', () => {
    const error = failure(() => jsonToCsv(bytes('[\n  {"a": 1},\n  {"a": 2}\n\n'), 'cut.json'));
    expect(error.code).toBe('json_unreadable');
    expect(error.details.line).toBe(3);
  });

  it('reports the offending line of an NDJSON file', () => {
    const ndjson = '{"a":1}\n\n{"a":2}\n{"a":3,}\n{"a":4}\n';
    for (const name of ['orders.ndjson', 'orders.json']) {
      const error = failure(() => jsonToCsv(bytes(ndjson), name));
      expect(error.code).toBe('json_unreadable');
      expect(error.details).toMatchObject({ file: name, line: 4 });
    }
  });

  it('says valid JSON that is not a list of records is not a table', () => {
    for (const json of ['{"a":1}', '[1,2,3]', '[{"a":1}, 2]', '"text"', '42', '{"orders":[]}', '[{}, {}]']) {
      const error = failure(() => jsonToCsv(bytes(json), 'x.json'));
      expect({ json, code: error.code }).toEqual({ json, code: 'json_not_table' });
      expect(error.details).toEqual({ file: 'x.json' });
    }
    expect(failure(() => jsonToCsv(fixture('not-table.json'), 'not-table.json')).code).toBe('json_not_table');
    expect(failure(() => jsonToCsv(bytes('{"a":1}\n[1]\n'), 'x.ndjson')).code).toBe('json_not_table');
  });

  it('calls an empty array empty', () => {
    expect(failure(() => jsonToCsv(bytes('[]'), 'none.json')).code).toBe('file_empty');
  });

  it('keeps twenty 20-digit numeric ids apart, which as JS numbers are all one double', () => {
    const table = jsonToCsv(fixture('long-ids.json'), 'long-ids.json');
    const lines = new TextDecoder().decode(table.csv).trim().split('\n');
    expect(lines[0]).toBe('order,customer,date,amount');
    const customers = lines.slice(1).map((line) => line.split(',')[1]);
    expect(new Set(customers).size).toBe(20);
    expect(customers[0]).toBe('10000000000000000001');
    expect(customers[19]).toBe('10000000000000000020');
    expect(lines[1]).toBe('98765432109876543201,10000000000000000001,2024-01-01,1.5');
  });

  it('keeps the digits of any integer beyond 2^53, negative ones too, and leaves safe integers as numbers', () => {
    const json = '[{"a":12345678901234567891,"b":9007199254740993,"c":-9007199254740993,"d":9007199254740991,"e":9007199254740992,"f":123456789012345}]';
    expect(csvOf(json)).toBe('a,b,c,d,e,f\n12345678901234567891,9007199254740993,-9007199254740993,9007199254740991,9007199254740992,123456789012345\n');
  });

  it('reads long numbers with a fraction or an exponent as numbers, as amounts are', () => {
    const json = '[{"a":12.50,"b":1234567890123456789.5,"c":12345678901234567890e2,"d":1.2345678901234567890,"e":-0.00000000000000001}]';
    expect(csvOf(json)).toBe('a,b,c,d,e\n12.5,1234567890123456800,1234567890123456800000,1.2345678901234567,-0.00000000000000001\n');
  });

  it('leaves long digit runs inside strings and keys alone, escaped quotes included', () => {
    const json = '[{"note":"ref \\"12345678901234567890\\" 12345678901234567890","12345678901234567890":1,"id":12345678901234567890}]';
    expect(csvOf(json)).toBe('note,12345678901234567890,id\n"ref ""12345678901234567890"" 12345678901234567890",1,12345678901234567890\n');
    // The string ends at the quote after an escaped backslash, so the id after it is a number.
    expect(csvOf('[{"path":"C:\\\\","id":12345678901234567890}]')).toBe('path,id\nC:\\,12345678901234567890\n');
  });

  it('keeps long ids in NDJSON lines', () => {
    expect(csvOf('{"id":10000000000000000001}\n{"id":10000000000000000002}\n', 'ids.ndjson')).toBe('id\n10000000000000000001\n10000000000000000002\n');
  });

  it('reports syntax errors in the user\'s own text when long integers are present', () => {
    const error = failure(() => jsonToCsv(bytes('[\n{"id":12345678901234567890,"a":1},\n{"id":12345678901234567891 "a":2}\n]'), 'x.json'));
    expect(error.code).toBe('json_unreadable');
    expect(error.details.line).toBe(3);
    expect(String(error.details.reason)).not.toMatch(/"12345678901234567891"/);
  });

  it('does not accept a number as an object key because it is long', () => {
    expect(failure(() => jsonToCsv(bytes('[{12345678901234567890: 1}]'), 'x.json')).code).toBe('json_unreadable');
    expect(failure(() => jsonToCsv(bytes('[{"a": 012345678901234567890}]'), 'x.json')).code).toBe('json_unreadable');
  });
});
