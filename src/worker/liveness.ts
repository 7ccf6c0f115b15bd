// This worker's sign of life for the page (lib/engine/liveness.ts): a Web Lock held until the
// worker ends, named in a message once it is held. The callback's promise never settles, so only
// the worker's end (terminated, crashed, closed by the browser) lets the lock go.

import { aliveMessage } from '../lib/engine/liveness';

export function holdLifeLock(): void {
  const locks = (self.navigator as Navigator | undefined)?.locks;
  if (!locks || typeof crypto.randomUUID !== 'function') {
    self.postMessage(aliveMessage(null));
    return;
  }
  const name = `cvm-engine-${crypto.randomUUID()}`;
  void locks.request(name, () => {
    self.postMessage(aliveMessage(name));
    return new Promise<never>(() => {});
  });
}
