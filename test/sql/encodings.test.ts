// Files in other encodings, transcoded to UTF-8 and read by the real engine: header names in
// Cyrillic must come out as written and every row must be counted. UTF-8 files are read as
// they are; DuckDB must skip a UTF-8 byte-order mark itself, or the first header name would
// start with U+FEFF and never match a mapping.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../src/lib/engine/api';
import { DETECT_HEAD_BYTES, detectEncoding } from '../../src/lib/import/encoding';
import { needsTranscoding } from '../../src/lib/import/transcode';
import { transcodeToTempFile, type TempFile } from '../../src/cli/transcode-node';
import { defaultSettings } from '../../src/lib/rfm/settings';
import { FIXTURES, presetSegmentation, startEngine, type TestEngine } from './helpers/engine';
import type { CorpusCase, CorpusExpect } from '../fixtures/import/manifest';

/** Every encoding fixture loads, so its expectations are all there. */
type Entry = CorpusCase & {
  mapping: ColumnMapping;
  expect: Required<Pick<CorpusExpect, 'encoding' | 'delimiter' | 'rows' | 'rowsUsed' | 'customers' | 'revenue' | 'firstDate' | 'lastDate'>>;
};

const DIR = path.join(FIXTURES, 'import/encoding');
const manifest = JSON.parse(readFileSync(path.join(DIR, 'manifest.json'), 'utf8')) as Entry[];

let t: TestEngine;
const temps: TempFile[] = [];
beforeAll(async () => {
  t = await startEngine();
});
afterAll(() => {
  for (const temp of temps) temp.cleanup();
});

describe.each(manifest)('$file', (entry) => {
  it(`is read as ${entry.expect.encoding} with its header names and every row`, async () => {
    const original = path.join(DIR, entry.file);
    const bytes = readFileSync(original);
    const { encoding } = detectEncoding(bytes.subarray(0, DETECT_HEAD_BYTES), { wholeFile: bytes.length <= DETECT_HEAD_BYTES });
    expect(encoding).toBe(entry.expect.encoding);
    let readable = original;
    if (needsTranscoding(encoding)) {
      const temp = await transcodeToTempFile(original, encoding);
      temps.push(temp);
      readable = temp.path;
    }

    const info = await t.open(readable);
    expect(info.fileName).toBe(entry.file);
    expect(info.dialect?.delimiter).toBe(entry.expect.delimiter);
    const names = info.columns.map((c) => c.name);
    for (const column of Object.values(entry.mapping)) expect(names).toContain(column);

    const summary = t.engine.prepare(entry.mapping);
    expect(summary).toMatchObject({
      rows: entry.expect.rows,
      rowsUsed: entry.expect.rowsUsed,
      customers: entry.expect.customers,
      firstDate: entry.expect.firstDate,
      lastDate: entry.expect.lastDate,
    });
    const settings = defaultSettings(summary.defaultAsOf);
    const result = t.engine.score(settings, presetSegmentation(settings));
    expect(result.summary.revenue.toFixed(2)).toBe(entry.expect.revenue);
  });
});

describe('the 1C export', () => {
  it('keeps the nested quotes of a company name and skips the title and the empty line', async () => {
    const temp = await transcodeToTempFile(path.join(DIR, '1c-export-cp1251.csv'), 'windows-1251');
    temps.push(temp);
    const info = await t.open(temp.path);
    expect(info.dialect).toMatchObject({ delimiter: ';', quote: '"', hasHeader: true, skipRows: 2 });
    expect(info.columns.map((c) => c.name)).toEqual(['Контрагент', 'Дата', 'Документ', 'Номенклатура', 'Количество', 'Цена', 'Сумма']);
    const customer = info.columns.findIndex((c) => c.name === 'Контрагент');
    expect(info.preview.map((row) => row[customer])).toContain('ООО "ТД "Север""');
  });
});

describe('a UTF-8 byte-order mark', () => {
  it('is skipped by DuckDB itself: the first header name is "customer", not "\\ufeffcustomer"', async () => {
    const bytes = readFileSync(path.join(DIR, 'utf8-bom.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const info = await t.open(path.join(DIR, 'utf8-bom.csv'));
    expect(info.columns[0].name).toBe('customer');
  });

  it('is skipped before a quoted header and before a title line too', () => {
    const quoted = t.openText('bom-quoted.csv', '\ufeff"customer";"date";"amount"\r\n"ann";2024-01-01;5\r\n"bob";2024-01-02;7\r\n');
    expect(quoted.columns.map((c) => c.name)).toEqual(['customer', 'date', 'amount']);
    const titled = t.openText('bom-title.csv', '\ufeffSales report\r\n\r\ncustomer,date,amount\r\nann,2024-01-01,5\r\nbob,2024-01-02,7\r\n');
    expect(titled.columns.map((c) => c.name)).toEqual(['customer', 'date', 'amount']);
    expect(t.engine.prepare({ customer: 'customer', date: 'date', amount: 'amount' })).toMatchObject({ rows: 2, rowsUsed: 2 });
  });
});
