// npm run pollution [-- --corpus DIR] [--only KIND]: how much of each polluted file's true table
// three loaders recover, scored as Pollock scores a loader (score.ts). Without --corpus the
// seeded corpus is generated first (generate.ts); DIR is laid out like Pollock's polluted_files/
// (DIR/csv/NAME.csv, DIR/clean/NAME.csv, optional DIR/manifest.json naming each file's kind).
// Our exports are kept in bench/tmp/pollution-loaded/ to see what went wrong, every file's
// scores in bench/tmp/pollution-results.json.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseCsv } from './csv';
import { DEFAULT_DIR, generateCorpus } from './generate';
import { createLoaders, type LoadResult } from './loaders';
import { hasNoHeader } from './polluted-file';
import { kindOf, reportLines, type FileResult } from './report';
import { scoreFile } from './score';

const LOADED_DIR = fileURLToPath(new URL('../tmp/pollution-loaded/', import.meta.url));
const RESULTS_FILE = fileURLToPath(new URL('../tmp/pollution-results.json', import.meta.url));

function kinds(dir: string): Record<string, string> {
  const manifest = path.join(dir, 'manifest.json');
  return existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, string>) : {};
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { corpus: { type: 'string' }, only: { type: 'string' } } });
  const dir = values.corpus ? path.resolve(values.corpus) : DEFAULT_DIR;
  if (!values.corpus) generateCorpus(dir);
  const manifest = kinds(dir);
  const names = readdirSync(path.join(dir, 'csv'))
    .filter((file) => file.endsWith('.csv'))
    .map((file) => file.slice(0, -4))
    .filter((name) => existsSync(path.join(dir, 'clean', `${name}.csv`)))
    .sort();
  const selected = names.filter((name) => !values.only || kindOf(name, manifest) === values.only || name.includes(values.only));
  if (selected.length === 0) throw new Error(`no files to score in ${dir}${values.only ? ` for ${values.only}` : ''}`);

  rmSync(LOADED_DIR, { recursive: true, force: true });
  mkdirSync(LOADED_DIR, { recursive: true });
  const { loaders, close } = await createLoaders();
  const results: FileResult[] = [];
  try {
    for (const name of selected) {
      const file = path.join(dir, 'csv', `${name}.csv`);
      const truth = { table: parseCsv(readFileSync(path.join(dir, 'clean', `${name}.csv`), 'utf8')), noHeader: hasNoHeader(name) };
      const loads: LoadResult[] = [];
      for (const loader of loaders) loads.push(await loader.load(file));
      const ours = loads[0];
      if (ours.ok && ours.csv !== undefined) writeFileSync(path.join(LOADED_DIR, `${name}.csv`), ours.csv);
      results.push({
        name,
        kind: kindOf(name, manifest),
        truth,
        loads,
        scores: loads.map((load) => scoreFile(truth, load.ok ? load.table : null)),
      });
    }
  } finally {
    close();
  }
  for (const line of reportLines(results, loaders.map((l) => l.name))) console.log(line);
  // Every file's scores, to compare two runs or look one file up.
  const perFile = results.map((r) => ({ name: r.name, kind: r.kind, scores: Object.fromEntries(loaders.map((l, i) => [l.name, r.scores[i]])) }));
  writeFileSync(RESULTS_FILE, JSON.stringify(perFile, null, 1) + '\n');
}

await main();
