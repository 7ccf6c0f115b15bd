// The planner's channel list: the defaults for the shop's currency until the user changes them,
// then the user's own, kept on the device per currency. Every edit is saved at once; a failed
// save leaves the screen as it is (the channels are still planned with, only not remembered).

import { defaultChannels } from '../../lib/plan/channels';
import { loadPlanChannels, MAX_CHANNELS, savePlanChannels, type PlannedChannel } from '../../lib/storage/plan-channels';
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

  get channels(): PlannedChannel[] {
    return this.#channels;
  }
  get saveFailed(): boolean {
    return this.#saveFailed;
  }
  get canAdd(): boolean {
    return this.#channels.length < MAX_CHANNELS;
  }

  /** The channels of `currency`: the defaults at once, the stored ones when they are read. */
  async use(currency: string | null): Promise<void> {
    const mine = ++this.#generation;
    const edits = this.#edits;
    this.#currency = currency;
    this.#channels = defaultsOf(currency);
    const stored = await loadPlanChannels(currency ?? '').catch(() => null);
    if (stored && mine === this.#generation && edits === this.#edits) this.#channels = stored;
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

  #set(next: PlannedChannel[]): void {
    this.#channels = next;
    this.#edits++;
    this.#saveFailed = false;
    const generation = this.#generation;
    savePlanChannels(this.#currency ?? '', next).catch(() => {
      if (generation === this.#generation) this.#saveFailed = true;
    });
  }
}
