// The three loaders compared, each turning a file into a table (header row first) or a failure:
// ours is exactly `npm run rfm -- FILE --import-only --out` (src/cli/rfm.ts run(): openSource,
// then exportSourceCsv); the other two are DuckDB's own reader on the same DuckDB-WASM Node build,
// at its most forgiving and at its defaults, to tell what our own code adds or loses.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DuckDBBindings, DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import type { NodeDatabase } from '../../src/worker/database';
import { createNodeEngine } from '../../src/cli/duckdb-node';
import { fileSource } from '../../src/cli/file-source';
import { parquetToIpcNode } from '../../src/cli/parquet-node';
import { EngineError, reasonOf } from '../../src/lib/engine/errors';
import { keyOf } from '../../src/lib/i18n/keys';
import { createTranslator } from '../../src/lib/i18n/translate';
import type { AnalysisEngine } from '../../src/worker/engine/analysis-engine';
import { openSource } from '../../src/worker/engine/open-source';
import { parseCsv, type Table } from './csv';

export type LoadResult = { ok: true; table: Table; csv?: string } | { ok: false; reason: string };

export interface Loader {
  name: string;
  load(file: string): Promise<LoadResult>;
}

const t = createTranslator('en');

/** The CLI's message for a refusal, as `npm run rfm` prints it (without the flag hints). */
function refusal(error: unknown): string {
  if (error instanceof EngineError && error.code !== 'engine_failed') return t(keyOf('error', error.code), error.details);
  return `internal error: ${reasonOf(error)}`;
}

export interface Loaders {
  /** Ours first: run.ts compares it with the best of DuckDB's. */
  loaders: [ours: Loader, best: Loader, plain: Loader];
  close(): void;
}

function ours(engine: AnalysisEngine, database: NodeDatabase): Loader {
  return {
    name: 'ours',
    async load(file) {
      try {
        // One engine for every file: opening a file replaces the one open before, as in the page.
        await openSource(engine, fileSource(file, database), parquetToIpcNode, {});
        const csv = new TextDecoder().decode(engine.exportSourceCsv());
        return { ok: true, table: parseCsv(csv), csv };
      } catch (error) {
        return { ok: false, reason: refusal(error) };
      }
    },
  };
}

let registered = 0;

/** Header = the result's column names, rows = its values as text (NULL as an empty cell). */
function duckdbReader(name: string, conn: DuckDBConnection, bindings: DuckDBBindings, options: string): Loader {
  return {
    name,
    async load(file) {
      const registeredName = `pollution_${(registered += 1)}${path.extname(file)}`;
      bindings.registerFileBuffer(registeredName, new Uint8Array(readFileSync(file)));
      try {
        const result = conn.query(`SELECT * FROM read_csv('${registeredName}'${options})`);
        const header = result.schema.fields.map((field) => field.name);
        const columns = header.map((_, i) => result.getChildAt(i));
        const table: Table = [header];
        for (let row = 0; row < result.numRows; row += 1) {
          table.push(columns.map((column) => {
            const value: unknown = column?.get(row);
            return value === null || value === undefined ? '' : String(value);
          }));
        }
        return { ok: true, table };
      } catch (error) {
        return { ok: false, reason: reasonOf(error).split('\n')[0] };
      } finally {
        bindings.dropFile(registeredName);
      }
    },
  };
}

export async function createLoaders(): Promise<Loaders> {
  const { engine, database, bindings } = await createNodeEngine();
  const conn = bindings.connect();
  return {
    loaders: [
      ours(engine, database),
      duckdbReader('duckdb best', conn, bindings, ', strict_mode=false, null_padding=true, all_varchar=true'),
      duckdbReader('duckdb default', conn, bindings, ', all_varchar=true'),
    ],
    close: () => conn.close(),
  };
}
