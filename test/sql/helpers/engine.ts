import path from 'node:path';
import { existsSync } from 'node:fs';
import type { DuckDBBindings } from '@duckdb/duckdb-wasm/blocking';
import { createNodeEngine } from '../../../src/cli/duckdb-node';
import { fileSource } from '../../../src/cli/file-source';
import { parquetToIpcNode } from '../../../src/cli/parquet-node';
import { openSource } from '../../../src/worker/engine/open-source';
import type { AnalysisEngine } from '../../../src/worker/engine/analysis-engine';
import type { DatasetInfo, ScoringSettings } from '../../../src/lib/engine/api';
import { segmentationInput, type SegmentationInput } from '../../../src/lib/archetypes/segment';
import { effectiveBins } from '../../../src/lib/rfm/settings';
import { cliConfig } from '../../../src/cli/summary-text';

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
