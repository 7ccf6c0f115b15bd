// A stand-in for the analysis worker, for tests of the page's state: every engine call is
// recorded and waits until the test answers it, so a test decides the order answers arrive in
// (late, out of order, never) and whether they fail.

import { cleanSummary } from './import-summary';
import type { Comlink, EngineHandle } from '../../../src/app/engine-client';
import type { DatasetInfo, EngineApi, ImportSummary, ScoreResult, ScoringSettings } from '../../../src/lib/engine/api';
import type { EngineErrorData } from '../../../src/lib/engine/errors';

interface Call {
  method: keyof EngineApi;
  args: unknown[];
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

export class FakeEngine {
  readonly calls: Call[] = [];
  terminated = false;
  /** How `ready` answers: at once by default. */
  ready: () => Promise<{ duckdbVersion: string }> = async () => ({ duckdbVersion: 'fake' });
  #stopListeners: ((error: EngineErrorData) => void)[] = [];

  onStop(listener: (error: EngineErrorData) => void): void {
    this.#stopListeners.push(listener);
  }

  /** The worker ends by itself (crashed, ended by the browser): as the real handle reports it. */
  stop(error: EngineErrorData = { code: 'engine_lost', details: {}, message: 'stopped' }): void {
    for (const listener of this.#stopListeners) listener(error);
    for (const call of this.calls) call.reject(error);
  }

  /** Every call of `method` so far, oldest first. */
  of(method: keyof EngineApi): Call[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** The latest call of `method`, which must exist. */
  last(method: keyof EngineApi): Call {
    const call = this.of(method).at(-1);
    if (!call) throw new Error(`the engine was not asked ${method}; it was asked ${this.calls.map((c) => c.method).join(', ')}`);
    return call;
  }

  /** The latest call of `method`, once the page has made it (storage and timers may come first). */
  async asked(method: keyof EngineApi, count = 1): Promise<Call> {
    await until(() => this.of(method).length >= count, `call ${count} of ${method} (asked: ${this.calls.map((c) => c.method).join(', ')})`);
    return this.of(method).at(-1)!;
  }

  readonly api = new Proxy(
    {},
    {
      get: (_, method: string) => {
        // Answered at once: they only report on the engine itself.
        if (method === 'ready') return () => this.ready();
        if (method === 'memory') return async () => ({ wasmBytes: 0 });
        if (method === 'then') return undefined;
        return (...args: unknown[]) =>
          new Promise((resolve, reject) => this.calls.push({ method: method as keyof EngineApi, args, resolve, reject }));
      },
    },
  ) as Comlink.Remote<EngineApi>;
}

/**
 * Starts fake engines; `engines` holds every one started, the current one last. `ready`, if given,
 * answers the start of the engine started `index`-th (from 0): to fail it, or never answer.
 */
export function fakeEngines(ready?: (index: number) => Promise<{ duckdbVersion: string }>): { start: () => EngineHandle; engines: FakeEngine[]; current: () => FakeEngine } {
  const engines: FakeEngine[] = [];
  return {
    engines,
    current: () => engines.at(-1)!,
    start: () => {
      const engine = new FakeEngine();
      const index = engines.length;
      if (ready) engine.ready = () => ready(index);
      engines.push(engine);
      return { api: engine.api, terminate: () => (engine.terminated = true), onStop: (listener) => engine.onStop(listener) };
    },
  };
}

/** Lets every promise chain waiting on answered calls run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Waits until `ready` holds (the page reads storage between some steps); fails after two seconds. */
export async function until(ready: () => boolean, what = 'the condition'): Promise<void> {
  for (let waited = 0; !ready(); waited += 5) {
    if (waited > 2000) throw new Error(`${what} did not come true`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export function fakeDataset(fileName = 'orders.csv'): DatasetInfo {
  return {
    fileName,
    format: 'csv',
    sizeBytes: 100,
    rowCount: null,
    columns: ['customer', 'date', 'amount'].map((name) => ({ name, detectedType: 'VARCHAR' })),
    dialect: { delimiter: ',', quote: '"', hasHeader: true, skipRows: 0, dateFormat: null, timestampFormat: null },
    preview: [],
    guess: { customer: 'customer', date: 'date', amount: 'amount' },
    signature: `sig-${fileName}`,
    profile: [],
    encoding: null,
    sheets: null,
    sheet: null,
  };
}

/** Complete, as the engine reports it: a kept dataset's summary is checked when read (lib/storage/validate/). */
export function fakeSummary(orders = 3): ImportSummary {
  return cleanSummary(orders, 2, { firstDate: '2024-01-01', lastDate: '2024-03-01', defaultAsOf: '2024-03-02' });
}

/** The scores the engine would give for `settings`; `customers` tells one answer from another. */
export function fakeResult(settings: ScoringSettings, customers = 2): ScoreResult {
  return {
    settings,
    summary: { asOf: settings.asOf, customers, purchases: 3, revenue: 30, customersNoPurchase: 0, noPurchaseExamples: [] },
    cuts: { r: { cuts: [], bands: [] }, f: { cuts: [], bands: [] }, m: { cuts: [], bands: [] } },
    cells: [],
    segments: [],
  };
}
