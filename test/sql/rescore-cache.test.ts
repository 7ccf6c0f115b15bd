// Editing segments re-segments at once (issue 6: under 100 ms on Online Retail) because a score
// rebuilds only the tables whose inputs changed. Checked by the statements a score runs.
import { beforeAll, describe, expect, it } from 'vitest';
import { sqlCatalogFromDisk } from '../../src/cli/sql-catalog-node';
import { createNodeBindings } from '../../src/cli/duckdb-node';
import { defaultSettings } from '../../src/lib/rfm/settings';
import { Db } from '../../src/worker/db';
import { WasmDatabase } from '../../src/worker/wasm-database';
import { AnalysisEngine } from '../../src/worker/engine/analysis-engine';
import type { FilledSql, ParamArgs, SqlParams, Statement } from '../../src/worker/sql-statement';
import { presetSegmentation } from './helpers/engine';

/** Records the name of every catalog statement it runs (filled templates have none). */
class CountingDb extends Db {
  ran: string[] = [];
  override rows<P extends SqlParams, R>(sql: Statement<P, R> | FilledSql<P, R>, ...args: ParamArgs<NoInfer<P>>): R[] {
    if (sql.kind === 'statement') this.ran.push(sql.name);
    return super.rows(sql, ...args);
  }
}

let db: CountingDb;
let engine: AnalysisEngine;
const settings = defaultSettings('2024-04-01');
const defaultSegments = presetSegmentation(settings);
const packageSegments = presetSegmentation({ ...settings, archetypes: 'rfm-package' });

/** The statements one call runs. */
function ranBy(call: () => unknown): string[] {
  db.ran = [];
  call();
  return db.ran;
}

beforeAll(async () => {
  const bindings = await createNodeBindings();
  db = new CountingDb(new WasmDatabase(bindings), sqlCatalogFromDisk());
  engine = new AnalysisEngine(db);
  bindings.registerFileText('orders.csv', 'customer,date,amount\na,2024-01-05,10\nb,2024-02-01,20\nb,2024-03-01,5\nc,2024-03-20,7\n');
  engine.openCsv('orders.csv', { fileName: 'orders.csv', sizeBytes: 0, format: 'csv' });
  engine.prepare({ customer: 'customer', date: 'date', amount: 'amount' }, { today: '2026-11-23' });
  engine.score(settings, defaultSegments);
});

describe('scoring again', () => {
  it('with another segmentation re-segments without scoring again', () => {
    const ran = ranBy(() => engine.score(settings, packageSegments));
    expect(ran).toContain('segment/create-cell-segments');
    expect(ran).toContain('segment/create-customer-segments');
    expect(ran.filter((name) => name.startsWith('score/'))).toEqual([]);
  });

  it('with the same segmentation does not insert it again', () => {
    const ran = ranBy(() => engine.score(settings, packageSegments));
    expect(ran).not.toContain('segment/create-cell-segments');
    expect(ran).not.toContain('segment/insert-segment-rule');
  });

  it('with other bins rebuilds the scores, not the customers or their sorted values', () => {
    const fewer = { ...settings, archetypes: 'rfm-package', bins: { r: 3, f: 3, m: 3 } };
    const ran = ranBy(() => engine.score(fewer, presetSegmentation(fewer)));
    expect(ran).toContain('score/score-by-breaks');
    expect(ran).not.toContain('score/create-customers');
    expect(ran).not.toContain('score/order-statistics');
  });
});
