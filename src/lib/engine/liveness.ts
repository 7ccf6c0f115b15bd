// How the engine's worker tells the page that it runs. Its first message, outside Comlink's, names
// a Web Lock it holds for as long as it lives: the browser releases the lock when the worker ends,
// however it ends, so the page learns of a dead worker at once, even while a live one is blocked
// inside DuckDB and could not answer a ping. Without Web Locks (a page not served over HTTPS) the
// name is null: the page then knows only that the worker's code loaded.

const KEY = 'cvmEngineAlive';

export type EngineAliveMessage = { [KEY]: string | null };

export function aliveMessage(lockName: string | null): EngineAliveMessage {
  return { [KEY]: lockName };
}

/** The lock named by a worker's message; undefined when the message is not that one (Comlink's). */
export function aliveLockOf(data: unknown): string | null | undefined {
  if (typeof data !== 'object' || data === null || !(KEY in data)) return undefined;
  const lock = (data as EngineAliveMessage)[KEY];
  return typeof lock === 'string' ? lock : null;
}
