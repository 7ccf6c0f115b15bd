// npm run bench: the app in Chromium against native DuckDB and pandas on the same files, in one
// run, and the app's views and segment editor on the same results (interactions.ts). Prints one
// table (medians of the timed runs after a warm-up) with the machine, and writes
// bench/results.json and BENCHMARKS.md. Options: --datasets a,b (names below), --runs N,
// --warmup N, --quick (1 run, no warm-up, no 10 M / 30 M), --no-pandas.

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
}

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
];

interface Row {
  dataset: string;
  rows: number;
  phase: string;
  app_s: number | null;
  native_s: number | null;
  pandas_s: number | null;
  peak_mb: number | null;
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

async function timedPeer(times: number, warmup: number, once: () => Promise<PeerTiming | string>): Promise<PeerTiming[] | string> {
  const timings: PeerTiming[] = [];
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

function appRows(dataset: Dataset, browser: BrowserResult): Row[] {
  const pick = (f: (r: BrowserRun) => number) => median(browser.runs.map(f));
  const pickSome = (f: (r: BrowserRun) => number | null | undefined) => median(browser.runs.map(f).filter((v): v is number => v != null));
  const peak = Math.round(browser.peakRssMb);
  const row = (phase: string, app: number | null): Row => ({ dataset: dataset.name, rows: dataset.rows, phase, app_s: app, native_s: null, pandas_s: null, peak_mb: peak });
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
  const header = ['dataset', 'rows', 'phase', 'app s', 'native s', 'pandas s', 'app/native', 'peak MB'];
  const lines = rows.map((r) => [
    r.dataset,
    r.rows.toLocaleString('en'),
    r.phase,
    fmt(r.app_s),
    fmt(r.native_s),
    fmt(r.pandas_s),
    r.app_s !== null && r.native_s ? (r.app_s / r.native_s).toFixed(2) : '—',
    r.peak_mb === null ? '—' : String(r.peak_mb),
  ]);
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: {
      datasets: { type: 'string' },
      runs: { type: 'string', default: '3' },
      warmup: { type: 'string', default: '1' },
      quick: { type: 'boolean', default: false },
      'no-pandas': { type: 'boolean', default: false },
    },
  });
  const runs = values.quick ? 1 : Number(values.runs);
  const warmup = values.quick ? 0 : Number(values.warmup);
  const wanted = values.datasets?.split(',') ?? DATASETS.map((d) => d.name).filter((n) => !values.quick || !/10m|30m/.test(n));
  mkdirSync(TMP, { recursive: true });

  const info = machine();
  console.log('Machine:', Object.entries(info).map(([k, v]) => `${k}: ${v}`).join(' · '));
  let usePandas = !values['no-pandas'];
  if (usePandas && spawnSync('bash', ['bench/peers/ensure-pandas.sh'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) {
    console.log('pandas is not available: the pandas column is skipped (see the message above).');
    usePandas = false;
  }

  console.log('Building the app…');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'ignore' });
  const server = await startStaticServer(path.join(ROOT, 'dist'));
  const rows: Row[] = [];
  const notes: string[] = [];

  try {
    for (const dataset of DATASETS.filter((d) => wanted.includes(d.name))) {
      const prepared = await dataset.prepare();
      if (typeof prepared !== 'string') {
        console.log(`SKIPPED ${dataset.name}: ${prepared.skip}`);
        notes.push(`${dataset.name}: skipped, ${prepared.skip}.`);
        continue;
      }
      const sizeMb = statSync(prepared).size / 2 ** 20;
      console.log(`\n${dataset.name}: ${dataset.rows.toLocaleString('en')} rows, ${sizeMb.toFixed(0)} MB`);
      const appCsv = path.join(TMP, `${dataset.name}-app-ntile.csv`);
      // The largest files get one timed run and no warm-up: three would take most of an hour here.
      const huge = dataset.rows > 10_000_000;
      const [dsRuns, dsWarmup] = huge ? [1, 0] : [runs, warmup];
      if (huge && runs > 1) notes.push(`${dataset.name}: one timed run without warm-up (each run takes minutes).`);
      if (!dataset.interactions) notes.push(`${dataset.name}: views and editor (tab_*, resegment_*) not timed at this size (about thirty engine queries a run, seconds each here).`);
      const browser = await runBrowser({ baseUrl: server.url, file: prepared, runs: dsRuns, warmup: dsWarmup, ntileCsv: appCsv, interactions: dataset.interactions });
      const datasetRows = appRows(dataset, browser);
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

      const asOf = browser.ntileAsOf;
      const nativeCsv = path.join(TMP, `${dataset.name}-native.csv`);
      const native = await timedPeer(dsRuns, dsWarmup, () => runNative({ file: prepared, mapping: dataset.mapping, asOf, outCsv: nativeCsv }));
      const pandasCsv = path.join(TMP, `${dataset.name}-pandas.csv`);
      const pandas = usePandas ? await timedPeer(dsRuns, dsWarmup, async () => runPandas(prepared, dataset.mapping, asOf, pandasCsv)) : 'pandas skipped';
      for (const [name, timings] of [['native', native], ['pandas', pandas]] as const) {
        if (typeof timings === 'string') {
          if (timings !== 'pandas skipped') notes.push(`${dataset.name}: ${name}: ${timings}`);
          continue;
        }
        const key = name === 'native' ? 'native_s' : 'pandas_s';
        for (const row of datasetRows) {
          if (row.phase === 'file_read') row[key] = median(timings.map((t) => t.read_s));
          if (row.phase === 'rfm') row[key] = median(timings.map((t) => t.rfm_s));
          if (row.phase === 'end_to_end') row[key] = median(timings.map((t) => t.total_s));
        }
        if (name === 'pandas' && timings[0]?.peak_rss_mb) notes.push(`${dataset.name}: pandas peak RSS ${timings[0].peak_rss_mb.toFixed(0)} MB.`);
      }
      rows.push(...datasetRows);

      const files: Record<string, string> = {};
      if (browser.ntileCsv) files.app = browser.ntileCsv;
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
    await server.stop();
  }

  console.log(`\nMachine: ${Object.entries(info).map(([k, v]) => `${k}: ${v}`).join(' · ')}`);
  console.log(`Medians of ${runs} run(s) after ${warmup} warm-up run(s).`);
  console.log(table(rows));
  for (const note of notes) console.log(`- ${note}`);

  await writeFile(path.join(ROOT, 'bench/results.json'), `${JSON.stringify(rows, null, 2)}\n`);
  await writeBenchmarksMd(renderMarkdown(info, runs, warmup, rows, notes));
  console.log('\nWrote bench/results.json and the measured section of BENCHMARKS.md.');
}

const START = '<!-- bench:start (written by npm run bench) -->';
const END = '<!-- bench:end -->';

/** Replaces the measured section of BENCHMARKS.md, keeping the analysis written around it. */
async function writeBenchmarksMd(section: string): Promise<void> {
  const file = path.join(ROOT, 'BENCHMARKS.md');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const next = start >= 0 && end > start
    ? `${current.slice(0, start + START.length)}\n${section}\n${current.slice(end)}`
    : `${current.trimEnd()}\n\n${START}\n${section}\n${END}\n`;
  await writeFile(file, next);
}

function renderMarkdown(info: Record<string, string>, runs: number, warmup: number, rows: Row[], notes: string[]): string {
  return [
    `## Last run (${new Date().toISOString().slice(0, 10)})`,
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
