// The page's hold on the analysis worker: starting and restarting it, and the bookkeeping of the
// requests the screen waits for. A newer `run` makes older answers stale, so a slow score never
// overwrites a faster, later one; `query` is for read-only questions asked side by side, whose
// answers each asker keeps for itself (query.svelte.ts).

import type { EngineApi, ProgressCallback, ProgressEvent } from '../lib/engine/api';
import { toErrorData, type EngineErrorData } from '../lib/engine/errors';
import type { BusyPhase, EngineStatus } from '../lib/engine/status';
import type { ReadProgress } from '../lib/import/progress';
import { mark } from '../lib/marks';
import { Comlink, type EngineHandle } from './engine-client';

export type Engine = Comlink.Remote<EngineApi>;

/** How long a start may take before the page says it is slow (2-3 s cold here; a first visit downloads 5 MB first). */
export const START_PATIENCE_MS = 30_000;
const ENGINE_SLOW: EngineErrorData = { code: 'engine_slow', details: { seconds: START_PATIENCE_MS / 1000 }, message: 'The analysis engine has not started yet.' };

export class EngineHost {
  #status = $state<EngineStatus>('starting');
  #version = $state<string | null>(null);
  #busy = $state<BusyPhase | null>(null);
  #error = $state.raw<EngineErrorData | null>(null);
  /** Why the engine could not start: shown until a new try, whatever the user dismisses or opens meanwhile. */
  #startFailure = $state.raw<EngineErrorData | null>(null);
  #progress = $state.raw<ReadProgress | null>(null);

  #handle!: EngineHandle;
  readonly #start: () => EngineHandle;
  #requestId = 0;
  #progressToken = 0;
  readonly #lost: (() => void)[] = [];

  constructor(start: () => EngineHandle) {
    this.#start = start;
    this.#begin();
  }

  get status(): EngineStatus {
    return this.#status;
  }
  get version(): string | null {
    return this.#version;
  }
  /** The long request the screen waits for, if any. */
  get busy(): BusyPhase | null {
    return this.#busy;
  }
  /** What the error banner says: the last failed request, a problem reported by a feature, or why the engine could not start. */
  get error(): EngineErrorData | null {
    return this.#error ?? this.#startFailure;
  }
  /** Why the engine could not start, while it has not (status 'failed'). */
  get startFailure(): EngineErrorData | null {
    return this.#startFailure;
  }
  get progress(): ReadProgress | null {
    return this.#progress;
  }
  get engine(): Engine {
    return this.#handle.api;
  }

  report(error: EngineErrorData | null): void {
    this.#error = error;
  }

  /** `listener` runs when the worker had to be replaced (it ran out of memory, or stopped by itself): what it held is gone. */
  onLost(listener: () => void): void {
    this.#lost.push(listener);
  }

  /** Runs one request the screen waits for; null when it failed (the banner says why) or a newer request superseded it. */
  async run<T>(busy: BusyPhase, request: (engine: Engine) => Promise<T>): Promise<T | null> {
    const id = ++this.#requestId;
    this.#busy = busy;
    this.#error = null;
    try {
      const value = await request(this.engine);
      return id === this.#requestId ? value : null;
    } catch (error) {
      const data = this.#failed(error);
      if (id === this.#requestId) this.#error = data;
      return null;
    } finally {
      if (id === this.#requestId) this.#settle();
    }
  }

  /**
   * Several requests as one (a rebuild): `steps` gets a `current()` that says whether the request
   * is still the latest, so it stops as soon as a newer one took over. A failure is thrown as
   * EngineErrorData for the caller to show.
   */
  async runSteps(busy: BusyPhase, steps: (engine: Engine, current: () => boolean) => Promise<void>): Promise<boolean> {
    const id = ++this.#requestId;
    this.#busy = busy;
    try {
      await steps(this.engine, () => id === this.#requestId);
      return id === this.#requestId;
    } catch (error) {
      if (id !== this.#requestId) return false;
      throw this.#failed(error);
    } finally {
      if (id === this.#requestId) this.#settle();
    }
  }

  /** A read-only question: nothing waits on the busy indicator, and a failure is the asker's to show. */
  query<T>(request: (engine: Engine) => Promise<T>): Promise<T> {
    return request(this.engine);
  }

  /** Whatever the engine was doing for the screen is no longer wanted: its answer is dropped. */
  supersede(): void {
    this.#requestId++;
    this.#settle();
  }

  /**
   * Stops the request in flight. The worker is blocked inside DuckDB and cannot hear a message,
   * so it is replaced by a fresh one; the request will never answer and nothing may wait for it.
   */
  cancel(): void {
    this.supersede();
    this.restart();
  }

  /** A fresh worker: after the old one ran out of memory or stopped, to stop a read it is blocked in, or to try a failed start again. */
  restart(): void {
    this.#handle.terminate();
    this.#begin();
  }

  /** Another try after the engine could not start: a new worker loads its files again (a download that failed may arrive now). */
  startAgain(): void {
    this.#error = null;
    this.restart();
  }

  /** A callback for the worker's progress reports of one request; reports of an older request are ignored. */
  watchProgress(phase: ReadProgress['phase'], fileName: string, totalBytes: number, bytesPerRow: number | null): ProgressCallback {
    const token = ++this.#progressToken;
    let startedAt: number | null = null;
    this.#progress = { phase, fileName, bytesRead: 0, totalBytes, elapsedMs: 0, bytesPerRow };
    return Comlink.proxy((event: ProgressEvent) => {
      if (token !== this.#progressToken) return;
      const now = performance.now();
      startedAt ??= now;
      this.#progress = {
        phase,
        fileName,
        // Reports without a byte count (a phase starting) keep the last one.
        bytesRead: event.bytesRead ?? this.#progress?.bytesRead ?? 0,
        totalBytes: event.totalBytes ?? totalBytes,
        elapsedMs: now - startedAt,
        bytesPerRow,
      };
    });
  }

  /** A failed request as the banner shows it; a worker that ran out of memory is replaced, and what it held is gone. */
  #failed(error: unknown): EngineErrorData {
    const data = toErrorData(error);
    if (data.code === 'too_large') {
      this.restart();
      for (const listener of this.#lost) listener();
    }
    return data;
  }

  #settle(): void {
    this.#busy = null;
    this.#progress = null;
    this.#progressToken++;
  }

  /** Starts a worker and follows it: its start, a start that takes too long, and its end. */
  #begin(): void {
    const handle = this.#start();
    this.#handle = handle;
    const current = () => handle === this.#handle;
    mark('engine-start');
    this.#status = 'starting';
    this.#startFailure = null;
    // Patience, not a verdict: a first visit on a slow connection may still get there, and the
    // message goes when it does. Real failures (a missing or refused wasm) report themselves at once.
    const slow = setTimeout(() => {
      if (current() && this.#status === 'starting' && !this.#error) this.#error = ENGINE_SLOW;
    }, START_PATIENCE_MS);
    handle.api.ready().then(
      (info) => {
        clearTimeout(slow);
        if (!current()) return;
        mark('engine-ready');
        this.#version = info.duckdbVersion;
        this.#status = 'ready';
        if (this.#error?.code === 'engine_slow') this.#error = null;
      },
      (error) => {
        clearTimeout(slow);
        if (current()) this.#cannotStart(toErrorData(error));
      },
    );
    handle.onStop((error) => {
      if (!current()) return;
      if (this.#status !== 'ready') {
        // It never ran: a new worker would load the same files. The banner says what to try.
        this.#cannotStart(error);
        return;
      }
      // It ran, so a fresh one can run too; what the old one held is gone.
      this.restart();
      for (const listener of this.#lost) listener();
      this.#error = error;
    });
  }

  #cannotStart(error: EngineErrorData): void {
    this.#status = 'failed';
    this.#startFailure = error;
    if (this.#error?.code === 'engine_slow') this.#error = null;
  }
}
