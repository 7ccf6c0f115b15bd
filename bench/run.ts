// npm run bench: the app in Chromium against native DuckDB and pandas on the same files, in one
// run, and the app's views and segment editor on the same results (interactions.ts). Prints one
// table (medians of the timed runs after a warm-up) with the machine, and writes
// bench/results.json and BENCHMARKS.md. Options: --datasets a,b (names below), --runs N,
// --warmup N, --quick (1 run, no warm-up, no 10 M / 30 M / 100 M), --no-pandas,
// --engines tab,cli-native,native,pandas (the paths to run; default all), for the command line's
// native engine and the native peer --memory-limit 8GB and --temp-dir DIR (where they spill;
// default a folder in the bench's temporary folder), and --section NAME: write the measured block between
// `<!-- bench:NAME:start -->` and `<!-- bench:NAME:end -->` of BENCHMARKS.md and the rows to
// bench/results-NAME.json, leaving the full run's "Last run" block and results.json as they are
// (for a run of only some sizes or paths, e.g. --datasets synthetic-100m --engines cli-native).

import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startStaticServer } from '../test/e2e/helpers/static-server';
import { runBrowser, type BrowserResult, type BrowserRun } from './browser';
import { compareScores } from './agree';
import { generateOrders } from './generate';
import { runNative, type NativeResult, type PeerMapping } from './peers/native';
import type { CliResult } from './peers/cli';
import { runMeasured } from './peak-rss';
import { median } from './stats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHARED = path.resolve(ROOT, '../shared/data');
const TMP = path.join(os.tmpdir(), 'cvm-bench');

type Mapping = PeerMapping;

interface Dataset {
  name: string;
  rows: number;
  /** Returns the file path, or null with the reason it is skipped. */
  prepare(): Promise<string | { skip: string }>;
  mapping: Mapping;
  /** Time the views and the editor too (the tab_* and resegment_* phases). */
  interactions: boolean;
  /** Why a path is not run on this dataset, written in the table's notes. */
  skip?: Partial<Record<'tab' | 'pandas', string>>;
}

const ENGINES = ['tab', 'cli-native', 'native', 'pandas'] as const;
type Engine = (typeof ENGINES)[number];

const RETAIL: Mapping = { customer: 'CustomerID', date: 'InvoiceDate', quantity: 'Quantity', price: 'UnitPrice', order: 'InvoiceNo' };
const RETAIL_II: Mapping = { customer: 'Customer ID', date: 'InvoiceDate', quantity: 'Quantity', price: 'Price', order: 'Invoice' };
const SYNTHETIC: Mapping = { customer: 'customer_id', date: 'order_date', amount: 'amount', order: 'order_id' };

const sharedFile = (relative: string) => async () => {
  const file = path.join(SHARED, relative);
  return existsSync(file) ? file : { skip: `${file} is missing` };
};

/** Both UCI files in one CSV. Their columns are in the same order; the header is Online Retail's. */
async function bothRetailFiles(): Promise<string | { skip: string }> {
  const one = path.join(SHARED, 'online-retail/online_retail.csv');
  const two = path.join(SHARED, 'online-retail-ii/online_retail_II_year_2009-2010.csv');
  if (!existsSync(one) || !existsSync(two)) return { skip: 'one of the UCI files is missing' };
  const out = path.join(TMP, 'online-retail-both.csv');
  if (existsSync(out)) return out;
  const sink = createWriteStream(out);
  for (const [file, skipHeader] of [[one, false], [two, true]] as const) {
    await new Promise<void>((resolve, reject) => {
      let first = skipHeader;
      const source = createReadStream(file);
      source.on('data', (chunk: Buffer | string) => {
        let buffer = chunk as Buffer;
        if (first) {
          buffer = buffer.subarray(buffer.indexOf(10) + 1);
          first = false;
        }
        if (!sink.write(buffer)) source.pause(), sink.once('drain', () => source.resume());
      });
      source.on('end', resolve);
      source.on('error', reject);
    });
  }
  await new Promise((resolve) => sink.end(resolve));
  return out;
}

const synthetic = (rows: number) => async () => {
  const out = path.join(TMP, `synthetic-${rows}.csv`);
  if (!existsSync(out)) await generateOrders({ rows, seed: 20261123, file: out });
  return out;
};

// The views and the editor are not timed at 10 M and 30 M rows: they ask the engine about thirty
// questions a run, and at that size one re-score after a date change alone takes 0.8 s and 2.3 s.
const DATASETS: Dataset[] = [
  { name: 'online-retail', rows: 541_909, prepare: sharedFile('online-retail/online_retail.csv'), mapping: RETAIL, interactions: true },
  { name: 'online-retail-ii', rows: 525_461, prepare: sharedFile('online-retail-ii/online_retail_II_year_2009-2010.csv'), mapping: RETAIL_II, interactions: true },
  { name: 'online-retail-both', rows: 1_067_370, prepare: bothRetailFiles, mapping: RETAIL, interactions: true },
  { name: 'synthetic-1m', rows: 1_000_000, prepare: synthetic(1_000_000), mapping: SYNTHETIC, interactions: true },
  { name: 'synthetic-10m', rows: 10_000_000, prepare: synthetic(10_000_000), mapping: SYNTHETIC, interactions: false },
  { name: 'synthetic-30m', rows: 30_000_000, prepare: synthetic(30_000_000), mapping: SYNTHETIC, interactions: false },
  // 3.1 GB of CSV. The tab's 4 GB of wasm memory held 30 M rows at 3.25 GB; pandas took 2.4 GB
  // at 10 M rows and grows with the rows, so about 24 GB here: the whole machine.
  {
    name: 'synthetic-100m',
    rows: 100_000_000,
    prepare: synthetic(100_000_000),
    mapping: SYNTHETIC,
    interactions: false,
    skip: {
      tab: "not run: above the tab's ceiling (4 GB of wasm memory held 30 M rows at 3.25 GB)",
      pandas: 'not run: its peak grows with the rows (2.4 GB at 10 M rows), about 24 GB at 100 M, all of this machine',
    },
  },
];

interface Row {
  dataset: string;
  rows: number;
  phase: string;
  app_s: number | null;
  /** `npm run rfm -- FILE --engine native`: the app's SQL on native DuckDB (bench/peers/cli.ts). */
  cli_native_s: number | null;
  native_s: number | null;
  pandas_s: number | null;
  peak_mb: number | null;
  /** the CLI's process tree, largest RSS sum sampled every 200 ms from /proc. */
  cli_peak_mb: number | null;
}

/** What both peers report; pandas adds its peak memory. */
type PeerTiming = NativeResult & { peak_rss_mb?: number };

function mappingArgs(mapping: Mapping): string[] {
  return Object.entries(mapping).flatMap(([key, value]) => (value === undefined ? [] : [`--${key}`, String(value)]));
}

/** Debian's python3-pandas lives under /usr/bin/python3, which may not be the python3 on PATH (pyenv). */
function pandasPython(): string | null {
  for (const python of ['python3', '/usr/bin/python3']) {
    if (spawnSync(python, ['-c', 'import pandas'], { encoding: 'utf8' }).status === 0) return python;
  }
  return null;
}

function runPandas(file: string, mapping: Mapping, asOf: string | undefined, outCsv: string): PeerTiming | string {
  const args = ['bench/peers/pandas_rfm.py', file, ...mappingArgs(mapping), '--out', outCsv, ...(asOf ? ['--as-of', asOf] : [])];
  const run = spawnSync(pandasPython() ?? 'python3', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  if (run.status !== 0) return `pandas failed: ${(run.stderr || run.stdout).trim().split('\n').at(-1)}`;
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as PeerTiming;
}

async function timedPeer<T>(times: number, warmup: number, once: () => Promise<T | string>): Promise<T[] | string> {
  const timings: T[] = [];
  for (let i = 0; i < warmup + times; i++) {
    const timing = await once();
    if (typeof timing === 'string') return timing;
    if (i >= warmup) timings.push(timing);
  }
  return timings;
}

function machine(): Record<string, string> {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    /* reported as unknown */
  }
  let pandas = 'not installed';
  const python = pandasPython();
  if (python) pandas = spawnSync(python, ['-c', 'import pandas; print(pandas.__version__)'], { encoding: 'utf8' }).stdout.trim();
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: String(os.cpus().length),
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium,
    pandas,
  };
}

function emptyRow(dataset: Dataset, phase: string): Row {
  return { dataset: dataset.name, rows: dataset.rows, phase, app_s: null, cli_native_s: null, native_s: null, pandas_s: null, peak_mb: null, cli_peak_mb: null };
}

/** Without the tab, the phases the other paths report. */
const PEER_PHASES = ['file_read', 'rfm', 'end_to_end'];

function appRows(dataset: Dataset, browser: BrowserResult): Row[] {
  const pick = (f: (r: BrowserRun) => number) => median(browser.runs.map(f));
  const pickSome = (f: (r: BrowserRun) => number | null | undefined) => median(browser.runs.map(f).filter((v): v is number => v != null));
  const peak = Math.round(browser.peakRssMb);
  const row = (phase: string, app: number | null): Row => ({ ...emptyRow(dataset, phase), app_s: app, peak_mb: peak });
  return [
    row('engine_ready_first_visit', browser.engineReadyFirstVisitS),
    row('engine_ready_cached', browser.engineReadyCachedS),
    row('file_read', pick((r) => r.fileReadS)),
    row('rfm', pick((r) => r.prepareS + r.scoreS)),
    row('draw', pick((r) => r.drawS)),
    row('end_to_end', pick((r) => r.endToEndS)),
    row('rescore_bins', pick((r) => r.rescoreBinsS)),
    row('rescore_as_of', pick((r) => r.rescoreAsOfS)),
    // Kept on the device (issue 5): written after the results are shown, reopened without the file.
    row('keep_on_device', pickSome((r) => r.keepS)),
    row('reopen_kept', pickSome((r) => r.reopenS)),
    // Views and editor on the same results (issues 6 and 7): each run's median of its repetitions.
    row('tab_value', pickSome((r) => r.interactions?.valueS)),
    row('tab_health', pickSome((r) => r.interactions?.healthS)),
    row('tab_movement', pickSome((r) => r.interactions?.movementS)),
    row('tab_predict', pickSome((r) => r.interactions?.predictS)),
    row('resegment_cell', pickSome((r) => r.interactions?.cellS)),
    row('resegment_rule', pickSome((r) => r.interactions?.ruleS)),
  ];
}

const fmt = (v: number | null, digits = 3) => (v === null ? '—' : v.toFixed(digits));

function table(rows: Row[]): string {
  const header = ['dataset', 'rows', 'phase', 'app s', 'cli native s', 'native s', 'pandas s', 'app/native', 'cli/native', 'peak MB', 'cli peak MB'];
  const ratio = (a: number | null, b: number | null) => (a !== null && b ? (a / b).toFixed(2) : '—');
  const lines = rows.map((r) => [
    r.dataset,
    r.rows.toLocaleString('en'),
    r.phase,
    fmt(r.app_s),
    fmt(r.cli_native_s),
    fmt(r.native_s),
    fmt(r.pandas_s),
    ratio(r.app_s, r.native_s),
    ratio(r.cli_native_s, r.native_s),
    r.peak_mb === null ? '—' : String(r.peak_mb),
    r.cli_peak_mb === null ? '—' : String(r.cli_peak_mb),
  ]);
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** The CLI's native engine in a process of its own, timed per phase, its process tree's peak RSS sampled. */
async function runCliNative(file: string, mapping: Mapping, asOf: string | undefined, outCsv: string, native: { memoryLimit?: string; tempDir: string }): Promise<(CliResult & { peak_rss_mb: number | null; process_s: number }) | string> {
  const args = ['--import', 'tsx', 'bench/peers/cli.ts', file, '--engine', 'native', ...mappingArgs(mapping), '--out', outCsv, '--temp-dir', native.tempDir];
  if (native.memoryLimit) args.push('--memory-limit', native.memoryLimit);
  if (asOf) args.push('--as-of', asOf);
  const run = await runMeasured(process.execPath, args, ROOT);
  if (run.status !== 0) return `cli native failed: ${(run.stderr || run.stdout).trim().split('\n').at(-1)}`;
  const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as CliResult;
  return { ...result, peak_rss_mb: run.peakRssMb, process_s: run.wallS };
}

/** The load average as `uptime` prints it: the machine is shared, so every figure is "under load". */
function load(): string {
  return os.loadavg().map((l) => l.toFixed(2)).join(', ');
}

async function main() {
  const { values } = parseArgs({
    options: {
      datasets: { type: 'string' },
      engines: { type: 'string' },
      runs: { type: 'string', default: '3' },
      warmup: { type: 'string', default: '1' },
      quick: { type: 'boolean', default: false },
      'no-pandas': { type: 'boolean', default: false },
      'memory-limit': { type: 'string' },
      'temp-dir': { type: 'string' },
      section: { type: 'string' },
    },
  });
  const runs = values.quick ? 1 : Number(values.runs);
  const warmup = values.quick ? 0 : Number(values.warmup);
  const wanted = values.datasets?.split(',') ?? DATASETS.map((d) => d.name).filter((n) => !values.quick || !/10m|30m|100m/.test(n));
  const unknownDataset = wanted.find((n) => !DATASETS.some((d) => d.name === n));
  if (unknownDataset) throw new Error(`unknown dataset ${unknownDataset}; known: ${DATASETS.map((d) => d.name).join(', ')}`);
  const engines = new Set((values.engines?.split(',') ?? [...ENGINES]) as Engine[]);
  const unknownEngine = [...engines].find((e) => !ENGINES.includes(e));
  if (unknownEngine) throw new Error(`unknown engine ${unknownEngine}; known: ${ENGINES.join(', ')}`);
  if (values['no-pandas']) engines.delete('pandas');
  if (values.section !== undefined && !/^[a-z0-9-]+$/.test(values.section)) throw new Error('--section: lower-case letters, digits and hyphens');
  // A folder of its own: DuckDB may remove a spill folder it made, and TMP holds the generated files.
  const cliNative = { memoryLimit: values['memory-limit'], tempDir: path.resolve(values['temp-dir'] ?? path.join(TMP, 'spill')) };
  mkdirSync(cliNative.tempDir, { recursive: true });

  const info = machine();
  console.log('Machine:', Object.entries(info).map(([k, v]) => `${k}: ${v}`).join(' · '));
  if (engines.has('pandas') && spawnSync('bash', ['bench/peers/ensure-pandas.sh'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) {
    console.log('pandas is not available: the pandas column is skipped (see the message above).');
    engines.delete('pandas');
  }

  const selected = DATASETS.filter((d) => wanted.includes(d.name));
  const needsTab = engines.has('tab') && selected.some((d) => !d.skip?.tab);
  let server: Awaited<ReturnType<typeof startStaticServer>> | null = null;
  if (needsTab) {
    console.log('Building the app…');
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'ignore' });
    server = await startStaticServer(path.join(ROOT, 'dist'));
  }
  const rows: Row[] = [];
  const notes: string[] = [];
  if (engines.has('cli-native')) {
    notes.push(`cli native: \`npm run rfm -- FILE --engine native\`'s own calls (bench/peers/cli.ts) in a process of its own, DuckDB's default threads (every core)${cliNative.memoryLimit ? `, --memory-limit ${cliNative.memoryLimit}` : ''}, spilling to ${cliNative.tempDir} (the native peer: the same limit and folder); NTILE, 5 bins. Its file_read is the open (sniffer, preview, column profile), rfm the import (every line parsed, the report counted, the orders) and the scoring, end_to_end DuckDB opened to the scores CSV written; cli peak MB the process tree's RSS, the largest sum sampled every 200 ms from /proc.`);
  }

  try {
    for (const dataset of selected) {
      const prepared = await dataset.prepare();
      if (typeof prepared !== 'string') {
        console.log(`SKIPPED ${dataset.name}: ${prepared.skip}`);
        notes.push(`${dataset.name}: skipped, ${prepared.skip}.`);
        continue;
      }
      const sizeMb = statSync(prepared).size / 2 ** 20;
      const loadBefore = load();
      console.log(`\n${dataset.name}: ${dataset.rows.toLocaleString('en')} rows, ${sizeMb.toFixed(0)} MB; load average ${loadBefore}`);
      // The largest files get one timed run and no warm-up: three would take most of an hour here.
      const huge = dataset.rows > 10_000_000;
      const [dsRuns, dsWarmup] = huge ? [1, 0] : [runs, warmup];
      if (huge && runs > 1) notes.push(`${dataset.name}: one timed run without warm-up (each run takes minutes).`);
      for (const engine of ['tab', 'pandas'] as const) {
        if (engines.has(engine) && dataset.skip?.[engine]) notes.push(`${dataset.name}: ${engine === 'tab' ? 'the tab' : 'pandas'} ${dataset.skip[engine]}.`);
      }

      let browser: BrowserResult | null = null;
      const appCsv = path.join(TMP, `${dataset.name}-app-ntile.csv`);
      if (server && engines.has('tab') && !dataset.skip?.tab) {
        if (!dataset.interactions) notes.push(`${dataset.name}: views and editor (tab_*, resegment_*) not timed at this size (about thirty engine queries a run, seconds each here).`);
        browser = await runBrowser({ baseUrl: server.url, file: prepared, runs: dsRuns, warmup: dsWarmup, ntileCsv: appCsv, interactions: dataset.interactions });
        if (browser.error) notes.push(`${dataset.name}: the app stopped: ${browser.error}.`);
        notes.push(
          `${dataset.name}: wasm memory ${browser.wasmMb.toFixed(0)} MB, main-thread JS heap ${browser.jsHeapMb.toFixed(0)} MB, longest main-thread task ${browser.longestTaskMs > 0 ? `${browser.longestTaskMs.toFixed(0)} ms` : 'under 50 ms (no long task observed)'}.`,
        );
        const predictTasks = browser.runs.map((r) => r.interactions?.predictLongestTaskMs).filter((m): m is number => m !== undefined);
        if (predictTasks.length > 0) {
          const worst = Math.max(...predictTasks);
          notes.push(`${dataset.name}: longest main-thread task while the prediction was fitted ${worst > 0 ? `${worst.toFixed(0)} ms` : 'under 50 ms (no long task observed)'}.`);
        }
        console.log(`  app: ${browser.error ?? 'ok'}; peak RSS ${browser.peakRssMb.toFixed(0)} MB`);
      }
      const datasetRows = browser ? appRows(dataset, browser) : PEER_PHASES.map((phase) => emptyRow(dataset, phase));

      let asOf = browser?.ntileAsOf;
      const cliCsv = path.join(TMP, `${dataset.name}-cli-native.csv`);
      const cli = engines.has('cli-native')
        ? await timedPeer(dsRuns, dsWarmup, async () => {
            const timing = await runCliNative(prepared, dataset.mapping, asOf, cliCsv, cliNative);
            if (typeof timing !== 'string') console.log(`  cli native: ${JSON.stringify(timing)}`);
            return typeof timing === 'string' ? timing : { ...timing, read_s: timing.open_s, rfm_s: timing.prepare_s + timing.score_s };
          })
        : 'cli native skipped';
      if (typeof cli !== 'string') {
        asOf ??= cli[0].asOf;
        const peak = Math.max(...cli.map((t) => t.peak_rss_mb ?? 0));
        const phase = (key: 'start_s' | 'open_s' | 'prepare_s' | 'score_s' | 'export_s' | 'process_s') => median(cli.map((t) => t[key]))!.toFixed(1);
        notes.push(
          `${dataset.name}: cli native phases (s): start ${phase('start_s')}, open ${phase('open_s')}, prepare ${phase('prepare_s')}, score ${phase('score_s')}, scores CSV ${phase('export_s')}; the process ${phase('process_s')} s from spawn to exit; peak RSS ${peak.toFixed(0)} MB.`,
        );
        for (const row of datasetRows) row.cli_peak_mb = Math.round(peak);
      }
      const nativeCsv = path.join(TMP, `${dataset.name}-native.csv`);
      const native = engines.has('native') ? await timedPeer<PeerTiming>(dsRuns, dsWarmup, () => runNative({ file: prepared, mapping: dataset.mapping, asOf, outCsv: nativeCsv, memoryLimit: cliNative.memoryLimit, tempDirectory: cliNative.tempDir })) : 'native skipped';
      const pandasCsv = path.join(TMP, `${dataset.name}-pandas.csv`);
      const pandas = engines.has('pandas') && !dataset.skip?.pandas ? await timedPeer<PeerTiming>(dsRuns, dsWarmup, async () => runPandas(prepared, dataset.mapping, asOf, pandasCsv)) : 'pandas skipped';
      for (const [name, timings] of [['cli_native', cli], ['native', native], ['pandas', pandas]] as const) {
        if (typeof timings === 'string') {
          if (!timings.endsWith(' skipped')) notes.push(`${dataset.name}: ${name}: ${timings}`);
          continue;
        }
        const key = `${name}_s` as const;
        for (const row of datasetRows) {
          if (row.phase === 'file_read') row[key] = median(timings.map((t) => t.read_s));
          if (row.phase === 'rfm') row[key] = median(timings.map((t) => t.rfm_s));
          if (row.phase === 'end_to_end') row[key] = median(timings.map((t) => t.total_s));
        }
        if (name === 'pandas' && timings[0]?.peak_rss_mb) notes.push(`${dataset.name}: pandas peak RSS ${timings[0].peak_rss_mb.toFixed(0)} MB.`);
      }
      rows.push(...datasetRows);
      notes.push(`${dataset.name}: load average (1, 5, 15 min) ${loadBefore} before, ${load()} after.`);

      const files: Record<string, string> = {};
      if (browser?.ntileCsv) files.app = browser.ntileCsv;
      if (typeof cli !== 'string') files.cli = cliCsv;
      if (typeof native !== 'string') files.native = nativeCsv;
      if (typeof pandas !== 'string') files.pandas = pandasCsv;
      if (Object.keys(files).length >= 2) {
        const agreement = compareScores(files);
        const summary = Object.keys(files).map((k) => `${k} ${agreement.customers[k]} customers, revenue ${agreement.revenue[k].toFixed(2)}`).join('; ');
        const verdict = agreement.disagreements.length === 0 ? 'all agree on every customer’s R, F and M (equal-size groups, 5 bins)' : `DISAGREE:\n${agreement.disagreements.join('\n')}`;
        console.log(`  agreement: ${summary}; ${verdict}`);
        notes.push(`${dataset.name}: ${summary}; ${verdict}.`);
      }
      console.log(table(datasetRows));
    }
  } finally {
    await server?.stop();
  }

  console.log(`\nMachine: ${Object.entries(info).map(([k, v]) => `${k}: ${v}`).join(' · ')}`);
  console.log(`Medians of ${runs} run(s) after ${warmup} warm-up run(s).`);
  console.log(table(rows));
  for (const note of notes) console.log(`- ${note}`);

  const section = values.section;
  await writeFile(path.join(ROOT, section ? `bench/results-${section}.json` : 'bench/results.json'), `${JSON.stringify(rows, null, 2)}\n`);
  await writeBenchmarksMd(renderMarkdown(info, runs, warmup, rows, notes, section), section);
  console.log(`\nWrote ${section ? `bench/results-${section}.json and the "${section}" block` : 'bench/results.json and the measured section'} of BENCHMARKS.md.`);
}

const START = '<!-- bench:start (written by npm run bench) -->';
const END = '<!-- bench:end -->';

/** Replaces the measured block of BENCHMARKS.md (the full run's, or a section's), keeping the analysis written around it. */
async function writeBenchmarksMd(block: string, section?: string): Promise<void> {
  const file = path.join(ROOT, 'BENCHMARKS.md');
  const [start, end] = section ? [`<!-- bench:${section}:start (written by npm run bench -- --section ${section}) -->`, `<!-- bench:${section}:end -->`] : [START, END];
  const current = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${start}\n${end}\n`;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next = from >= 0 && to > from
    ? `${current.slice(0, from + start.length)}\n${block}\n${current.slice(to)}`
    : `${current.trimEnd()}\n\n${start}\n${block}\n${end}\n`;
  await writeFile(file, next);
}

function renderMarkdown(info: Record<string, string>, runs: number, warmup: number, rows: Row[], notes: string[], section?: string): string {
  return [
    section ? `### Measured (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)` : `## Last run (${new Date().toISOString().slice(0, 10)})`,
    '',
    Object.entries(info).map(([k, v]) => `- ${k}: ${v}`).join('\n'),
    '',
    `Medians of ${runs} run(s) after ${warmup} warm-up run(s). Phases: \`file_read\` file chosen to file read; \`rfm\` orders, customers and scores (app: prepare + score); \`draw\` scores to charts drawn; \`end_to_end\` file chosen to segments drawn (without the time spent on the mapping screen); \`rescore_*\` a settings change to charts redrawn; \`keep_on_device\` scores to the dataset's copy written on the device; \`reopen_kept\` a kept dataset opened from the start page to segments drawn. On the same results at 5 bins and the default as-of date, medians of their repetitions in each run: \`tab_value\`, \`tab_health\` a click on the tab to its figures on screen (five clicks); \`tab_movement\` a new start date in the movement view to its matrix (five dates); \`resegment_cell\` a cell painted in the segment editor to the new segment totals (\`cvm:config-changed\` to \`cvm:scored\`, seven cells); \`resegment_rule\` the Forgotten rule added, the same marks (once). Peak MB: all Chromium processes' RSS, the views and editor included.`,
    '',
    table(rows),
    '',
    ...notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}

await main();
