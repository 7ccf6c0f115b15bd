// Small but complete records of what the app keeps, for storage tests.
import type { DatasetInfo, ImportSummary, ScoreResult, ScoringSettings } from '../../../src/lib/engine/api';
import type { KeptDataset, Snapshot } from '../../../src/lib/storage/schema';
import { gunzip, gzip } from '../../../src/lib/storage/gzip';
import { cleanSummary } from './import-summary';

const settings: ScoringSettings = {
  asOf: '2026-11-01',
  method: 'quantile',
  bins: { r: 5, f: 5, m: 5 },
  thresholds: { r: [], f: [], m: [] },
  archetypes: 'default',
};

const dataset = (fileName: string): DatasetInfo => ({
  fileName,
  format: 'csv',
  sizeBytes: 1234,
  rowCount: null,
  columns: [
    { name: 'customer', detectedType: 'VARCHAR' },
    { name: 'date', detectedType: 'DATE' },
    { name: 'amount', detectedType: 'DOUBLE' },
  ],
  dialect: null,
  preview: [['A', '2026-01-02', '12.50']],
  guess: { customer: 'customer', date: 'date', amount: 'amount' },
  signature: 'abcd1234',
  profile: [],
  encoding: null,
  sheets: null,
  sheet: null,
});

// Complete, as the engine writes it: the read paths check every count (validate/import-summary.ts).
const summary: ImportSummary = cleanSummary(10, 3, { rowsUsed: 9, orders: 9, firstDate: '2026-01-02', lastDate: '2026-10-31', defaultAsOf: '2026-11-01' });

export function keptDataset(id: string, name = `${id}.csv`, importedAt = '2026-11-20T10:00:00.000Z'): KeptDataset {
  return {
    id,
    name,
    importedAt,
    openedAt: importedAt,
    dataset: dataset(`${id}.csv`),
    mapping: { customer: 'customer', date: 'date', amount: 'amount' },
    summary,
    settings,
    storedBytes: 3,
  };
}

export function snapshotRecord(id: string, datasetId: string, savedAt = '2026-11-21T10:00:00.000Z'): Snapshot {
  const result: ScoreResult = {
    settings,
    summary: { asOf: settings.asOf, customers: 3, purchases: 9, revenue: 123.45, customersNoPurchase: 0, noPurchaseExamples: [] },
    cuts: { r: { cuts: [], bands: [] }, f: { cuts: [], bands: [] }, m: { cuts: [], bands: [] } },
    cells: [{ r: 5, f: 5, m: 5, customers: 3, purchases: 9, revenue: 123.45 }],
    segments: [{ segment: 'champions', customers: 3, purchases: 9, revenue: 123.45 }],
  };
  return {
    id,
    name: `Snapshot ${id}`,
    savedAt,
    datasetId,
    datasetName: `${datasetId}.csv`,
    dataset: dataset(`${datasetId}.csv`),
    summary,
    settings,
    result,
    storedBytes: 4,
  };
}

export const bytes = (text: string) => new Blob([text]);

/** A dataset's orders or a snapshot's customers as the app keeps them: gzip (a backup's parts are checked as such). */
export const gz = async (text: string) => new Blob([await gzip(new TextEncoder().encode(text))]);
export const unzipped = async (data: Blob | undefined) => new TextDecoder().decode(await gunzip(data!));
