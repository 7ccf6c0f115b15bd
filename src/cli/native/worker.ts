// Native DuckDB's own thread: @duckdb/node-api answers only with promises, so it runs here and
// the engine's thread waits for each answer (sync-bridge.ts). One request at a time.

import { workerData, type MessagePort } from 'node:worker_threads';
import { DuckDBInstance, type DuckDBConnection, type DuckDBPreparedStatement } from '@duckdb/node-api';
import type { SqlParams } from '../../worker/sql-statement';
import type { NativeReply, NativeRequest, NativeSettings } from './protocol';
import { plainValue } from './values';

const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };

let instance: DuckDBInstance | null = null;
let connection: DuckDBConnection | null = null;

async function open(settings: NativeSettings): Promise<void> {
  instance = await DuckDBInstance.create(':memory:', {
    // Nothing is downloaded: parquet and json are built into the native package, the rest is refused.
    autoload_known_extensions: 'false',
    autoinstall_known_extensions: 'false',
    temp_directory: settings.tempDirectory,
    ...(settings.threads === null ? {} : { threads: String(settings.threads) }),
    ...(settings.memoryLimit === null ? {} : { memory_limit: settings.memoryLimit }),
  });
  connection = await instance.connect();
  // DuckDB-WASM has no ICU and reads TIMESTAMPTZ in UTC; the native build has ICU and would use the machine's zone.
  await connection.run("SET TimeZone = 'UTC'");
}

/** As DuckDB-WASM binds a JS value: every number as DOUBLE (whole ones too), NaN and infinities as NULL (its bindings pass parameters as JSON). */
function bind(prepared: DuckDBPreparedStatement, params: SqlParams): void {
  params.forEach((value, i) => {
    const index = i + 1;
    if (value === null || (typeof value === 'number' && !Number.isFinite(value))) prepared.bindNull(index);
    else if (typeof value === 'string') prepared.bindVarchar(index, value);
    else if (typeof value === 'boolean') prepared.bindBoolean(index, value);
    else prepared.bindDouble(index, value);
  });
}

async function query(sql: string, params: SqlParams): Promise<NativeReply> {
  if (connection === null) throw new Error('native DuckDB is not open');
  let reader;
  if (params.length === 0) reader = await connection.runAndReadAll(sql);
  else {
    const prepared = await connection.prepare(sql);
    try {
      bind(prepared, params);
      reader = await prepared.runAndReadAll();
    } finally {
      prepared.destroySync();
    }
  }
  const columns = reader.columnNames();
  const rows = reader.getRows().map((values) => Object.fromEntries(values.map((v, i) => [columns[i], plainValue(v)])));
  return { ok: true, result: { rows, columns } };
}

async function answer(request: NativeRequest): Promise<NativeReply> {
  switch (request.op) {
    case 'open':
      await open(request.settings);
      return { ok: true, result: { rows: [], columns: [] } };
    case 'query':
      return query(request.sql, request.params);
    case 'close':
      connection?.closeSync();
      instance?.closeSync();
      connection = null;
      instance = null;
      return { ok: true, result: { rows: [], columns: [] } };
  }
}

port.on('message', (request: NativeRequest) => {
  answer(request)
    .catch((error: unknown): NativeReply => ({ ok: false, message: error instanceof Error ? error.message : String(error) }))
    .then((reply) => {
      port.postMessage(reply);
      Atomics.store(signal, 0, 1);
      Atomics.notify(signal, 0);
      if (request.op === 'close') port.close();
    });
});
