// The engine's typed layer over a Database (database.ts): statements of the SQL catalog by their
// typed handles, parameters always bound. Synchronous because the engine runs on DuckDB's
// blocking bindings (inside our worker in the browser, in-process in Node) or, natively, on a
// bridge that waits for DuckDB's thread (cli/native/sync-bridge.ts).

import type { Database } from './database';
import type { SqlCatalog } from './sql-catalog';
import {
  fillTemplate,
  statement,
  type FilledSql,
  type ParamArgs,
  type SqlParams,
  type Statement,
  type Template,
  type TemplateValue,
} from './sql-statement';

const MACROS = statement('shared/macros');

export class Db {
  readonly database: Database;
  private readonly sql: SqlCatalog;

  constructor(database: Database, sql: SqlCatalog) {
    this.database = database;
    this.sql = sql;
    this.database.query(this.text(MACROS.name), []);
  }

  /** Runs a statement (or a filled template) and returns plain rows. */
  rows<P extends SqlParams, R>(sql: Statement<P, R> | FilledSql<P, R>, ...args: ParamArgs<NoInfer<P>>): R[] {
    return this.table(sql, args[0] ?? []).rows;
  }

  /** Plain rows and the result's column names in order, which rows alone lose when there are none. */
  rowsAndColumns<P extends SqlParams, R>(sql: Statement<P, R> | FilledSql<P, R>, ...args: ParamArgs<NoInfer<P>>): { rows: R[]; columns: string[] } {
    return this.table(sql, args[0] ?? []);
  }

  private table<R>(sql: Statement<SqlParams, R> | FilledSql<SqlParams, R>, params: SqlParams): { rows: R[]; columns: string[] } {
    const text = sql.kind === 'filled' ? sql.text : this.text(sql.name);
    const { rows, columns } = this.database.query(text, params);
    return { rows: rows as R[], columns };
  }

  run<P extends SqlParams, R>(sql: Statement<P, R> | FilledSql<P, R>, ...args: ParamArgs<NoInfer<P>>): void {
    this.rows(sql, ...args);
  }

  /** A template with every placeholder filled; fragments come from the catalog. */
  fill<P extends SqlParams, K extends string, R>(template: Template<P, K, R>, values: Readonly<Record<NoInfer<K>, TemplateValue>>): FilledSql<P, R> {
    return { kind: 'filled', text: fillTemplate(this.text(template.name), values, (fragment) => this.text(fragment.name)) };
  }

  insertArrowIpc(table: string, ipc: Uint8Array): void {
    this.database.insertArrowIpc(table, ipc);
  }

  dropTable(table: 'arrow_import'): void {
    this.database.query(`DROP TABLE IF EXISTS ${table}`, []);
  }

  private text(name: string): string {
    const text = this.sql[name];
    if (text === undefined) throw new Error(`no SQL statement named ${name}`);
    return text;
  }
}
