// Keeping the analysed dataset on the device (its orders, compact, and the facts beside them), so
// it reopens without its file, and reading a kept dataset back into the engine.

import type { EngineHost } from '../../app/engine-host.svelte';
import type { ScoringSettings } from '../../lib/engine/api';
import type { EngineErrorData } from '../../lib/engine/errors';
import { newId } from '../../lib/ids';
import { mark } from '../../lib/marks';
import { listDatasets, loadDataset, saveDataset, updateDataset } from '../../lib/storage/library';
import { sameKeptDataset } from '../../lib/storage/same-dataset';
import type { KeptDataset } from '../../lib/storage/schema';
import { Comlink } from '../../app/engine-client';
import { i18n } from '../../ui/i18n.svelte';
import type { Prepared } from '../import/import-flow.svelte';
import { library, storageErrorData } from './library.svelte';

/** Under way, done, failed (the banner says why), too large to try, or kept and deleted since (here or in another tab). */
export type KeepingStatus = 'idle' | 'saving' | 'kept' | 'failed' | 'too-large' | 'removed';

/**
 * Orders above which a dataset is not kept: its copy is written in the engine's memory (about
 * 35 bytes an order, three transient copies), and a tab already holding tens of millions of
 * rows could run out of memory after its results are on screen.
 */
const KEEP_MAX_ORDERS = 3_000_000;

const missing: EngineErrorData = { code: 'stored_missing', details: {}, message: 'kept dataset missing' };

export class Keeping {
  #status = $state<KeepingStatus>('idle');
  /** The kept dataset the analysis on screen comes from (null for a file not kept, or a snapshot). */
  #keptId = $state<string | null>(null);
  readonly #host: EngineHost;

  constructor(host: EngineHost) {
    this.#host = host;
  }

  get status(): KeepingStatus {
    // The library's list follows every tab's deletes (its BroadcastChannel): a kept dataset no
    // longer in it was deleted, and "Kept on this device" would be a promise the app cannot keep.
    const listed = this.#keptId !== null && library.datasets.some((d) => d.id === this.#keptId);
    if (this.#status === 'kept' && library.loaded && !listed) return 'removed';
    return this.#status;
  }
  get keptId(): string | null {
    return this.#keptId;
  }

  /** A new analysis (or a snapshot) is on screen: nothing is kept of it yet. */
  reset(): void {
    this.#status = 'idle';
    this.#keptId = null;
  }

  /**
   * Keeps `prepared` with the settings on screen. The same file (by its content) analysed the same
   * way again replaces its earlier copy instead of listing it twice; another file under the same
   * name is another dataset. A failure (disk full) is reported; the analysis stays. `shown` says
   * whether the analysis is still the one on screen. `complete` gives the import report whole (its
   * example texts are read after the segments are drawn), null when another analysis took its place.
   */
  async keep(prepared: Prepared, settings: ScoringSettings | null, shown: () => boolean, complete?: () => Promise<Prepared | null>): Promise<void> {
    if (prepared.summary.orders > KEEP_MAX_ORDERS) {
      this.#status = 'too-large';
      return;
    }
    this.#status = 'saving';
    try {
      const whole = complete ? await complete() : prepared;
      if (!whole || !shown()) return;
      const { mapping, summary } = whole;
      const orders = await this.#host.engine.exportOrders();
      // The content hash is worked out in the worker after the file opened (a kept dataset brings its own).
      const dataset = { ...prepared.dataset, contentHash: prepared.dataset.contentHash ?? (await this.#host.engine.contentHash()) ?? undefined };
      if (!shown()) return;
      const kept = await listDatasets();
      const same = await sameKeptDataset(kept, dataset, mapping, summary.choices, orders);
      if (!shown()) return;
      const now = new Date().toISOString();
      const record: KeptDataset = {
        id: same?.id ?? newId(),
        name: same?.name ?? freeName(dataset.fileName, kept),
        importedAt: now,
        openedAt: now,
        dataset,
        mapping,
        summary,
        settings,
        storedBytes: orders.length,
      };
      await saveDataset(record, new Blob([orders as Uint8Array<ArrayBuffer>]));
      mark('kept', { bytes: orders.length });
      // The list holds the new record before the status says kept, or it would read as removed meanwhile.
      await library.refresh();
      if (!shown()) return;
      this.#keptId = record.id;
      this.#status = 'kept';
    } catch (error) {
      if (!shown()) return;
      this.#status = 'failed';
      this.#host.report(storageErrorData(error, prepared.dataset.fileName));
    } finally {
      void library.changed();
    }
  }

  /** Reads a kept dataset into the engine as the prepared analysis, without its file; null when it failed (the banner says why). */
  async open(id: string): Promise<{ prepared: Prepared; record: KeptDataset } | null> {
    mark('kept-chosen');
    const record = await this.#host.run('loading', () => this.load(id));
    if (!record) return null;
    this.#keptId = id;
    this.#status = 'kept';
    void updateDataset(id, { openedAt: new Date().toISOString() }).catch(() => undefined);
    return { prepared: { source: { kind: 'kept', id }, dataset: record.dataset, mapping: record.mapping, contacts: {}, summary: record.summary }, record };
  }

  /** Reads a kept dataset's orders into the engine (also when a fresh engine rebuilds the analysis). */
  async load(id: string): Promise<KeptDataset> {
    const loaded = await loadDataset(id).catch((error: unknown) => {
      throw storageErrorData(error);
    });
    if (!loaded) throw missing;
    const bytes = new Uint8Array(await loaded.orders.arrayBuffer());
    await this.#host.engine.loadOrders(Comlink.transfer(bytes, [bytes.buffer]), loaded.record.dataset, loaded.record.summary);
    return loaded.record;
  }

  /** The settings the kept dataset reopens with: those last scored. */
  remember(settings: ScoringSettings): void {
    if (this.#keptId) void updateDataset(this.#keptId, { settings }).catch(() => undefined);
  }
}

/** Another file under a name already listed gets a number, as a file manager does: the two stay told apart. */
function freeName(fileName: string, kept: readonly KeptDataset[]): string {
  const taken = new Set(kept.map((d) => d.name));
  let name = fileName;
  for (let n = 2; taken.has(name); n++) name = i18n.t('library.sameName', { name: fileName, n: String(n) });
  return name;
}
