// The command line's FILE on either engine. The one choice that differs: native DuckDB reads
// Parquet itself (read_parquet) and reads several files as one table: a glob such as
// `orders/*.parquet` or `orders/*.csv`, or a folder of them (a year per file), all Parquet or all
// CSV with one header. DuckDB-WASM decodes Parquet through parquet-wasm (open-source.ts) and reads
// one file at a time. One file of any other kind (CSV, Excel, JSON, encodings) is open-source.ts on both.

import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import type { DatasetInfo, ImportOptions } from '../lib/engine/api';
import { detectFileKind } from '../lib/engine/file-kind';
import { DETECT_HEAD_BYTES } from '../lib/import/encoding';
import type { NodeDatabase } from '../worker/database';
import type { AnalysisEngine } from '../worker/engine/analysis-engine';
import { openSource } from '../worker/engine/open-source';
import { fileSource } from './file-source';
import { parquetToIpcNode } from './parquet-node';

/** A glob's special characters as DuckDB reads them. */
const GLOB = /[*?[]/;
const PARQUET = /\.parquet$/i;
const CSV = /\.(csv|tsv|txt)$/i;

/** Several files that cannot be read as one table, or not by this engine. */
export class ManyFilesError extends Error {
  constructor(
    readonly kind: 'needs-native' | 'mixed' | 'none' | 'headers-differ',
    readonly input: string,
    /** headers-differ: the file whose first line is not the first file's. */
    readonly file: string = '',
  ) {
    super(`${kind}: ${input}${file ? ` (${file})` : ''}`);
  }
}

/** A path that exists is that file or folder, whatever its name holds ("orders [2024].csv"); only one that does not may be a glob. */
export function isGlob(input: string): boolean {
  return GLOB.test(input) && !existsSync(input);
}

/** The files a glob or a folder names, sorted, as DuckDB reads them. */
function filesOf(database: NodeDatabase, input: string, folder: boolean): string[] {
  if (folder) {
    return readdirSync(input)
      .filter((name) => !name.startsWith('.') && statSync(path.join(input, name)).isFile())
      .sort()
      .map((name) => path.join(input, name));
  }
  return database.query('SELECT file FROM glob($1) ORDER BY file', [path.resolve(input)]).rows.map((r) => (r as { file: string }).file);
}

/** Up to the first line break: files that are one table start with the same header. */
function firstLine(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const text = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
    return text.split(/\r?\n/)[0].replace(/^\uFEFF/, '');
  } finally {
    closeSync(fd);
  }
}

async function openMany(engine: AnalysisEngine, database: NodeDatabase, input: string, folder: boolean): Promise<DatasetInfo> {
  if (database.engine !== 'native') throw new ManyFilesError('needs-native', input);
  const files = filesOf(database, input, folder);
  if (files.length === 0) throw new ManyFilesError('none', input);
  const meta = { fileName: path.basename(input), sizeBytes: files.reduce((sum, file) => sum + statSync(file).size, 0) };
  // A folder is read as the glob of its files' extension, so that DuckDB reads what was checked.
  const glob = (ext: string) => (folder ? path.join(path.resolve(input), `*.${ext}`) : path.resolve(input));
  if (files.every((file) => PARQUET.test(file))) return engine.openParquet(glob('parquet'), { ...meta, format: 'parquet' });
  const extension = path.extname(files[0]).slice(1);
  if (!files.every((file) => CSV.test(file) && path.extname(file).slice(1) === extension)) throw new ManyFilesError('mixed', input);
  const header = firstLine(files[0]);
  const other = files.find((file) => firstLine(file) !== header);
  if (other !== undefined) throw new ManyFilesError('headers-differ', input, path.basename(other));
  return engine.openCsvFiles(glob(extension), { ...meta, format: 'csv' });
}

export async function openFile(engine: AnalysisEngine, database: NodeDatabase, input: string, options: ImportOptions = {}): Promise<DatasetInfo> {
  if (isGlob(input)) return openMany(engine, database, input, false);
  if (statSync(input).isDirectory()) return openMany(engine, database, input, true);
  const source = fileSource(input, database);
  if (database.engine === 'native' && detectFileKind(source.fileName, source.sizeBytes, await source.head(DETECT_HEAD_BYTES)) === 'parquet') {
    return engine.openParquet(source.register('parquet-source'), { fileName: source.fileName, sizeBytes: source.sizeBytes, format: 'parquet' });
  }
  return openSource(engine, source, parquetToIpcNode, options);
}
