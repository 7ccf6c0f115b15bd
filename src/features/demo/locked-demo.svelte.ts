// The locked demo (workshop mode): the demo shop opened so that edits are allowed but vanish on
// "Reset demo" or on the next start of the app, never touching the user's own datasets,
// configurations or answers. While it is open every store writes to the demo's own database
// (lib/storage/connection.ts); Reset deletes that database, leaving switches back to the user's.
// The session turns the events into this (app/session.svelte.ts); a tour calls openLockedDemo /
// resetDemo with its send, and reads isLockedDemo.

import type { Send } from '../../app/events';
import { discardDemoStorage, setStorageScope } from '../../lib/storage/connection';
import { archetypeConfigs } from '../archetypes/configs.svelte';

class LockedDemo {
  isLocked = $state(false);
  /** Bumped whenever the stores change under the screens: App mounts them again, so each reads its lists afresh. */
  generation = $state(0);

  enter(): void {
    setStorageScope('demo');
    this.isLocked = true;
    this.#changed();
  }

  leave(): void {
    if (!this.isLocked) return;
    setStorageScope('user');
    this.isLocked = false;
    this.#changed();
  }

  /** Every edit made in the locked demo is gone; the caller opens the demo again as shipped. */
  async reset(): Promise<void> {
    await discardDemoStorage();
    this.#changed();
  }

  #changed(): void {
    this.generation++;
    void archetypeConfigs.reload();
  }
}

export const lockedDemo = new LockedDemo();

export const isLockedDemo = (): boolean => lockedDemo.isLocked;
export const openLockedDemo = (send: Send): void => send({ type: 'open-locked-demo' });
export const resetDemo = (send: Send): void => send({ type: 'reset-demo' });

/**
 * The next start forgets the last workshop: called before anything reads the stores. A failure
 * (storage switched off) leaves nothing to forget.
 */
export const forgetLastWorkshop = (): Promise<void> => discardDemoStorage().catch(() => undefined);
