// Spreadsheet formula injection: every CSV a person gets (the scores, a movement, the data as
// understood, the rows not used) writes a header name or a cell that starts like a formula with
// a leading quote, by one rule that is the same in SQL (cvm_csv_text) and in JavaScript
// (spreadsheetSafe, lib/spreadsheet-csv.ts). The kept copy of the orders is read back by the
// app, never opened by a person, so it stays exactly as read.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_FORMAT, type ArchetypeConfig } from '../../src/lib/archetypes/config';
import { segmentationInput } from '../../src/lib/archetypes/segment';
import type { ScoringSettings } from '../../src/lib/engine/api';
import { defaultSettings } from '../../src/lib/rfm/settings';
import { FORMULA_START, PLAIN_NUMBER, spreadsheetSafe } from '../../src/lib/spreadsheet-csv';
import { FORMULA_CASES } from '../fixtures/formula-cases';
import { readCsv, startEngine, type TestEngine } from './helpers/engine';
import { blankPlaybook } from '../../src/lib/archetypes/playbook';

let t: TestEngine;
const lines = (bytes: Uint8Array) => new TextDecoder().decode(bytes).trim().split('\n');

// test/fixtures/formula.csv: every header name but the first three and most cells start like a
// formula; row 3 has no readable date, so it is the one row not used.
const SAFE_HEADER = `customer,date,amount,"'=HYPERLINK(""http://x"",""y"")",'@SUM(A1),'+amount,'-inf,-12.50`;

/** Customers with two or more orders are "repeat", everyone else "single". */
const CONFIG: ArchetypeConfig = {
  format: CONFIG_FORMAT,
  id: 'test',
  name: 'test',
  basedOn: 'default',
  grid: { r: 2, f: 2, m: 2 },
  archetypes: [
    { id: 'repeat', name: 'Repeat', color: '#117733', description: '', playbook: blankPlaybook() },
    { id: 'single', name: 'Single', color: '#663333', description: '', playbook: blankPlaybook() },
  ],
  cells: Object.fromEntries(['1-1-1', '1-1-2', '1-2-1', '1-2-2', '2-1-1', '2-1-2', '2-2-1', '2-2-2'].map((k) => [k, 'single'])),
  rules: [{ id: 'r1', archetype: 'repeat', enabled: true, when: { minOrders: 2 } }],
  updatedAt: '2026-11-23T00:00:00.000Z',
};
const SETTINGS: ScoringSettings = { ...defaultSettings('2024-05-04'), bins: { r: 2, f: 2, m: 2 }, archetypes: 'test' };
const NAMES = { repeat: '+Infinity', single: '=cmd|"/c calc"!A1' };

beforeAll(async () => {
  t = await startEngine();
  await t.open('formula.csv');
  t.engine.prepare({ customer: 'customer', date: 'date', amount: 'amount' }, { today: '2026-11-23' });
});

describe('one formula rule in SQL and in JavaScript', () => {
  it('cvm_csv_text writes every case of the shared table as spreadsheetSafe does', () => {
    const written = FORMULA_CASES.map(({ cell }) => ({ cell, written: t.query<{ written: string }>('SELECT cvm_csv_text(CAST($1 AS VARCHAR)) AS written', [cell])[0].written }));
    expect(written).toEqual(FORMULA_CASES.map(({ cell }) => ({ cell, written: spreadsheetSafe(cell) })));
    expect(written).toEqual(FORMULA_CASES.map(({ cell, prefixed }) => ({ cell, written: prefixed ? `'${cell}` : cell })));
  });

  it('cvm_csv_text is written with the very patterns of lib/spreadsheet-csv.ts', () => {
    const macros = readFileSync(path.resolve(import.meta.dirname, '../../src/worker/sql/shared/macros.sql'), 'utf8');
    const macro = /CREATE OR REPLACE MACRO cvm_csv_text\(s\) AS[^;]*;/.exec(macros)?.[0] ?? '';
    expect(macro).toContain(`regexp_matches(s, '^${FORMULA_START}')`);
    expect(macro).toContain(`regexp_full_match(s, '${PLAIN_NUMBER}')`);
  });

  it('treats a missing value as empty, not as text', () => {
    expect(t.query<{ written: string | null }>('SELECT cvm_csv_text(NULL) AS written')[0].written).toBeNull();
  });
});

describe('every CSV a person downloads', () => {
  it('the data as understood: header names and cells', () => {
    expect(lines(t.engine.exportSourceCsv())).toEqual([
      SAFE_HEADER,
      "'-inf,2024-05-01,10,'=1+1,'-1_000,'+Infinity,'-nan,-12.50",
      "'+Infinity,2024-05-02,+5.50,'@x,'-0x10,ok,'-,+1e5",
      "'-1_000,not a date,3,a,b,c,d,e",
      "'-inf,2024-05-03,7,,,,,",
    ]);
  });

  it('the rows not used: header names and cells, after the row number and reason', () => {
    const reasons = { no_customer: 'n', bad_date: '-d', bad_amount: 'a', future_date: 'f', early_date: 'e', duplicate: 'u' };
    expect(lines(t.engine.exportRejectedCsv(reasons))).toEqual([`row,reason,${SAFE_HEADER}`, "4,-d,'-1_000,not a date,3,a,b,c,d,e"]);
  });

  it('the scores: customer ids and segment names', () => {
    const csv = t.engine.exportScoresCsv(SETTINGS, segmentationInput(CONFIG), NAMES);
    expect(lines(csv)[0]).toBe('customer_id,recency_days,frequency,monetary,r,f,m,cell,segment,last_purchase');
    expect(readCsv(csv).map(({ customer_id, monetary, segment }) => ({ customer_id, monetary, segment }))).toEqual([
      { customer_id: "'+Infinity", monetary: '5.50', segment: `'=cmd|"/c calc"!A1` },
      { customer_id: "'-inf", monetary: '17.00', segment: "'+Infinity" },
    ]);
  });

  it('a movement: customer ids and segment names', () => {
    t.engine.movement(SETTINGS, '2024-05-02', segmentationInput(CONFIG), { holdCuts: false, churnDays: 60 });
    expect(lines(t.engine.exportMovementCsv(NAMES))).toEqual([
      'customer_id,segment_before,segment_after',
      `'+Infinity,,"'=cmd|""/c calc""!A1"`,
      `'-inf,"'=cmd|""/c calc""!A1",'+Infinity`,
    ]);
  });
});

describe('the kept copy of the orders (read back by the app, not opened by a person)', () => {
  it('keeps customer ids exactly as read', () => {
    const [header, ...orders] = lines(t.engine.exportOrdersCsv());
    expect(header).toBe('customer_id,order_date,value');
    expect(orders.sort()).toEqual(['+Infinity,2024-05-02,5.5000', '-inf,2024-05-01,10.0000', '-inf,2024-05-03,7.0000']);
  });
});
