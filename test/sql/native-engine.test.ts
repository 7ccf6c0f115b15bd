// Native DuckDB behind the engine's Database (cli/native/): its settings are the command line's,
// it downloads nothing, it leaves no folder behind, and every type a statement can return comes
// back as DuckDB-WASM's Arrow rows do (worker/arrow.ts with DUCKDB_CONFIG's casts).
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '../../src/cli/duckdb-node';
import type { NodeDatabase } from '../../src/worker/database';

let parent: string;
let native: NodeDatabase;
let wasm: NodeDatabase;
beforeAll(async () => {
  parent = mkdtempSync(path.join(tmpdir(), 'cvm-native-test-'));
  native = await createNodeDatabase('native', { threads: 1, memoryLimit: '1GB', tempDirectory: parent });
  wasm = await createNodeDatabase('wasm');
});
afterAll(() => {
  wasm.close();
  rmSync(parent, { recursive: true, force: true });
});

const one = (db: NodeDatabase, sql: string) => db.query(sql, []).rows[0] as Record<string, unknown>;

describe('native DuckDB as the command line opens it', () => {
  it('takes --threads and --memory-limit, spills into its own folder, reads time stamps in UTC and downloads nothing', () => {
    expect(one(native, "SELECT current_setting('threads') AS t, current_setting('memory_limit') AS m, current_setting('TimeZone') AS z")).toEqual({ t: 1, m: '953.6 MiB', z: 'UTC' });
    expect(one(native, "SELECT current_setting('autoload_known_extensions') AS a, current_setting('autoinstall_known_extensions') AS i")).toEqual({ a: false, i: false });
    const spill = String(one(native, "SELECT current_setting('temp_directory') AS d").d);
    expect(path.dirname(path.dirname(spill))).toBe(parent);
    expect(path.basename(path.dirname(spill))).toMatch(new RegExp(`^cvm-lab-${process.pid}-`));
  });

  it('has parquet and json built in, so nothing would be fetched for them', () => {
    const loaded = native.query("SELECT extension_name AS name FROM duckdb_extensions() WHERE loaded ORDER BY 1", []).rows.map((r) => (r as { name: string }).name);
    expect(loaded).toEqual(expect.arrayContaining(['parquet', 'json']));
  });

  it('binds parameters as DuckDB-WASM does: every number as DOUBLE, whole ones too', () => {
    const sql = 'SELECT typeof($1) AS a, typeof($2) AS b, typeof($3) AS c, typeof($4) AS d, typeof($5) AS e';
    const params = [1, 2 ** 40, 1.5, 'x', true] as const;
    expect(native.query(sql, params).rows).toEqual(wasm.query(sql, params).rows);
    expect(native.query(sql, params).rows).toEqual([{ a: 'DOUBLE', b: 'DOUBLE', c: 'DOUBLE', d: 'VARCHAR', e: 'BOOLEAN' }]);
  });

  it('returns every type as DuckDB-WASM does', () => {
    // Lists and structs of BIGINT are left out: DuckDB-WASM's cast to double garbles them (1 becomes 5e-324); no statement returns one.
    const sql = `SELECT 1::TINYINT AS a, 2::BIGINT AS b, 9007199254740993::BIGINT AS b2, 3::HUGEINT AS c, sum(x) AS s, 1.23::DECIMAL(18,2) AS d,
      123456789012.345678::DECIMAL(38,6) AS d2, 1.1::FLOAT AS f, DATE '2024-01-02' AS dt, DATE '1969-12-31' AS early,
      TIMESTAMP '2024-01-02 03:04:05.678901' AS ts, TIMESTAMPTZ '2024-01-02 03:04:05.678+03' AS tz, TIME '01:02:03' AS tm,
      [1, 2]::INTEGER[] AS l, {'k': 'v', 'n': 2::INTEGER} AS st, 'x'::BLOB AS bl, uuid '00000000-0000-0000-0000-000000000001' AS u,
      5::UBIGINT AS ub, MAP {'a': 1} AS m, 1::UTINYINT AS ut, 'nan'::DOUBLE AS nan, NULL::BIGINT AS n, 'text' AS t, true AS yes
      FROM (VALUES (1), (2)) v(x)`;
    const w = wasm.query(sql, []);
    const n = native.query(sql, []);
    expect(n.columns).toEqual(w.columns);
    expect(n.rows).toEqual(w.rows);
  });

  it('names an error as DuckDB does', () => {
    expect(() => native.query('SELECT * FROM no_such_table', [])).toThrow(/no_such_table/);
  });

  it('removes its own folder when closed, never the folder it was given', async () => {
    const other = await createNodeDatabase('native', { threads: 1, memoryLimit: null, tempDirectory: parent });
    other.registerFileBuffer('x.csv', new TextEncoder().encode('a\n1\n'));
    expect(readdirSync(parent).length).toBe(2);
    other.close();
    expect(readdirSync(parent).length).toBe(1);
    native.close();
    expect(readdirSync(parent)).toEqual([]);
    expect(existsSync(parent)).toBe(true);
  });
});
