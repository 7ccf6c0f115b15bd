// npx tsx bench/pollution/generate.ts [--out DIR] [--seed N]: writes DIR/csv/NAME.csv (polluted),
// DIR/clean/NAME.csv (the table a perfect loader recovers, every cell quoted) and
// DIR/manifest.json (name -> kind), Pollock's folder layout. Same seed, same bytes.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pollutedCorpus } from './corpus';
import { writeQuotedCsv } from './csv';

export const DEFAULT_DIR = fileURLToPath(new URL('../tmp/pollution/', import.meta.url));
export const DEFAULT_SEED = 20261202;

export function generateCorpus(dir: string, seed = DEFAULT_SEED): number {
  const files = pollutedCorpus(seed);
  // A stale file from an earlier layout would be scored as if it belonged to this corpus.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'csv'), { recursive: true });
  mkdirSync(path.join(dir, 'clean'), { recursive: true });
  const manifest: Record<string, string> = {};
  for (const file of files) {
    if (file.name in manifest) throw new Error(`two files named ${file.name}`);
    manifest[file.name] = file.kind;
    writeFileSync(path.join(dir, 'csv', `${file.name}.csv`), file.text);
    writeFileSync(path.join(dir, 'clean', `${file.name}.csv`), writeQuotedCsv(file.clean));
  }
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
  return files.length;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, seed: { type: 'string' } } });
  const dir = path.resolve(values.out ?? DEFAULT_DIR);
  const count = generateCorpus(dir, values.seed ? Number(values.seed) : DEFAULT_SEED);
  console.log(`${count} polluted files in ${dir}`);
}
