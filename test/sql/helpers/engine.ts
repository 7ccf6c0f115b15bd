import path from 'node:path';
import { existsSync } from 'node:fs';
import { createNodeDatabase, engineOn, type EngineKind } from '../../../src/cli/duckdb-node';
import type { SqlParams } from '../../../src/worker/sql-statement';
import { openFile } from '../../../src/cli/open-file';
import type { NodeDatabase } from '../../../src/worker/database';
import type { AnalysisEngine } from '../../../src/worker/engine/analysis-engine';
import type { DatasetInfo, ScoringSettings } from '../../../src/lib/engine/api';
import { segmentationInput, type SegmentationInput } from '../../../src/lib/archetypes/segment';
import { effectiveBins } from '../../../src/lib/rfm/settings';
import { cliConfig } from '../../../src/cli/summary-text';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');
export const SHARED_DATA = path.resolve(import.meta.dirname, '../../../../shared/data');

/** What a test runs on either engine: files by their names, plain rows from SQL of its own. */
export interface TestEngine {
  kind: EngineKind;
  engine: AnalysisEngine;
  database: NodeDatabase;
  /** A fixture (relative to test/fixtures) or any path, opened as `npm run rfm` opens it on this engine. */
  open(file: string): Promise<DatasetInfo>;
  openText(name: string, text: string): DatasetInfo;
  /** Text under a name; returns the name SQL reads it by. */
  registerText(name: string, text: string): string;
  query<T>(sql: string, params?: SqlParams): T[];
}

/** The engines a parity suite runs on: `describe.each(ENGINES)`. */
export const ENGINES: readonly EngineKind[] = ['wasm', 'native'];

/**
 * The engine of startEngine(): DuckDB-WASM, the page's, unless CVM_SQL_ENGINE=native, which runs
 * any SQL suite on native DuckDB (`CVM_SQL_ENGINE=native npx vitest run --project sql test/sql/x.test.ts`).
 * The suites that run on both engines every time use startEngineOn (engine-parity.test.ts says which).
 */
export const SUITE_ENGINE: EngineKind = process.env.CVM_SQL_ENGINE === 'native' ? 'native' : 'wasm';

/** One engine per test file: starting DuckDB-WASM takes about 1.5 s. */
export function startEngine(): Promise<TestEngine> {
  return startEngineOn(SUITE_ENGINE);
}

/** Either engine; native DuckDB gets a temporary folder of its own, removed when its database is closed or the process ends. */
export async function startEngineOn(kind: EngineKind): Promise<TestEngine> {
  const database = await createNodeDatabase(kind);
  const engine = engineOn(database);
  let texts = 0;
  const registerText = (name: string, text: string) => database.registerFileBuffer(name, new TextEncoder().encode(text));
  return {
    kind,
    engine,
    database,
    open: (file) => openFile(engine, database, path.resolve(FIXTURES, file)),
    openText: (name, text) => engine.openCsv(registerText(`text-${++texts}-${name}`, text), { fileName: name, sizeBytes: text.length, format: 'csv' }),
    registerText,
    query: <T>(sql: string, params: SqlParams = []) => database.query(sql, params).rows as T[],
  };
}

export function sharedFile(relative: string): string | null {
  const file = path.join(SHARED_DATA, relative);
  if (existsSync(file)) return file;
  console.warn(`SKIPPED: ${file} is not present (real-data tests need ../shared/data beside the repo)`);
  return null;
}

/** The segmentation of the preset the settings name, on the grid they score: what `npm run rfm` segments with. */
export function presetSegmentation(settings: ScoringSettings): SegmentationInput {
  return segmentationInput(cliConfig({ ...settings, bins: effectiveBins(settings) }));
}

/** An exported CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks) as one record per line, by header name. */
export function readCsv(bytes: Uint8Array): Record<string, string>[] {
  const text = new TextDecoder().decode(bytes);
  const lines: string[][] = [];
  let line: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      line.push(field);
      field = '';
    } else if (c === '\n') {
      lines.push([...line, field]);
      line = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || line.length > 0) lines.push([...line, field]);
  const [header, ...rows] = lines;
  return rows.map((values) => Object.fromEntries(header.map((name, i) => [name, values[i]])));
}
