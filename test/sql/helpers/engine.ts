import path from 'node:path';
import { existsSync } from 'node:fs';
import type { DuckDBBindings } from '@duckdb/duckdb-wasm/blocking';
import { createNodeEngine } from '../../../src/cli/duckdb-node';
import { fileSource } from '../../../src/cli/file-source';
import { parquetToIpcNode } from '../../../src/cli/parquet-node';
import { openSource } from '../../../src/worker/open-source';
import type { AnalysisEngine } from '../../../src/worker/engine';
import type { DatasetInfo } from '../../../src/lib/engine/api';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');
export const SHARED_DATA = path.resolve(import.meta.dirname, '../../../../shared/data');

export interface TestEngine {
  engine: AnalysisEngine;
  bindings: DuckDBBindings;
  open(file: string): Promise<DatasetInfo>;
  openText(name: string, text: string): DatasetInfo;
}

/** One engine per test file: starting DuckDB-WASM takes about 1.5 s. */
export async function startEngine(): Promise<TestEngine> {
  const { engine, bindings } = await createNodeEngine();
  let texts = 0;
  return {
    engine,
    bindings,
    open: (file) => openSource(engine, fileSource(path.resolve(FIXTURES, file), bindings), parquetToIpcNode),
    openText(name, text) {
      const registered = `text-${++texts}-${name}`;
      bindings.registerFileText(registered, text);
      return engine.openCsv(registered, { fileName: name, sizeBytes: text.length, format: 'csv' });
    },
  };
}

export function sharedFile(relative: string): string | null {
  const file = path.join(SHARED_DATA, relative);
  if (existsSync(file)) return file;
  console.warn(`SKIPPED: ${file} is not present (real-data tests need ../shared/data beside the repo)`);
  return null;
}
