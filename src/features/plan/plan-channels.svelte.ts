// The planner's channel list: the defaults for the shop's currency until the user changes them,
// then the user's own, kept on the device per currency. Every edit is saved at once; a failed
// save leaves the screen as it is (the channels are still planned with, only not remembered).
// Two tabs may plan at once: a save never goes over channels another tab saved since this one read
// them (revision.ts); then this tab's list stays on screen unsaved and the user chooses which to
// keep. A change announced by another tab is shown here unless this tab has an unsaved edit.

import { defaultChannels } from '../../lib/plan/channels';
import { sameValue } from '../../lib/storage/revision';
import { loadPlanChannels, MAX_CHANNELS, savePlanChannels, validPlanChannels, type PlannedChannel } from '../../lib/storage/plan-channels';
import { storeChannel } from '../../lib/storage/sync-channel';
import { moved, newChannel, withOrder } from './planner';

const defaultsOf = (currency: string | null): PlannedChannel[] => defaultChannels(currency).map((c) => ({ ...c, enabled: true }));

export class PlanChannels {
  #channels = $state.raw<PlannedChannel[]>([]);
  #currency: string | null = null;
  /** Bumped on every switch of currency, so a late read of another currency's channels is dropped. */
  #generation = 0;
  /** Counts the user's edits: a stored list read after an edit must not undo it. */
  #edits = 0;
  #saveFailed = $state(false);
  /** Another tab saved other channels since this tab read them: this tab's list is on screen, not saved. */
  #conflict = $state(false);
  /** The stored channels of the currency as this tab last read or wrote them (null: none stored). */
  #seen: PlannedChannel[] | null = null;
  /** Reads and saves run one after another, so each save compares with what the one before wrote. */
  #queue: Promise<void> = Promise.resolve();

  get channels(): PlannedChannel[] {
    return this.#channels;
  }
  get saveFailed(): boolean {
    return this.#saveFailed;
  }
  get conflict(): boolean {
    return this.#conflict;
  }
  get canAdd(): boolean {
    return this.#channels.length < MAX_CHANNELS;
  }

  /** Follows the channels other tabs save; returns the unsubscribe. */
  follow(): () => void {
    return storeChannel('plan-channels').listen(() => void this.#heard());
  }

  /** The channels of `currency`: the defaults at once, the stored ones when they are read. */
  use(currency: string | null): Promise<void> {
    const mine = ++this.#generation;
    const edits = this.#edits;
    this.#currency = currency;
    this.#channels = defaultsOf(currency);
    this.#conflict = false;
    this.#seen = null;
    return this.#enqueue(async () => {
      const stored = await loadPlanChannels(currency ?? '').catch(() => undefined);
      if (stored === undefined || mine !== this.#generation) return;
      this.#seen = stored;
      if (stored && edits === this.#edits) this.#channels = stored;
    });
  }

  update(id: string, patch: Partial<Omit<PlannedChannel, 'id'>>): void {
    this.#set(this.#channels.map((c) => (c.id === id ? { ...c, ...patch } : c)));
  }

  move(id: string, delta: -1 | 1): void {
    this.#set(moved(this.#channels, this.#channels.findIndex((c) => c.id === id), delta));
  }

  add(name: string): void {
    if (this.canAdd) this.#set([...this.#channels, newChannel(this.#channels, name, this.#currency)]);
  }

  remove(id: string): void {
    // The cascade needs a channel: the last one stays.
    if (this.#channels.length > 1) this.#set(this.#channels.filter((c) => c.id !== id));
  }

  /** A suggestion's order: its channels used in that order, the others left unused. */
  applyOrder(ids: readonly string[]): void {
    this.#set(withOrder(this.#channels, ids));
  }

  reset(): void {
    this.#set(defaultsOf(this.#currency));
  }

  /** After a conflict: this tab's list saved over the other tab's. */
  keepMine(): Promise<void> {
    const generation = this.#generation;
    return this.#enqueue(async () => {
      const stored = await loadPlanChannels(this.#currency ?? '').catch(() => undefined);
      if (stored === undefined || generation !== this.#generation) return;
      this.#seen = stored;
      this.#conflict = false;
      await this.#save(generation, this.#channels);
    });
  }

  /** After a conflict: the other tab's list shown, this tab's dropped. */
  useTheirs(): Promise<void> {
    return this.use(this.#currency);
  }

  #set(next: PlannedChannel[]): void {
    this.#channels = next;
    this.#edits++;
    this.#saveFailed = false;
    const generation = this.#generation;
    void this.#enqueue(() => this.#save(generation, next));
  }

  async #save(generation: number, next: PlannedChannel[]): Promise<void> {
    // In a conflict nothing is saved until the user has chosen.
    if (generation !== this.#generation || this.#conflict) return;
    const currency = this.#currency ?? '';
    try {
      const outcome = await savePlanChannels(currency, next, this.#seen);
      if (generation !== this.#generation) return;
      if (outcome === 'saved') this.#seen = validPlanChannels({ [currency]: next }, currency);
      else this.#conflict = true;
    } catch {
      if (generation === this.#generation) this.#saveFailed = true;
    }
  }

  /** Another tab saved channels: shown here, unless this tab's list on screen is not saved yet. */
  #heard(): Promise<void> {
    const generation = this.#generation;
    return this.#enqueue(async () => {
      const stored = await loadPlanChannels(this.#currency ?? '').catch(() => undefined);
      if (stored === undefined || generation !== this.#generation || this.#conflict) return;
      const unsaved = !sameValue(this.#channels, this.#seen ?? defaultsOf(this.#currency));
      if (unsaved || sameValue(stored, this.#seen)) return;
      this.#seen = stored;
      this.#channels = stored ?? defaultsOf(this.#currency);
    });
  }

  #enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.#queue.then(work, work);
    this.#queue = next.catch(() => undefined);
    return next;
  }
}
