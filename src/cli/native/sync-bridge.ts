// A synchronous call into native DuckDB's thread (worker.ts): the request is posted, this thread
// sleeps on a shared flag (Atomics.wait) until the worker raises it, and the reply is taken off
// the port without the event loop (receiveMessageOnPort). So the engine, synchronous because
// DuckDB-WASM's bindings are, runs unchanged on native DuckDB, whose API is promises only.

import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { NativeReply, NativeRequest } from './protocol';

/**
 * The worker is TypeScript, run as the command line is (tsx), so tsx's loader is registered in
 * the new thread before it is imported: a worker does not inherit the loader of `tsx rfm.ts`
 * (nor of vitest), and `execArgv: ['--import', 'tsx']` did not load .ts files on Node 20.
 */
const WORKER_CODE = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(new URL('./worker.ts', import.meta.url).href)}); })`;

export class SyncBridge {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private closed = false;

  constructor() {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(WORKER_CODE, { eval: true, workerData: { port: port2, signal: this.signal }, transferList: [port2] });
    // The command line ends when its work is done; a worker left waiting must not keep it alive.
    this.worker.unref();
  }

  /**
   * `timeoutMs` only for the start: a worker that fails to load never answers, and this thread,
   * asleep, would not hear of its exit. A query may take as long as it takes.
   */
  call(request: NativeRequest, timeoutMs?: number): NativeReply {
    if (this.closed) throw new Error('native DuckDB is closed');
    Atomics.store(this.signal, 0, 0);
    this.port.postMessage(request);
    if (Atomics.wait(this.signal, 0, 0, timeoutMs) === 'timed-out') throw new Error(`native DuckDB did not start within ${timeoutMs} ms`);
    const received = receiveMessageOnPort(this.port);
    if (received === undefined) throw new Error('native DuckDB signalled without a reply');
    return received.message as NativeReply;
  }

  close(): void {
    if (this.closed) return;
    this.call({ op: 'close' });
    this.closed = true;
    this.port.close();
    void this.worker.terminate();
  }
}
