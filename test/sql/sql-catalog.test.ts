// Every .sql file is declared by exactly one typed handle in the engine's code and every handle
// names a file, so a misspelt name or a file nobody runs fails here rather than in a browser.
import { describe, expect, it } from 'vitest';
import { sqlCatalogFromDisk } from '../../src/cli/sql-catalog-node';
// The engine's modules declare their statements when they load.
import '../../src/worker/db';
import '../../src/worker/engine/analysis-engine';
import { sqlCatalog } from '../../src/worker/sql-catalog-vite';
import { declaredSqlNames, statement } from '../../src/worker/sql-statement';

describe('the SQL catalog', () => {
  const files = Object.keys(sqlCatalogFromDisk()).sort();

  it('has a handle for every file and a file for every handle', () => {
    expect([...declaredSqlNames()].sort()).toEqual(files);
  });

  it('refuses a second handle on the same file', () => {
    expect(() => statement(files[0])).toThrow(/declared twice/);
  });

  it('is the same in the browser build (import.meta.glob) as read from disk by the CLI', () => {
    expect(Object.keys(sqlCatalog).sort()).toEqual(files);
    expect(files).toContain('score/create-customers');
  });
});
