// The main thread's handle on the analysis worker. Components never call it directly:
// they go through the session state, which also drops results of superseded requests.

import * as Comlink from 'comlink';
import type { EngineApi } from '../lib/engine/api';
import { installErrorTransfer } from '../worker/comlink-errors';

installErrorTransfer();

export interface EngineHandle {
  api: Comlink.Remote<EngineApi>;
  /** Ends the worker and frees all its memory (after the engine ran out of it). */
  terminate(): void;
}

export function startEngine(): EngineHandle {
  const worker = new Worker(new URL('../worker/engine.worker.ts', import.meta.url), { type: 'module', name: 'cvm-engine' });
  return { api: Comlink.wrap<EngineApi>(worker), terminate: () => worker.terminate() };
}

export { Comlink };
