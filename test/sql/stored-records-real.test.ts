// The stored-record validators (lib/storage/validate/) must never set aside what the app itself
// keeps: a dataset and a snapshot built from the engine's real answers, for each kind of source,
// pass them, also after the JSON round trip of a backup.
import { beforeAll, describe, expect, it } from 'vitest';
import { configFromPreset } from '../../src/lib/archetypes/presets';
import { generateDemoShop } from '../../src/lib/demo/demo-shop';
import type { ColumnMapping, DatasetInfo } from '../../src/lib/engine/api';
import { defaultSettings } from '../../src/lib/rfm/settings';
import type { KeptDataset, Snapshot } from '../../src/lib/storage/schema';
import { recordProblem } from '../../src/lib/storage/validate';
import { presetSegmentation, startEngine, type TestEngine } from './helpers/engine';

let t: TestEngine;
beforeAll(async () => {
  t = await startEngine();
});

const roundTrip = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function recordsOf(dataset: DatasetInfo): { kept: KeptDataset; snapshot: Snapshot } {
  const mapping = dataset.guess as ColumnMapping;
  const summary = t.engine.prepare(mapping, { today: '2026-11-23' });
  const settings = defaultSettings(summary.defaultAsOf);
  const result = t.engine.score(settings, presetSegmentation(settings));
  const at = '2026-11-23T10:00:00.000Z';
  const kept: KeptDataset = { id: 'd1', name: dataset.fileName, importedAt: at, openedAt: at, dataset, mapping, summary, settings, storedBytes: 1234 };
  const snapshot: Snapshot = {
    id: 's1',
    name: 'Before',
    savedAt: at,
    datasetId: 'd1',
    datasetName: dataset.fileName,
    dataset,
    summary,
    settings: result.settings,
    result,
    storedBytes: 99,
    config: configFromPreset('default', settings.bins),
  };
  return { kept, snapshot };
}

describe('what the app keeps passes its own validators', () => {
  const sources: [string, () => Promise<DatasetInfo>][] = [
    ['the demo shop', async () => t.openText('demo-shop.csv', generateDemoShop({ seed: 7 }).csv)],
    ['a CSV', () => t.open('orders-basic.csv')],
    ['a semicolon CSV in Russian', () => t.open('orders-semicolon-ru.csv')],
    ['Parquet', () => t.open('orders.parquet')],
    ['Excel', () => t.open('import/excel/orders-excel.xlsx')],
  ];
  for (const [name, open] of sources) {
    it(name, async () => {
      const { kept, snapshot } = recordsOf(await open());
      expect(recordProblem('datasets', kept, 'd1')).toBeNull();
      expect(recordProblem('snapshots', snapshot, 's1')).toBeNull();
      expect(recordProblem('datasets', roundTrip(kept), 'd1')).toBeNull();
      expect(recordProblem('snapshots', roundTrip(snapshot), 's1')).toBeNull();
    });
  }
});
