// How tabs of the app tell each other that they wrote: one BroadcastChannel per kind of record two
// tabs can edit. The message carries nothing; whoever hears it reads the store again, so a tab
// never shows a list older than what is stored, and a change shows without a reload.

export type SyncedStore = 'library' | 'archetype-configs' | 'surveys' | 'campaigns' | 'plan-channels' | 'message-templates';

export interface StoreChannel {
  /**
   * After this tab wrote: the other tabs read again. `alsoHere` for a write made behind this
   * tab's own lists and editors (a restore): they read again too, as if another tab had written.
   */
  announce(options?: { alsoHere?: boolean }): void;
  /** Calls `listener` when another tab wrote; returns an unsubscribe. */
  listen(listener: () => void): () => void;
}

const channels = new Map<SyncedStore, StoreChannel>();

/** The page's one channel for `store` (none where BroadcastChannel is missing: then nothing is heard). */
export function storeChannel(store: SyncedStore): StoreChannel {
  let channel = channels.get(store);
  if (!channel) {
    channel = openChannel(store);
    channels.set(store, channel);
  }
  return channel;
}

function openChannel(store: SyncedStore): StoreChannel {
  // The library's name predates the others: tabs still running that version hear this one.
  const broadcast = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`cvm-lab-${store}`);
  // In Node (unit tests) an open channel would keep the process alive.
  (broadcast as { unref?: () => void } | null)?.unref?.();
  const listeners = new Set<() => void>();
  const hear = () => {
    for (const listener of listeners) listener();
  };
  broadcast?.addEventListener('message', hear);
  return {
    announce(options) {
      broadcast?.postMessage('changed');
      if (options?.alsoHere) hear();
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
