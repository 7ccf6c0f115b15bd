// The command line's FILE on either engine. The one choice that differs: native DuckDB reads
// Parquet itself (a file, a glob such as `orders/*.parquet`, or a folder of them) with
// read_parquet; DuckDB-WASM decodes Parquet through parquet-wasm (open-source.ts) and reads one
// file at a time. Everything else (CSV, Excel, JSON, encodings) is open-source.ts on both.

import { readdirSync, statSync } from 'node:fs';
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

/** Several files read as one: only native DuckDB does that, and only for Parquet (files alike in their columns). */
export class ManyFilesError extends Error {
  constructor(
    readonly kind: 'needs-native' | 'not-parquet' | 'none',
    readonly input: string,
  ) {
    super(`${kind}: ${input}`);
  }
}

export function isGlob(input: string): boolean {
  return GLOB.test(input);
}

/** A folder's Parquet files as one glob; a folder holding no Parquet file, or other files too, is refused. */
function folderGlob(folder: string): string {
  const files = readdirSync(folder).filter((name) => statSync(path.join(folder, name)).isFile() && !name.startsWith('.'));
  if (files.length === 0) throw new ManyFilesError('none', folder);
  if (!files.every((name) => /\.parquet$/i.test(name))) throw new ManyFilesError('not-parquet', folder);
  return path.join(folder, '*.parquet');
}

export async function openFile(engine: AnalysisEngine, database: NodeDatabase, input: string, options: ImportOptions = {}): Promise<DatasetInfo> {
  const many = isGlob(input) ? input : statSync(input).isDirectory() ? folderGlob(input) : null;
  if (many !== null) {
    if (database.engine !== 'native') throw new ManyFilesError('needs-native', input);
    if (!/\.parquet$/i.test(many)) throw new ManyFilesError('not-parquet', input);
    return engine.openParquet(path.resolve(many), { fileName: path.basename(input), sizeBytes: 0, format: 'parquet' });
  }
  const source = fileSource(input, database);
  if (database.engine === 'native' && detectFileKind(source.fileName, source.sizeBytes, await source.head(DETECT_HEAD_BYTES)) === 'parquet') {
    return engine.openParquet(source.register('parquet-source'), { fileName: source.fileName, sizeBytes: source.sizeBytes, format: 'parquet' });
  }
  return openSource(engine, source, parquetToIpcNode, options);
}
