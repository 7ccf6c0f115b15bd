// Snapshots: one analysis kept whole (its results and every scored customer), so it opens at
// once, offline, without the engine.

import type { EngineHost } from '../../app/engine-host.svelte';
import { newId } from '../../lib/ids';
import { gunzip } from '../../lib/storage/gzip';
import { loadDataset, loadSnapshot, loadSnapshotCustomers, saveSnapshot } from '../../lib/storage/library';
import type { Snapshot } from '../../lib/storage/schema';
import { toStoredPrediction } from '../../lib/predict/stored-prediction';
import type { PredictResult } from '../../lib/predict/request';
import type { Shown } from '../results/analysis.svelte';
import { library, storageErrorData } from './library.svelte';

export class Snapshots {
  readonly #host: EngineHost;

  constructor(host: EngineHost) {
    this.#host = host;
  }

  /**
   * Saves the results on screen under `name` with their customers (`customers`: the scores CSV,
   * gzip-compressed); true when saved. Only a kept dataset's analysis can be a snapshot: its
   * "analyse again" reopens that dataset. `prediction`: the Prediction tab's last fit, kept so the
   * snapshot shows it offline.
   */
  async save(name: string, shown: Shown, keptId: string, customers: () => Promise<Uint8Array | null>, prediction: PredictResult | null = null): Promise<boolean> {
    const bytes = await customers();
    if (!bytes) return false;
    // From storage, not the library's list: that is refreshed after a keep, and may not hold it yet.
    const kept = (await loadDataset(keptId).catch(() => null))?.record ?? library.datasets.find((d) => d.id === keptId);
    const record: Snapshot = {
      id: newId(),
      name,
      savedAt: new Date().toISOString(),
      datasetId: keptId,
      datasetName: kept?.name ?? shown.dataset.fileName,
      // The kept record has the content hash (worked out after the file opened); the analysis on screen may not.
      dataset: { ...shown.dataset, contentHash: shown.dataset.contentHash ?? kept?.dataset.contentHash },
      summary: shown.summary,
      settings: shown.result.settings,
      result: shown.result,
      storedBytes: bytes.length,
      config: shown.config,
      ...(prediction ? { prediction: toStoredPrediction(prediction) } : {}),
    };
    try {
      await saveSnapshot(record, new Blob([bytes as Uint8Array<ArrayBuffer>]));
    } catch (error) {
      this.#host.report(storageErrorData(error, name));
      return false;
    } finally {
      void library.changed();
    }
    return true;
  }

  /** A saved snapshot, or null when it cannot be read (the banner says why). */
  async open(id: string): Promise<Snapshot | null> {
    try {
      const snapshot = await loadSnapshot(id);
      if (snapshot) return snapshot;
      this.#host.report({ code: 'stored_missing', details: {}, message: 'snapshot missing' });
    } catch (error) {
      this.#host.report(storageErrorData(error));
    }
    return null;
  }

  /** The snapshot's customers as saved (scores CSV). */
  async customersCsv(snapshot: Snapshot): Promise<Uint8Array | null> {
    try {
      const data = await loadSnapshotCustomers(snapshot.id);
      if (!data) throw new Error('missing');
      return await gunzip(data);
    } catch (error) {
      this.#host.report(storageErrorData(error, snapshot.name));
      return null;
    }
  }
}
