// The main thread's handle on the analysis worker. Components never call it directly:
// they go through the session state, which also drops results of superseded requests.

import * as Comlink from 'comlink';
import type { EngineApi } from '../lib/engine/api';
import { EngineError, type EngineErrorData } from '../lib/engine/errors';
import { aliveLockOf } from '../lib/engine/liveness';
import { installErrorTransfer } from '../worker/comlink-errors';

installErrorTransfer();

export interface EngineHandle {
  api: Comlink.Remote<EngineApi>;
  /** Ends the worker and frees all its memory (after the engine ran out of it). */
  terminate(): void;
  /**
   * `listener` runs once if the worker ends by itself (not by terminate()): `engine_lost` when it
   * had run, `engine_files` when its code never loaded. Every call then waiting, or made later,
   * fails with the same error instead of waiting for an answer that cannot come.
   */
  onStop(listener: (error: EngineErrorData) => void): void;
}

const LOST: EngineErrorData = { code: 'engine_lost', details: {}, message: 'The analysis worker stopped.' };
const NOT_LOADED = "the engine's code did not load";

export function startEngine(): EngineHandle {
  const worker = new Worker(new URL('../worker/engine.worker.ts', import.meta.url), { type: 'module', name: 'cvm-engine' });
  const ended = new AbortController();
  const listeners: ((error: EngineErrorData) => void)[] = [];
  let alive = false;
  let stopError: EngineErrorData | null = null;
  let failStopped: (error: EngineError) => void = () => undefined;
  const stopped = new Promise<never>((_, reject) => (failStopped = reject));
  // A call may never be made after a stop: nothing else would handle the rejection.
  stopped.catch(() => undefined);

  const stop = (error: EngineErrorData) => {
    if (stopError || ended.signal.aborted) return;
    stopError = error;
    failStopped(new EngineError(error.code, error.details, error.message));
    for (const listener of listeners) listener(error);
  };

  worker.addEventListener('message', (event) => {
    const lock = aliveLockOf(event.data);
    if (lock === undefined || alive) return;
    alive = true;
    // Granted only once the worker has let its lock go, which it does only by ending.
    if (lock) navigator.locks?.request(lock, { signal: ended.signal }, () => stop(LOST)).catch(() => undefined);
  });
  // Before the worker runs, an error event is its module failing to load or evaluate (a missing or
  // damaged file, a policy refusing it); once it runs, one is an uncaught error it lives through.
  worker.addEventListener('error', (event) => {
    if (alive) return;
    const reason = event.message || NOT_LOADED;
    stop({ code: 'engine_files', details: { reason }, message: reason });
  });

  return {
    api: untilStopped(Comlink.wrap<EngineApi>(worker), stopped),
    terminate: () => {
      ended.abort();
      worker.terminate();
    },
    onStop: (listener) => {
      listeners.push(listener);
      if (stopError) listener(stopError);
    },
  };
}

/** Each call of `api` fails when the worker stops by itself; Comlink's own promise would never settle. */
function untilStopped(api: Comlink.Remote<EngineApi>, stopped: Promise<never>): Comlink.Remote<EngineApi> {
  return new Proxy(api, {
    get(target, key, receiver) {
      const member = Reflect.get(target, key, receiver);
      if (typeof key !== 'string' || key === 'then') return member;
      return (...args: unknown[]) => Promise.race([(member as (...a: unknown[]) => Promise<unknown>)(...args), stopped]);
    },
  });
}

export { Comlink };
