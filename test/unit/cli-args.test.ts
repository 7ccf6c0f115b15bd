import { describe, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseCliArgs, resolveMapping, type CliOptions, type ParsedArgs } from '../../src/cli/args';

function options(...argv: string[]): CliOptions {
  const parsed = parseCliArgs(argv);
  if (parsed.kind !== 'run') throw new Error(`expected options, got ${JSON.stringify(parsed)}`);
  return parsed.options;
}

function error(...argv: string[]): string {
  const parsed: ParsedArgs = parseCliArgs(argv);
  if (parsed.kind !== 'error') throw new Error(`expected an error, got ${JSON.stringify(parsed)}`);
  return parsed.message;
}

describe('parseCliArgs: valid command lines', () => {
  it('needs only the file and takes the defaults the page starts with', () => {
    expect(options('orders.csv')).toEqual({
      file: 'orders.csv',
      asOf: null,
      method: 'quantile',
      bins: { r: 5, f: 5, m: 5 },
      archetypes: 'default',
      columns: {},
      out: null,
      segment: null,
      survey: null,
      plan: null,
      predict: null,
      importOnly: false,
      rejected: null,
      read: {},
      choices: { dropDuplicates: false, mergeIdVariants: false },
      compareTo: null,
      outMovement: null,
      outputs: [],
      holdCuts: false,
      churnDays: null,
      engine: { kind: 'wasm', native: { threads: null, memoryLimit: null, tempDirectory: tmpdir() } },
    });
  });

  it('reads --segment with --out, and refuses it without or with --import-only', () => {
    expect(options('o.csv', '--segment', 'At Risk', '--out', 's.csv')).toMatchObject({ segment: 'At Risk', out: 's.csv' });
    expect(parseCliArgs(['o.csv', '--segment', 'At Risk'])).toMatchObject({ kind: 'error', message: expect.stringMatching(/^--segment needs --out FILE\.csv/) });
    expect(parseCliArgs(['o.csv', '--segment', 'Lost', '--import-only', '--out', 's.csv'])).toMatchObject({ kind: 'error', message: expect.stringMatching(/^--segment needs --out/) });
    expect(parseCliArgs(['o.csv', '--segment', ' ', '--out', 's.csv'])).toMatchObject({ kind: 'error', message: expect.stringMatching(/needs a segment name/) });
  });

  it('reads the movement options and refuses them half given', () => {
    expect(options('o.csv', '--compare-to', '2024-04-01', '--out-movement', 'm.csv', '--hold-cuts', '--churn-days', '90')).toMatchObject({
      compareTo: '2024-04-01',
      outMovement: 'm.csv',
      holdCuts: true,
      churnDays: 90,
    });
    expect(parseCliArgs(['o.csv', '--out-movement', 'm.csv'])).toEqual({ kind: 'error', message: '--out-movement needs --compare-to YYYY-MM-DD' });
    // The flag's name of issue 7 keeps working.
    expect(options('o.csv', '--compare-to', '2024-04-01', '--out-migration', 'm.csv')).toMatchObject({ outMovement: 'm.csv' });
    expect(parseCliArgs(['o.csv', '--compare-to', '2024-04-01', '--out-movement', 'm.csv', '--out-migration', 'n.csv'])).toEqual({
      kind: 'error',
      message: '--out-movement and --out-migration are one option: give it once',
    });
    expect(parseCliArgs(['o.csv', '--compare-to', '2024-13-01'])).toEqual({ kind: 'error', message: '--compare-to must be a calendar date as YYYY-MM-DD, got "2024-13-01"' });
    expect(parseCliArgs(['o.csv', '--compare-to', '2024-04-01', '--churn-days', '0'])).toEqual({
      kind: 'error',
      message: '--churn-days must be a positive whole number of days, got "0"',
    });
  });

  it('reads every option, in either --flag value or --flag=value form, before or after the file', () => {
    expect(
      options(
        '--as-of=2024-02-29',
        '--method',
        'ntile',
        'orders.csv',
        '--archetypes',
        'rfm-package',
        '--customer',
        'Client ID',
        '--date=InvoiceDate',
        '--quantity',
        'Qty',
        '--price',
        'UnitPrice',
        '--order',
        'InvoiceNo',
        '--out',
        '/tmp/scores.csv',
        '--encoding',
        'cp1251',
        '--delimiter',
        'tab',
        '--sheet',
        'Orders',
        '--date-format',
        '%d.%m.%Y',
        '--decimal',
        'comma',
        '--drop-duplicates',
        '--merge-ids',
        '--rejected',
        '/tmp/rejected.csv',
        '--engine=native',
        '--threads',
        '2',
        '--memory-limit',
        '1.5gib',
        '--temp-dir',
        'spill',
      ),
    ).toEqual({
      file: 'orders.csv',
      asOf: '2024-02-29',
      method: 'ntile',
      bins: { r: 5, f: 5, m: 5 },
      archetypes: 'rfm-package',
      columns: { customer: 'Client ID', date: 'InvoiceDate', quantity: 'Qty', price: 'UnitPrice', order: 'InvoiceNo' },
      out: '/tmp/scores.csv',
      segment: null,
      survey: null,
      plan: null,
      predict: null,
      importOnly: false,
      rejected: '/tmp/rejected.csv',
      read: { encoding: 'windows-1251', delimiter: '\t', sheet: 'Orders' },
      choices: { dateFormat: '%d.%m.%Y', decimal: 'comma', dropDuplicates: true, mergeIdVariants: true },
      compareTo: null,
      outMovement: null,
      outputs: [
        { flag: '--out', file: '/tmp/scores.csv' },
        { flag: '--rejected', file: '/tmp/rejected.csv' },
      ],
      holdCuts: false,
      churnDays: null,
      engine: { kind: 'native', native: { threads: 2, memoryLimit: '1.5GiB', tempDirectory: path.resolve('spill') } },
    });
  });

  it('lists the files a run may write with the flag that names each, for the check that none is the input', () => {
    expect(options('o.csv').outputs).toEqual([]);
    expect(options('o.csv', '--rejected', 'r.csv', '--out', 's.csv', '--compare-to', '2024-04-01', '--out-migration', 'm.csv').outputs).toEqual([
      { flag: '--out', file: 's.csv' },
      { flag: '--rejected', file: 'r.csv' },
      { flag: '--out-migration', file: 'm.csv' },
    ]);
    expect(options('o.csv', '--compare-to', '2024-04-01', '--out-movement', 'm.csv').outputs).toEqual([{ flag: '--out-movement', file: 'm.csv' }]);
  });

  it('reads the date order from --date-format and refuses reading options it does not know', () => {
    expect(options('f.csv', '--date-format', 'month-first').choices.dateOrder).toBe('month-first');
    expect(options('f.csv', '--date-format', 'dmy').choices.dateOrder).toBe('day-first');
    expect(parseCliArgs(['f.csv', '--delimiter', ':'])).toEqual({ kind: 'error', message: '--delimiter must be , ; | or tab, got ":"' });
    expect(parseCliArgs(['f.csv', '--decimal', 'dot!'])).toEqual({ kind: 'error', message: '--decimal must be point or comma, got "dot!"' });
  });

  it('reads the quote, the escape and whether the first row is a header, and refuses what cannot be one', () => {
    expect(options('f.csv', '--quote', "'", '--escape', '\\', '--header', 'no').read).toEqual({ quote: "'", escape: '\\', header: false });
    expect(options('f.csv', '--header', 'yes').read).toEqual({ header: true });
    expect(options('f.csv', '--no-header').read).toEqual({ header: false });
    expect(options('f.csv', '--quote', 'none').read).toEqual({ quote: '' });
    expect(parseCliArgs(['f.csv', '--quote', '""'])).toEqual({ kind: 'error', message: '--quote must be one character or none, got """"' });
    expect(parseCliArgs(['f.csv', '--escape', 'ab'])).toEqual({ kind: 'error', message: '--escape must be one character, got "ab"' });
    expect(parseCliArgs(['f.csv', '--header', 'maybe'])).toEqual({ kind: 'error', message: '--header must be yes or no, got "maybe"' });
  });

  it('reads the earliest plausible order date and refuses one that is no date', () => {
    expect(options('f.csv', '--earliest-date', '1970-01-01').choices.earliestDate).toBe('1970-01-01');
    expect(options('f.csv').choices.earliestDate).toBeUndefined();
    expect(parseCliArgs(['f.csv', '--earliest-date', '1970'])).toEqual({ kind: 'error', message: '--earliest-date must be a calendar date as YYYY-MM-DD, got "1970"' });
  });

  it('reads the status column and which statuses are purchases', () => {
    expect(options('f.csv', '--status', 'Order Status').columns.status).toBe('Order Status');
    expect(options('f.csv', '--status', 'S').choices.excludedStatuses).toBeUndefined();
    expect(options('f.csv', '--status', 'S', '--exclude-status', 'cancelled, failed').choices.excludedStatuses).toEqual(['cancelled', 'failed']);
    expect(options('f.csv', '--status', 'S', '--include-status', 'pending').choices.excludedStatuses).not.toContain('pending');
    expect(parseCliArgs(['f.csv', '--exclude-status', 'cancelled'])).toEqual({
      kind: 'error',
      message: '--exclude-status and --include-status need --status COL, the column of order statuses',
    });
  });

  it('sets all three axes with --bins and lets per-axis flags override it', () => {
    expect(options('f.csv', '--bins', '3').bins).toEqual({ r: 3, f: 3, m: 3 });
    expect(options('f.csv', '--bins', '3', '--f-bins', '2').bins).toEqual({ r: 3, f: 2, m: 3 });
    expect(options('f.csv', '--m-bins', '4', '--bins', '2').bins).toEqual({ r: 2, f: 2, m: 4 });
    expect(options('f.csv', '--r-bins', '2', '--f-bins', '3', '--m-bins', '4').bins).toEqual({ r: 2, f: 3, m: 4 });
  });

  it('asks for help with --help or -h', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['orders.csv', '-h'])).toEqual({ kind: 'help' });
  });
});

describe('parseCliArgs: mistakes get one specific sentence', () => {
  it('names a missing file or a second one', () => {
    expect(error()).toMatch(/^no input file given/);
    expect(error('a.csv', 'b.csv')).toBe('one input file expected, got 2: a.csv, b.csv');
  });

  it('names an unknown flag', () => {
    expect(error('f.csv', '--bin', '3')).toBe('unknown option --bin (see --help)');
    expect(error('f.csv', '-x')).toBe('unknown option -x (see --help)');
  });

  it('refuses a flag without its value instead of taking the next flag as the value', () => {
    expect(error('f.csv', '--out')).toBe('--out needs a value');
    expect(error('f.csv', '--bins', '--as-of', '2024-01-01')).toBe('--bins needs a value');
    expect(error('f.csv', '--customer=')).toBe('--customer needs a value');
    expect(error('f.csv', '--help=yes')).toBe('--help takes no value');
  });

  it('takes a negative number after a numeric flag for its value and says what the flag needs, not that it needs one', () => {
    const plan = ['--plan', 'p.json', '--out-targets', 'd'];
    expect(error('f.csv', '--churn-days', '-5')).toBe('--churn-days must be a positive whole number of days, got "-5"');
    expect(error('f.csv', '--bins', '-3')).toBe('--bins must be a whole number from 2 to 5, got "-3"');
    expect(error('f.csv', '--r-bins', '-2')).toBe('--r-bins must be a whole number from 2 to 5, got "-2"');
    expect(error('f.csv', '--predict', '--horizon-days', '-30')).toMatch(/^--horizon-days must be a whole number of days from 1 to [\d,]+, got "-30"$/);
    expect(error('f.csv', '--predict', '--discount-monthly', '-0.01')).toBe('--discount-monthly must be a monthly rate from 0 to 0.5 (or 0% to 50%), got "-0.01"');
    expect(error('f.csv', ...plan, '--control', '-10%')).toBe('--control must be a share from 0 to 0.5 (or 0% to 50%), got "-10%"');
    expect(error('f.csv', ...plan, '--seed', '-.5')).toBe('--seed must be a whole number, got "-.5"');
    // A flag after a flag is still a missing value.
    expect(error('f.csv', '--churn-days', '--bins', '3')).toBe('--churn-days needs a value');
  });

  it('refuses numbers that JavaScript reads but a person does not mean', () => {
    for (const bad of ['0x10', '1e3', '5.5', ' ']) {
      expect(error('f.csv', '--churn-days=' + bad)).toBe(`--churn-days must be a positive whole number of days, got "${bad}"`);
    }
    for (const bad of ['0x10', ' ', '1e-1']) {
      expect(error('f.csv', '--plan', 'p.json', '--out-targets', 'd', '--control=' + bad)).toBe(`--control must be a share from 0 to 0.5 (or 0% to 50%), got "${bad}"`);
    }
  });

  it('refuses bins outside 2..5 and anything that is not a whole number', () => {
    for (const bad of ['1', '6', '0', '2.5', 'three', '-3', ' 3']) {
      expect(error('f.csv', '--bins=' + bad)).toBe(`--bins must be a whole number from 2 to 5, got "${bad}"`);
    }
    expect(error('f.csv', '--bins', '3', '--m-bins', '9')).toBe('--m-bins must be a whole number from 2 to 5, got "9"');
  });

  it('refuses an as-of that is not a real YYYY-MM-DD date', () => {
    for (const bad of ['2024-02-30', '2023-02-29', '01.04.2024', '2024-4-1', '2024-04-01T00:00', 'yesterday']) {
      expect(error('f.csv', '--as-of', bad)).toBe(`--as-of must be a calendar date as YYYY-MM-DD, got "${bad}"`);
    }
  });

  it('refuses a method other than quantile or ntile', () => {
    expect(error('f.csv', '--method', 'custom')).toBe('--method must be quantile or ntile, got "custom"');
  });

  it('says honestly that archetype files are not supported yet, and names the presets for anything else', () => {
    expect(error('f.csv', '--archetypes', 'my-segments.json')).toBe(
      'archetype configuration files are not supported yet: use default or rfm-package',
    );
    expect(error('f.csv', '--archetypes', 'rfm')).toBe('--archetypes must be default or rfm-package, got "rfm"');
  });

  it('refuses an amount together with quantity or price, and quantity or price alone', () => {
    expect(error('f.csv', '--amount', 'Sum', '--quantity', 'Qty', '--price', 'Price')).toMatch(/^--amount cannot be combined with --quantity or --price/);
    expect(error('f.csv', '--amount', 'Sum', '--price', 'Price')).toMatch(/^--amount cannot be combined/);
    expect(error('f.csv', '--quantity', 'Qty')).toBe('--quantity and --price go together: give both, or --amount instead');
    expect(error('f.csv', '--price', 'Price')).toBe('--quantity and --price go together: give both, or --amount instead');
  });
});

describe('resolveMapping', () => {
  const guess = { customer: 'CustomerID', date: 'InvoiceDate', quantity: 'Quantity', price: 'UnitPrice', order: 'InvoiceNo' };

  it('uses the guess when no column is given', () => {
    expect(resolveMapping(guess, {})).toEqual(guess);
  });

  it('overrides single fields and keeps the other guesses', () => {
    expect(resolveMapping(guess, { date: 'ShipDate' })).toEqual({ ...guess, date: 'ShipDate' });
  });

  it('drops the guessed quantity and price when an amount is given, and a guessed amount for quantity and price', () => {
    expect(resolveMapping(guess, { amount: 'Total' })).toEqual({ customer: 'CustomerID', date: 'InvoiceDate', amount: 'Total', order: 'InvoiceNo' });
    expect(resolveMapping({ customer: 'c', date: 'd', amount: 'a' }, { quantity: 'q', price: 'p' })).toEqual({
      customer: 'c',
      date: 'd',
      quantity: 'q',
      price: 'p',
    });
  });

  it('drops a guess whose column the user gave to another field', () => {
    expect(resolveMapping(guess, { customer: 'InvoiceNo' })).toEqual({
      customer: 'InvoiceNo',
      date: 'InvoiceDate',
      quantity: 'Quantity',
      price: 'UnitPrice',
    });
  });
});

describe('--plan', () => {
  it('takes the plan, its output and the four contact columns; --email and --phone need no survey', () => {
    const o = options('orders.csv', '--plan', 'p.json', '--out-plan', 'r.json', '--email', 'mail', '--phone', 'tel', '--push', 'tok', '--messenger', 'wa');
    expect(o.plan).toEqual({ file: 'p.json', out: 'r.json', targets: null, contacts: { email: 'mail', phone: 'tel', push: 'tok', messenger: 'wa' } });
    expect(o.survey).toBeNull();
    expect(o.outputs).toContainEqual({ flag: '--out-plan', file: 'r.json' });
  });

  it('refuses its flags without it', () => {
    expect(error('orders.csv', '--out-plan', 'r.json')).toBe('--out-plan needs --plan PLAN.json');
    expect(error('orders.csv', '--messenger', 'wa')).toBe('--messenger needs --plan PLAN.json');
    expect(error('orders.csv', '--email', 'mail')).toBe('--email needs --survey ANSWERS.csv');
    expect(error('orders.csv', '--out-targets', 'dir')).toBe('--out-targets needs --plan PLAN.json');
  });

  it('takes the target lists folder with the control share (10 % unless given) and its seed (1 unless given)', () => {
    expect(options('orders.csv', '--plan', 'p.json', '--out-targets', 'dir').plan?.targets).toEqual({ dir: 'dir', control: 0.1, seed: 1 });
    expect(options('orders.csv', '--plan', 'p.json', '--out-targets', 'dir', '--control', '25%', '--seed', '42').plan?.targets).toEqual({ dir: 'dir', control: 0.25, seed: 42 });
    expect(options('orders.csv', '--plan', 'p.json', '--out-targets', 'dir', '--control', '0.05').plan?.targets?.control).toBe(0.05);
    expect(error('orders.csv', '--plan', 'p.json', '--control', '10%')).toBe('--control needs --out-targets DIR, where the target lists and the control group are written');
    expect(error('orders.csv', '--plan', 'p.json', '--out-targets', 'd', '--control', '60%')).toBe('--control must be a share from 0 to 0.5 (or 0% to 50%), got "60%"');
    expect(error('orders.csv', '--plan', 'p.json', '--out-targets', 'd', '--seed', '3.5')).toBe('--seed must be a whole number, got "3.5"');
  });
});

describe('--engine', () => {
  it('is wasm unless native is asked for, and refuses the native flags without it', () => {
    expect(options('orders.csv', '--engine', 'native', '--memory-limit', '8GB').engine).toMatchObject({ kind: 'native', native: { memoryLimit: '8GB', threads: null } });
    expect(error('orders.csv', '--engine', 'duckdb')).toBe('--engine must be wasm or native, got "duckdb"');
    expect(error('orders.csv', '--threads', '4')).toMatch(/^--threads needs --engine native/);
    expect(error('orders.csv', '--temp-dir', '/tmp')).toMatch(/^--temp-dir needs --engine native/);
  });

  it('refuses a wrong number of threads or amount of memory with one sentence', () => {
    expect(error('orders.csv', '--engine', 'native', '--threads', '0')).toBe('--threads must be a whole number from 1 to 1024, got "0"');
    expect(error('orders.csv', '--engine', 'native', '--threads', '2.5')).toMatch(/^--threads must be/);
    expect(error('orders.csv', '--engine', 'native', '--memory-limit', '8')).toBe('--memory-limit must be an amount of memory such as 8GB, 512MB or 1.5TB, got "8"');
    expect(error('orders.csv', '--engine', 'native', '--memory-limit', '0GB')).toMatch(/^--memory-limit must be/);
    expect(error('orders.csv', '--engine', 'native', '--memory-limit', 'lots')).toMatch(/^--memory-limit must be/);
  });
});

describe('--predict', () => {
  it('takes the defaults: the last order date, weeks, 365 days, 1 % a month', () => {
    expect(options('orders.csv', '--predict').predict).toEqual({ calibrationEnd: null, timeUnit: 'weeks', horizonDays: 365, discountMonthly: 0.01, outModel: null, outPredictions: null });
    expect(options('orders.csv').predict).toBeNull();
  });

  it('reads its flags, a discount as a share or a percent, and checks its outputs like the others', () => {
    const parsed = options('orders.csv', '--predict', '--calibration-end', '1997-09-30', '--time-unit=days', '--horizon-days', '90', '--discount-monthly', '2%', '--out-model', 'm.json', '--out-predictions', 'p.csv');
    expect(parsed.predict).toEqual({ calibrationEnd: '1997-09-30', timeUnit: 'days', horizonDays: 90, discountMonthly: 0.02, outModel: 'm.json', outPredictions: 'p.csv' });
    expect(parsed.outputs).toEqual([{ flag: '--out-model', file: 'm.json' }, { flag: '--out-predictions', file: 'p.csv' }]);
    expect(options('orders.csv', '--predict', '--discount-monthly', '0').predict!.discountMonthly).toBe(0);
  });

  it('refuses its flags without it, and bad values with one sentence', () => {
    expect(error('orders.csv', '--out-model', 'm.json')).toBe('--out-model needs --predict');
    expect(error('orders.csv', '--predict', '--calibration-end', '1997-02-30')).toBe('--calibration-end must be a calendar date as YYYY-MM-DD, got "1997-02-30"');
    expect(error('orders.csv', '--predict', '--time-unit', 'months')).toBe('--time-unit must be days or weeks, got "months"');
    expect(error('orders.csv', '--predict', '--horizon-days', '0')).toBe('--horizon-days must be a whole number of days from 1 to 3650, got "0"');
    expect(error('orders.csv', '--predict', '--horizon-days', '1.5')).toMatch(/^--horizon-days must be/);
    expect(error('orders.csv', '--predict', '--discount-monthly', 'abc')).toBe('--discount-monthly must be a monthly rate from 0 to 0.5 (or 0% to 50%), got "abc"');
    expect(error('orders.csv', '--predict', '--discount-monthly', '0.9')).toMatch(/^--discount-monthly must be/);
  });
});
