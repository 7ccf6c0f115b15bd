// The command the page gives for a file too large for the tab: a real shell splits it into the
// arguments it was built from, and the command line's own parser reads them back as the same
// file, mapping and settings, so the command is always one `npm run rfm` accepts.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseCliArgs, type CliOptions } from '../../src/cli/args';
import { buildRfmCommand, scoresFileName, type CommandInput } from '../../src/lib/cli-command/build';
import { quotePowerShell } from '../../src/lib/cli-command/quote';
import { durationRange, estimateNativeRun } from '../../src/lib/cli-command/estimate';

/** The words sh makes of the command after `npm run rfm --`. */
function shellWords(posix: string): string[] {
  const prefix = 'npm run rfm -- ';
  expect(posix.startsWith(prefix)).toBe(true);
  const out = execFileSync('sh', ['-c', `set -- ${posix.slice(prefix.length)}; printf '%s\\0' "$@"`], { encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}

function parsedBack(input: CommandInput): CliOptions {
  const built = buildRfmCommand(input);
  expect(shellWords(built.posix)).toEqual(built.args);
  const parsed = parseCliArgs(built.args);
  if (parsed.kind !== 'run') throw new Error(`the command line refused ${built.posix}: ${JSON.stringify(parsed)}`);
  return parsed.options;
}

const AWKWARD = [
  'orders.csv',
  'orders 2024 (final).csv',
  "Bob's orders.csv",
  'a "quoted" $HOME `date` \\ name.csv',
  'заказы — июль.csv',
  '-starts-with-dash.csv',
  'tab\tand\nnewline.csv',
  '*.csv',
];

describe('the command for a file', () => {
  it.each(AWKWARD)('reads back the file name %j exactly, on native DuckDB, with the scores written beside its name', (fileName) => {
    const options = parsedBack({ fileName, out: scoresFileName(fileName), threads: 8 });
    expect(options.file).toBe(fileName.startsWith('-') ? `./${fileName}` : fileName);
    expect(options.engine.kind).toBe('native');
    expect(options.engine.native.threads).toBe(8);
    expect(options.out).toBe(scoresFileName(fileName).startsWith('-') ? `./${scoresFileName(fileName)}` : scoresFileName(fileName));
    expect(options.out).not.toBe(options.file);
  });

  it('carries every column of the mapping, awkward names included', () => {
    const columns = { customer: 'Customer ID', date: "Order's date", quantity: '-qty', price: 'Цена, ₽', order: '$order', status: 'status "now"', refunded: 'refund`s' };
    expect(parsedBack({ fileName: 'x.csv', out: 'x-scores.csv', columns }).columns).toEqual(columns);
    const amount = { customer: 'c', date: 'd', amount: 'Sum (EUR)' };
    expect(parsedBack({ fileName: 'x.csv', out: 'o.csv', columns: amount }).columns).toEqual(amount);
  });

  it('carries the reading options and import choices', () => {
    const options = parsedBack({
      fileName: 'x.csv',
      out: 'o.csv',
      columns: { customer: 'c', date: 'd', amount: 'a', status: 's' },
      read: { encoding: 'windows-1251', delimiter: '\t', quote: "'", escape: '\\', header: false },
      choices: { dateOrder: 'day-first', decimal: 'comma', dropDuplicates: true, mergeIdVariants: true, earliestDate: '2001-02-03', excludedStatuses: ['Отменён', 'void'] },
    });
    expect(options.read).toEqual({ encoding: 'windows-1251', delimiter: '\t', quote: "'", escape: '\\', header: false });
    expect(options.choices).toEqual({ dateOrder: 'day-first', decimal: 'comma', dropDuplicates: true, mergeIdVariants: true, earliestDate: '2001-02-03', excludedStatuses: ['Отменён', 'void'] });
    expect(parsedBack({ fileName: 'x.csv', out: 'o.csv', read: { quote: '', sheet: 'Лист 1' }, choices: { dateFormat: '%d.%m.%Y' } })).toMatchObject({
      read: { quote: '', sheet: 'Лист 1' },
      choices: { dateFormat: '%d.%m.%Y' },
    });
  });

  it('leaves the defaults to the command line, whose defaults are the page’s', () => {
    const built = buildRfmCommand({ fileName: 'x.csv', out: 'o.csv', choices: { dateOrder: 'auto', decimal: 'auto', dateFormat: null, dropDuplicates: false, mergeIdVariants: false, earliestDate: '1990-01-01', excludedStatuses: null } });
    expect(built.args).toEqual(['x.csv', '--engine', 'native', '--out', 'o.csv']);
    expect(built.posix).toBe('npm run rfm -- x.csv --engine native --out o.csv');
  });

  it('carries the scoring settings', () => {
    const options = parsedBack({ fileName: 'x.csv', out: 'o.csv', settings: { asOf: '2024-06-30', method: 'ntile', bins: { r: 3, f: 4, m: 2 }, archetypes: 'rfm-package' }, memoryLimit: '8GB' });
    expect(options).toMatchObject({ asOf: '2024-06-30', method: 'ntile', bins: { r: 3, f: 4, m: 2 }, archetypes: 'rfm-package' });
    expect(options.engine.native.memoryLimit).toBe('8GB');
    expect(parsedBack({ fileName: 'x.csv', out: 'o.csv', settings: { asOf: '2024-06-30', method: 'quantile', bins: { r: 4, f: 4, m: 4 }, archetypes: 'default' } }).bins).toEqual({ r: 4, f: 4, m: 4 });
    // The page's remembered scoring, without a date: the command line's as-of default is the page's.
    expect(parsedBack({ fileName: 'x.csv', out: 'o.csv', settings: { method: 'ntile', bins: { r: 3, f: 3, m: 3 } } })).toMatchObject({ asOf: null, method: 'ntile', bins: { r: 3, f: 3, m: 3 }, archetypes: 'default' });
  });

  it('says which choices of the page it cannot carry, and the rest still parses', () => {
    const built = buildRfmCommand({ fileName: 'x.csv', out: 'o.csv', columns: { status: 's' }, choices: { excludedStatuses: [] }, settings: { asOf: '2024-06-30', method: 'custom', bins: { r: 5, f: 5, m: 5 }, archetypes: 'my-own-config' } });
    expect(built.notCarried).toEqual(['statuses', 'custom-thresholds', 'archetype-config']);
    expect(parseCliArgs(built.args).kind).toBe('run');
  });

  it('gives PowerShell a variant with -- quoted, and none where a double quote cannot pass', () => {
    expect(buildRfmCommand({ fileName: "Bob's $orders.csv", out: 'o.csv' }).powershell).toBe("npm run rfm '--' 'Bob''s $orders.csv' --engine native --out o.csv");
    expect(buildRfmCommand({ fileName: 'a "b".csv', out: 'o.csv' }).powershell).toBeNull();
    expect(quotePowerShell('@list')).toBe("'@list'");
  });
});

describe('how long the command is likely to take', () => {
  it('30 M rows of CSV on 2 cores: about 1 to 4 minutes (the benchmark took 91 s)', () => {
    const estimate = estimateNativeRun({ sizeBytes: 977e6, format: 'csv', bytesPerRow: 32.6, cores: 2 });
    expect(estimate.rows).toBeGreaterThan(29e6);
    expect(durationRange(estimate)).toEqual({ unit: 'minutes', from: 1, to: 4 });
  });

  it('holds what the benchmark measured with --engine native on 2 cores: 10 M, 30 M and 100 M rows (spilling)', () => {
    for (const [rows, seconds] of [[10e6, 28.9], [30e6, 91.2], [100e6, 426.8]] as const) {
      const estimate = estimateNativeRun({ sizeBytes: rows * 32, format: 'csv', bytesPerRow: 32, cores: 2 });
      expect(seconds, `${rows} rows`).toBeGreaterThanOrEqual(estimate.fastSeconds * 0.8);
      expect(seconds, `${rows} rows`).toBeLessThanOrEqual(estimate.slowSeconds);
    }
  });

  it('more cores, shorter; no word on cores counts as one', () => {
    const two = estimateNativeRun({ sizeBytes: 10e9, format: 'csv', bytesPerRow: 40, cores: 2 });
    const eight = estimateNativeRun({ sizeBytes: 10e9, format: 'csv', bytesPerRow: 40, cores: 8 });
    expect(eight.slowSeconds).toBeLessThan(two.slowSeconds / 3);
    expect(estimateNativeRun({ sizeBytes: 10e9, format: 'csv', bytesPerRow: 40, cores: undefined }).cores).toBe(1);
  });

  it('Parquet rows from the benchmark files’ bytes per row; hours past two hours; small files under a minute', () => {
    expect(estimateNativeRun({ sizeBytes: 105e6, format: 'parquet', bytesPerRow: null, cores: 2 }).rows).toBe(10e6);
    expect(durationRange(estimateNativeRun({ sizeBytes: 100e9, format: 'csv', bytesPerRow: 30, cores: 2 }))).toMatchObject({ unit: 'hours' });
    expect(durationRange(estimateNativeRun({ sizeBytes: 20e6, format: 'csv', bytesPerRow: 40, cores: 2 }))).toEqual({ unit: 'under-minute' });
  });

  it('the range never collapses to one figure', () => {
    for (const sizeBytes of [1e9, 3e9, 3e10]) {
      const range = durationRange(estimateNativeRun({ sizeBytes, format: 'csv', bytesPerRow: 35, cores: 4 }));
      if (range.unit !== 'under-minute') expect(range.to).toBeGreaterThan(range.from);
    }
  });
});
