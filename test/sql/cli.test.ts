// `npm run rfm` as a user runs it: a child process from the repo root, judged by its exit code,
// stdout, stderr and the CSV it writes. Expected numbers are the hand-computed ones of
// definitions.test.ts for orders-basic.csv.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateDemoShop } from '../../src/lib/demo/demo-shop';
import { demoSurvey } from '../../src/lib/demo/demo-survey';
import { createTranslator } from '../../src/lib/i18n/translate';
import { answersCsv } from '../../src/lib/surveys/answers-csv';
import { starterText } from '../../src/lib/surveys/starter-text';
import { afterAll, beforeAll, describe, expect, it, type ExpectStatic } from 'vitest';
import { ROOT, rfm, type Run } from './helpers/cli-run';

// A run takes 5-10 s alone; on a 2-core machine busy with other test files it has taken over 30.
const TIMEOUT = 55_000;
const outDir = mkdtempSync(path.join(tmpdir(), 'cvm-cli-'));

afterAll(() => rmSync(outDir, { recursive: true, force: true }));



function csvRows(file: string): { header: string; rows: Record<string, Record<string, string>> } {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const names = header.split(',');
  const rows = Object.fromEntries(
    lines.map((line) => {
      const values = line.split(',');
      return [values[0], Object.fromEntries(names.map((n, i) => [n, values[i]]))];
    }),
  );
  return { header, rows };
}

function expectOneLineError(expect: ExpectStatic, result: Run, message: string | RegExp) {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(message);
  expect(result.stderr).not.toMatch(/\bat /);
}

describe('npm run rfm on orders-basic.csv', () => {
  const out = path.join(outDir, 'scores.csv');
  let result: Run;
  let lines: string[];

  beforeAll(async () => {
    result = await rfm('test/fixtures/orders-basic.csv', '--out', out);
    lines = result.stdout.split('\n');
  });

  it('exits 0 with nothing on stderr', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('prints the import report: rows used, skipped rows with examples, orders, date range', () => {
    expect(lines[0]).toBe('File: orders-basic.csv (CSV text)');
    expect(result.stdout).toContain('Columns: Customer id “customer”, Order date “date”, Amount “amount”, Order id “order_id”');
    expect(result.stdout).toContain('11 of 14 rows used · orders from 2024-01-05 to 2024-03-31');
    expect(result.stdout).toContain('10 orders of 5 customers.');
    expect(result.stdout).toContain('1 row has no customer id and was left out.');
    expect(result.stdout).toContain('1 row has a date that could not be read and was left out.\n    for example row 12: “not a date”');
    expect(result.stdout).toContain('1 row has an amount that could not be read and was left out.\n    for example row 13: “abc”');
  });

  it('prints the settings used: the default as-of date, quantiles, five bins, the default archetypes', () => {
    expect(lines).toContain('Analysis date (as-of): 2024-04-01');
    expect(lines).toContain('Scoring method: quantile (Ranked groups, equal values share a score (quantiles))');
    expect(lines).toContain('Scores per axis: R 5, F 5, M 5');
    expect(lines).toContain('Segments: default (Eleven archetypes)');
    // No currency column: the language's currency, as on the page.
    expect(lines).toContain('Currency: USD');
  });

  it('prints the key figures and names the customer without a purchase', () => {
    expect(lines).toContain('Customers scored: 4');
    expect(lines).toContain('Purchases: 8');
    expect(lines).toContain('Net revenue: $255.95');
    // 255.95 / 8 = 31.99375
    expect(lines).toContain('Average order value: $31.99');
    expect(lines).toContain('Customers without purchase: 1');
    expect(result.stdout).toMatch(/1 customer has only returns .* and is not scored: dave\n/);
    // What the headline includes, and the books' total: dave's return of -40.00 brings 255.95 to 215.95.
    expect(lines).toContain('  Scored customers’ orders before 2024-04-01, returns included.');
    expect(lines).toContain('  With the returns of 1 customer not scored: $215.95.');
    // Four scored customers on 5 x 5 x 5 cells: the page's warning, word for word.
    expect(lines).toContain('Customers scored: 4. Below 20 customers quantile segments say little whatever the bins: read the customers one by one, or use 2 bins per axis.');
  });

  it('prints the cut points and the band ranges per axis', () => {
    expect(result.stdout).toContain('  Recency\n    Cut points: 20, 37.8, 55.2, 71.4\n');
    expect(result.stdout).toContain('    Cut points: 10.45, 33.44, 84.11, 117.04\n');
    // Recency bands 5..1: carol 1 day, alice 31, nobody, bob 60, erin 86.
    const recency = lines.slice(lines.indexOf('  Recency') + 3, lines.indexOf('  Recency') + 8).map((l) => l.trim().split(/\s{2,}/));
    expect(recency).toEqual([
      ['5', '1 day', '1'],
      ['4', '31 days', '1'],
      ['3', 'nobody', '0'],
      ['2', '60 days', '1'],
      ['1', '86 days', '1'],
    ]);
  });

  // Scores alice 415, bob 214, carol 512, erin 111 -> FM 3, 3, 2, 1 on the default table:
  // alice and carol Potential Loyalist (140.10 + 15.55 over 4 purchases), bob At Risk, erin Lost.
  it('prints the segment table in value order with shares and average order values', () => {
    const start = lines.indexOf('What each segment is worth:');
    const table = lines.slice(start + 1, start + 5).map((l) => l.trim().split(/\s{2,}/));
    expect(table).toEqual([
      ['Segment', 'Customers', 'Share', 'Net revenue', 'Revenue share', 'Average order value'],
      ['Potential Loyalist', '2', '50.0%', '$155.65', '60.8%', '$38.91'],
      ['At Risk', '1', '25.0%', '$100.00', '39.1%', '$50.00'],
      ['Lost', '1', '25.0%', '$0.30', '0.1%', '$0.15'],
    ]);
  });

  it('writes the scores CSV with the contract columns and English segment names, and says so', () => {
    expect(lines).toContain(`Scores of 4 customers written to ${out}`);
    const { header, rows } = csvRows(out);
    expect(header.startsWith('customer_id,recency_days,frequency,monetary,r,f,m,cell,segment')).toBe(true);
    expect(Object.keys(rows).sort()).toEqual(['alice', 'bob', 'carol', 'erin']);
    expect(rows.alice).toMatchObject({ recency_days: '31', frequency: '2', monetary: '140.10', cell: '415', segment: 'Potential Loyalist' });
    expect(rows.bob).toMatchObject({ recency_days: '60', monetary: '100.00', cell: '214', segment: 'At Risk' });
    expect(rows.carol).toMatchObject({ recency_days: '1', monetary: '15.55', cell: '512', segment: 'Potential Loyalist' });
    expect(rows.erin).toMatchObject({ recency_days: '86', monetary: '0.30', cell: '111', segment: 'Lost' });
  });
});

// Each run is a separate process, so they overlap.
describe.concurrent('npm run rfm with options', () => {
  // Equal-size groups, two bins (definitions.test.ts): alice 212, bob 112, carol 221, erin 121.
  it('passes method, bins and archetypes through to the scores', async ({ expect }) => {
    const out = path.join(outDir, 'ntile.csv');
    const result = await rfm('test/fixtures/orders-basic.csv', '--method', 'ntile', '--bins', '2', '--archetypes', 'rfm-package', '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Scoring method: ntile (Equal-size groups)');
    expect(result.stdout).toContain('Scores per axis: R 2, F 2, M 2');
    expect(result.stdout).toContain('Segments: rfm-package (R package rfm rules)');
    const { rows } = csvRows(out);
    expect(['alice', 'bob', 'carol', 'erin'].map((id) => rows[id].cell)).toEqual(['212', '112', '221', '121']);
  });

  // Scores alice 415, bob 214, carol 512, erin 111 under the README rules: Promising (R 3-4, F 1-3,
  // M 3-5), About To Sleep (R 2-3, F 1-3, M 1-4), New Customers (R 4-5, F 1-3) and Lost (R 1).
  it('names the segments of --archetypes rfm-package as the R package does', async ({ expect }) => {
    const out = path.join(outDir, 'rfm-package.csv');
    const result = await rfm('test/fixtures/orders-basic.csv', '--archetypes', 'rfm-package', '--out', out);
    expect(result.code).toBe(0);
    const { rows } = csvRows(out);
    expect(['alice', 'bob', 'carol', 'erin'].map((id) => rows[id].segment)).toEqual(['Promising', 'About To Sleep', 'New Customers', 'Lost']);
    expect(result.stdout).toMatch(/^ {2}About To Sleep {2,}1 /m);
  });

  // Before 2024-03-01 alice has only order A1 (150.10), carol none, bob and erin as before.
  it('scores as of an earlier date and ignores later orders', async ({ expect }) => {
    const result = await rfm('test/fixtures/orders-basic.csv', '--as-of', '2024-03-01');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Analysis date (as-of): 2024-03-01');
    expect(result.stdout).toContain('Customers scored: 3');
    expect(result.stdout).toContain('Net revenue: $250.40');
  });

  it('uses given columns over the guessed ones', async ({ expect }) => {
    const result = await rfm('test/fixtures/orders-basic.csv', '--customer', 'order_id');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Columns: Customer id “order_id”, Order date “date”, Amount “amount”\n');
  });
});

describe.concurrent('npm run rfm on bad input', () => {
  it('refuses an empty file with the page’s message, exit code 2', async ({ expect }) => {
    expectOneLineError(expect, await rfm('test/fixtures/bad/empty.csv'), '“empty.csv” is empty: there is nothing to analyse.');
  });

  it('says which file is missing', async ({ expect }) => {
    expectOneLineError(expect, await rfm('test/fixtures/no-such-file.csv'), 'file not found: test/fixtures/no-such-file.csv');
  });

  it('says which column to give when the customer cannot be guessed', async ({ expect }) => {
    expectOneLineError(
      expect,
      await rfm('test/fixtures/import/locale/thousands-point-comma.csv'),
      /check customer\. .*--customer; the file's columns are Kunde, Datum, Betrag\.$/,
    );
  });

  it('refuses a file without any date column with the page’s message', async ({ expect }) => {
    expectOneLineError(expect, await rfm('test/fixtures/bad/no-date.csv'), /^No column of “no-date\.csv” holds dates \(checked the first 2 rows\)/);
  });

  it('refuses an old Excel file and a bad reading option with one line each', async ({ expect }) => {
    expectOneLineError(expect, await rfm('test/fixtures/orders-basic.csv', '--encoding', 'latin9'), /^--encoding must be utf-8, utf-16le/);
    expectOneLineError(expect, await rfm('test/fixtures/orders-basic.csv', '--date-format', 'soon'), /^--date-format must be day-first, month-first/);
    expectOneLineError(expect, await rfm('test/fixtures/orders-basic.csv', '--import-only'), /^--import-only needs --out/);
    expectOneLineError(
      expect,
      await rfm('test/fixtures/import/excel/orders-two-sheets.xlsx', '--sheet', 'Nope'),
      /^“orders-two-sheets\.xlsx” has no sheet named “Nope”\. Its sheets: Summary, Orders\.$/,
    );
  });

  it('refuses an unknown flag and a bad value before reading the file', async ({ expect }) => {
    expectOneLineError(expect, await rfm('test/fixtures/orders-basic.csv', '--bogus'), 'unknown option --bogus (see --help)');
    expectOneLineError(expect, await rfm('test/fixtures/orders-basic.csv', '--bins', '6'), '--bins must be a whole number from 2 to 5, got "6"');
  });

  it('refuses a date before every purchase with the engine’s message', async ({ expect }) => {
    expectOneLineError(expect, await rfm('test/fixtures/orders-basic.csv', '--as-of', '2024-01-01'), 'No customer made a purchase before 2024-01-01. Choose a later as-of date.');
  });
});

describe.concurrent('npm run rfm on real exports', () => {
  it('prints the import report with every kind of dirty row and an example of each', async ({ expect }) => {
    const result = await rfm('test/fixtures/import/dirty/dirty-rows.csv', '--import-only', '--out', path.join(outDir, 'dirty-data.csv'));
    expect(result.code).toBe(0);
    for (const line of [
      '6 of 11 rows used · orders from 2024-01-05 to 2024-03-01',
      '  2 rows have no customer id and were left out.',
      '    for example row 5: “not a date”',
      '  Of the rows used, 1 is a return or cancellation (negative amount); it lowers net revenue and is not a purchase.',
      '    for example row 11 repeats row 10',
      '    for example AB12 / ab 12',
    ]) expect(result.stdout.split('\n')).toContain(line);
  });

  it('keeps twenty numeric 20-digit customer ids apart in a JSON export, on the Node that runs it', async ({ expect }) => {
    const out = path.join(outDir, 'long-ids-scores.csv');
    const result = await rfm('test/fixtures/import/json/long-ids.json', '--out', out);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('20 orders of 20 customers.');
    const ids = readFileSync(out, 'utf8').trim().split('\n').slice(1).map((line) => line.split(',')[0]);
    expect(new Set(ids)).toEqual(new Set(Array.from({ length: 20 }, (_, i) => `100000000000000000${String(i + 1).padStart(2, '0')}`)));
  });

  it('writes the data as understood: the same rows and columns as the file, UTF-8 and comma', async ({ expect }) => {
    const out = path.join(outDir, 'koi8-data.csv');
    const result = await rfm('test/fixtures/import/encoding/koi8r.csv', '--import-only', '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Text encoding: KOI8-R (recognised from the Cyrillic letters).');
    const [header, first] = readFileSync(out, 'utf8').split('\n');
    expect(header).toBe('Клиент,Дата,Сумма');
    expect(first.split(',')[0]).toMatch(/^[А-Яа-яЁё ."]+$/);
  });

  it('writes the data as understood and exits 0 when no column holds customers; rows not used still need one', async ({ expect }) => {
    const input = path.join(outDir, 'no-customer.csv');
    writeFileSync(input, 'when,total\n2024-01-05,10\n2024-01-06,20\n');
    const out = path.join(outDir, 'no-customer-data.csv');
    const result = await rfm(input, '--import-only', '--out', out);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Wrote the data as understood (2 columns) to ${out}`);
    expect(result.stdout).toMatch(/^No import report: .*--customer/m);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toEqual(['when,total', '2024-01-05,10', '2024-01-06,20']);
    const rejected = await rfm(input, '--import-only', '--out', path.join(outDir, 'no-customer-data-2.csv'), '--rejected', path.join(outDir, 'no-customer-rejected.csv'));
    expect(rejected.code).toBe(2);
    expect(rejected.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/Give the column with --customer/)]);
    expect(existsSync(path.join(outDir, 'no-customer-rejected.csv'))).toBe(false);
  });

  it('writes the rows not used with their row number and reason, and drops duplicates on request', async ({ expect }) => {
    const out = path.join(outDir, 'rejected.csv');
    const result = await rfm('test/fixtures/import/dirty/dirty-rows.csv', '--drop-duplicates', '--rejected', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Wrote 6 rows not used, with their reasons, to');
    expect(readFileSync(out, 'utf8').trim().split('\n')).toEqual([
      // Spreadsheet rows, header counted: "2,,2024-01-06" is on the file's second data line, row 3.
      'row,reason,order,customer,date,amount',
      '3,no customer id,2,,2024-01-06,50.00',
      '4,no customer id,3,   ,2024-01-07,60.00',
      '5,date not readable,4,cd34,not a date,70.00',
      '6,amount not readable,5,cd34,2024-01-08,abc',
      '7,dated after today,6,ef56,2099-01-01,80.00',
      '11,"exact duplicate, dropped",9,cd34,2024-02-03,200.00',
    ]);
  });
});

describe.concurrent('npm run rfm writes header names and cells that start like a formula with a leading quote', () => {
  const FILE = 'test/fixtures/formula.csv';
  const COLUMNS = ['--customer', 'customer', '--date', 'date', '--amount', 'amount'];
  const HEADER = `customer,date,amount,"'=HYPERLINK(""http://x"",""y"")",'@SUM(A1),'+amount,'-inf,-12.50`;
  const read = (file: string) => readFileSync(file, 'utf8').trim().split('\n');

  it('in the data as understood and the rows not used', async ({ expect }) => {
    const asRead = path.join(outDir, 'formula-data.csv');
    const rejected = path.join(outDir, 'formula-rejected.csv');
    const result = await rfm(FILE, ...COLUMNS, '--import-only', '--out', asRead, '--rejected', rejected);
    expect(result.stderr).toBe('');
    expect(read(asRead)).toEqual([
      HEADER,
      "'-inf,2024-05-01,10,'=1+1,'-1_000,'+Infinity,'-nan,-12.50",
      "'+Infinity,2024-05-02,+5.50,'@x,'-0x10,ok,'-,+1e5",
      "'-1_000,not a date,3,a,b,c,d,e",
      "'-inf,2024-05-03,7,,,,,",
    ]);
    expect(read(rejected)).toEqual([`row,reason,${HEADER}`, "4,date not readable,'-1_000,not a date,3,a,b,c,d,e"]);
  });

  it('in the scores and a movement', async ({ expect }) => {
    const scores = path.join(outDir, 'formula-scores.csv');
    const movement = path.join(outDir, 'formula-movement.csv');
    const result = await rfm(FILE, ...COLUMNS, '--as-of', '2024-05-04', '--compare-to', '2024-05-02', '--out', scores, '--out-movement', movement);
    expect(result.stderr).toBe('');
    expect(read(scores).map((line) => line.split(',')[0])).toEqual(['customer_id', "'+Infinity", "'-inf"]);
    expect(read(movement).map((line) => line.split(',')[0])).toEqual(['customer_id', "'+Infinity", "'-inf"]);
  });
});

describe('npm run rfm --compare-to (movement between two dates)', () => {
  it('prints who moved and writes customer_id,segment_before,segment_after with empty cells where absent', async () => {
    const out = path.join(outDir, 'movement.csv');
    const run = await rfm('test/fixtures/value/movement.csv', '--as-of', '2024-07-01', '--compare-to', '2024-04-01', '--churn-days', '60', '--bins', '2', '--out-movement', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Movement 2024-04-01 → 2024-07-01 (7 customers at either date):');
    expect(run.stdout).toMatch(/moved up \d+ · stayed \d+ · moved down \d+ · new 3 · lost 1/);
    expect(run.stdout).toContain('Churned: no purchase for more than 60 days.');
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('customer_id,segment_before,segment_after');
    expect(lines).toHaveLength(8);
    expect(lines.filter((l) => /^[BCE],,/.test(l))).toHaveLength(3);
  });

  it('refuses a comparison date that is not earlier than the as-of date, in one line', async ({ expect }) => {
    expectOneLineError(expect, await rfm('test/fixtures/value/movement.csv', '--as-of', '2024-07-01', '--compare-to', '2024-08-01'), /--compare-to 2024-08-01 must be earlier than the as-of date 2024-07-01/);
  });
});

describe('npm run rfm never writes over its input', () => {
  const dir = path.join(outDir, 'guard');
  const input = path.join(dir, 'orders.csv');
  // As the user might type it from the repo root: relative, through a folder and back.
  const spelled = `./${path.relative(ROOT, path.join(dir, 'sub'))}/../orders.csv`;
  const original = readFileSync(path.join(ROOT, 'test/fixtures/orders-basic.csv'));

  beforeAll(() => {
    mkdirSync(path.join(dir, 'sub'), { recursive: true });
    copyFileSync(path.join(ROOT, 'test/fixtures/orders-basic.csv'), input);
    symlinkSync(input, path.join(dir, 'link.csv'));
  });

  it('refuses --import-only --out naming the input by another spelling, and leaves it byte for byte', async ({ expect }) => {
    const result = await rfm(input, '--import-only', '--out', spelled);
    expectOneLineError(expect, result, `--out ${spelled} would overwrite the input file ${input}: choose another file. Nothing was written.`);
    expect(readFileSync(input).equals(original)).toBe(true);
  });

  it('refuses --out, --rejected and --out-migration naming the input, also through a symlink', async ({ expect }) => {
    const relative = path.relative(ROOT, input);
    expectOneLineError(expect, await rfm(relative, '--out', input), `--out ${input} would overwrite the input file ${relative}`);
    expectOneLineError(expect, await rfm(input, '--rejected', path.join(dir, 'link.csv')), `--rejected ${path.join(dir, 'link.csv')} would overwrite the input file`);
    expectOneLineError(expect, await rfm(input, '--compare-to', '2024-02-01', '--out-migration', spelled), /^--out-migration .* would overwrite the input file/);
    expect(readFileSync(input).equals(original)).toBe(true);
  });

  it('refuses two outputs naming one file before writing either', async ({ expect }) => {
    const scores = path.join(dir, 'scores.csv');
    const again = `${dir}/sub/../scores.csv`;
    const result = await rfm(input, '--out', scores, '--rejected', again);
    expectOneLineError(expect, result, `--out and --rejected both name ${again}: give each its own file. Nothing was written.`);
    expect(existsSync(scores)).toBe(false);
  });
});

describe('rfm --survey: what customers value, per segment', () => {
  const orders = 'test/fixtures/survey/orders.csv';

  it('matches a Google Forms export by e-mail, prints the NPS and writes one row per segment', async () => {
    const out = path.join(outDir, 'survey-segments.csv');
    const result = await rfm(orders, '--as-of', '2024-04-01', '--survey', 'test/fixtures/survey/google-forms.csv', '--email', 'email', '--out-survey', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('6 answers: 3 matched a customer; not matched: 1 without an identifier, 1 not a customer of this data, 1 with a contact two customers share.');
    expect(result.stdout).toContain('NPS of all answers: 0 (from 6 answers)');
    // The same figures as test/sql/survey.test.ts reads from the engine.
    expect(readFileSync(out, 'utf8').trim().split('\n')).toEqual([
      'segment,responses,promoters,passives,detractors,nps,satisfaction_mean,Price,Quality,Speed of service,Unique products',
      'Champions,2,2,0,0,100,4.5,0.5,0.5,0.5,0',
      'Lost,1,0,0,1,-100,2,1,0,0,1',
    ]);
  });

  it('reads the answers download of a survey: the demo shop survey gives the figures the page shows', async () => {
    // The page's answers download (lib/surveys/answers-csv.ts) of the demo shop's survey, and the
    // demo shop's orders, as files: the command line must give the figures of test/e2e/survey.test.ts.
    const shop = generateDemoShop({ seed: 42 });
    const { answers } = demoSurvey(shop, 42, starterText(createTranslator('en')));
    const ordersFile = path.join(outDir, 'demo-orders.csv');
    const answersFile = path.join(outDir, 'demo-answers.csv');
    writeFileSync(ordersFile, shop.csv);
    writeFileSync(answersFile, answersCsv(answers));
    const out = path.join(outDir, 'demo-survey-segments.csv');
    const result = await rfm(ordersFile, '--survey', answersFile, '--out-survey', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2,178 answers: 2,042 matched a customer');
    expect(result.stdout).toContain('NPS of all answers: 25.1');
    const rows = Object.fromEntries(readFileSync(out, 'utf8').trim().split('\n').map((line) => [line.split(',')[0], line.split(',')]));
    expect(rows['Champions'][5]).toBe('56.3');
    expect(rows['Can’t Lose Them'][5]).toBe('-66.2');
    expect(rows['Lost'][5]).toBe('-38.6');
  }, TIMEOUT);

  it('takes the columns given, and names a column the survey does not have', async () => {
    const given = await rfm(orders, '--survey', 'test/fixtures/survey/typeform.csv', '--phone', 'phone', '--survey-id', 'Your phone number');
    expect(given.code).toBe(0);
    expect(given.stdout).toContain('3 answers: 2 matched a customer');
    const wrong = await rfm(orders, '--survey', 'test/fixtures/survey/typeform.csv', '--survey-nps', 'Score');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('The survey has no column “Score”.');
  });

  it('refuses a survey flag without --survey', async () => {
    const result = await rfm(orders, '--email', 'email');
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('--email needs --survey ANSWERS.csv');
  });
});
