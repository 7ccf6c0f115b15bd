// The message of each channel for one archetype: the user's own text when they wrote one (kept on
// the device, lib/storage/message-templates.ts), else the starting text of the channel's contact
// kind in the user's language, so an untouched message follows a change of language.
// Two tabs may write one message: a save never goes over a text another tab saved since this one
// read it (revision.ts); this tab's text then stays on screen unsaved and the user chooses. A text
// another tab announces is shown here unless this tab's text of that channel is not saved yet.

import type { TranslationKey } from '../../lib/i18n/types';
import type { Translate } from '../../lib/i18n/translate';
import type { ContactKind } from '../../lib/plan/channels';
import { loadMessageTemplates, saveMessageTemplate } from '../../lib/storage/message-templates';
import { storeChannel } from '../../lib/storage/sync-channel';

const STARTER: Record<ContactKind, TranslationKey> = {
  email: 'targets.starter.email',
  push: 'targets.starter.push',
  messenger: 'targets.starter.messenger',
  phone: 'targets.starter.phone',
};

export const starterText = (contact: ContactKind, t: Translate): string => t(STARTER[contact]);

/** Typing saves after a pause, not on every key. */
const SAVE_AFTER_MS = 400;

export class MessageTemplates {
  /** The user's texts by channel id, for the archetype last loaded. */
  own = $state<Record<string, string>>({});
  /** The last save failed: the text is used but will not survive a reload. */
  saveFailed = $state(false);
  /** The channel whose text another tab saved since this tab read it: this tab's is on screen, not saved. */
  conflict = $state<string | null>(null);
  #archetype = '';
  #channels: readonly string[] = [];
  #loading = 0;
  #timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The stored text of each channel as this tab last read or wrote it (null: none). */
  #seen: Record<string, string | null> = {};
  /** Saves run one after another, so each compares with what the one before wrote. */
  #queue: Promise<void> = Promise.resolve();

  /** Follows the texts other tabs save; returns the unsubscribe. */
  follow(): () => void {
    return storeChannel('message-templates').listen(() => void this.#heard());
  }

  async load(archetype: string, channels: readonly string[]): Promise<void> {
    const mine = ++this.#loading;
    this.#archetype = archetype;
    this.#channels = channels;
    this.conflict = null;
    try {
      const found = await loadMessageTemplates(archetype, channels);
      if (mine !== this.#loading) return;
      this.own = found;
      this.#seen = Object.fromEntries(channels.map((c) => [c, found[c] ?? null]));
    } catch {
      // Unreadable storage: the starting texts are shown and typing still works.
      if (mine === this.#loading) this.own = {};
    }
  }

  textOf(channel: string, contact: ContactKind, t: Translate): string {
    return this.own[channel] ?? starterText(contact, t);
  }

  set(channel: string, text: string): void {
    this.own[channel] = text;
    const archetype = this.#archetype;
    clearTimeout(this.#timers.get(channel));
    this.#timers.set(
      channel,
      setTimeout(() => {
        this.#timers.delete(channel);
        // A blank text is not a template (the validator would drop it): the starting text comes back on reload.
        void this.#save(archetype, channel, text.trim() === '' ? null : text);
      }, SAVE_AFTER_MS),
    );
  }

  reset(channel: string): void {
    clearTimeout(this.#timers.get(channel));
    this.#timers.delete(channel);
    delete this.own[channel];
    void this.#save(this.#archetype, channel, null);
  }

  /** After a conflict: this tab's text saved over the other tab's. */
  keepMine(): Promise<void> {
    return this.#settleConflict(async (archetype, channel, stored) => {
      this.#seen[channel] = stored;
      await this.#write(archetype, channel, this.own[channel] ?? null);
    });
  }

  /** After a conflict: the other tab's text shown, this tab's dropped. */
  useTheirs(): Promise<void> {
    return this.#settleConflict((_archetype, channel, stored) => this.#show(channel, stored));
  }

  /** Reads the other tab's text again and settles the conflict with `settle` (the archetype still on screen). */
  #settleConflict(settle: (archetype: string, channel: string, stored: string | null) => void | Promise<void>): Promise<void> {
    const channel = this.conflict;
    if (channel === null) return Promise.resolve();
    const archetype = this.#archetype;
    return this.#enqueue(async () => {
      const stored = (await loadMessageTemplates(archetype, [channel]))[channel] ?? null;
      if (archetype !== this.#archetype) return;
      this.conflict = null;
      await settle(archetype, channel, stored);
    });
  }

  #save(archetype: string, channel: string, text: string | null): Promise<void> {
    return this.#enqueue(() => this.#write(archetype, channel, text));
  }

  async #write(archetype: string, channel: string, text: string | null): Promise<void> {
    // In a conflict nothing of that message is saved until the user has chosen.
    if (archetype !== this.#archetype || this.conflict === channel) return;
    try {
      const outcome = await saveMessageTemplate(archetype, channel, text, this.#seen[channel] ?? null);
      this.saveFailed = false;
      if (archetype !== this.#archetype) return;
      if (outcome === 'saved') this.#seen[channel] = text;
      else this.conflict = channel;
    } catch {
      this.saveFailed = true;
    }
  }

  /** Another tab saved a text: shown here for every channel whose text on screen is saved. */
  #heard(): Promise<void> {
    const archetype = this.#archetype;
    const channels = this.#channels;
    return this.#enqueue(async () => {
      const found = await loadMessageTemplates(archetype, channels).catch(() => null);
      if (!found || archetype !== this.#archetype) return;
      for (const channel of channels) {
        const seen = this.#seen[channel] ?? null;
        const unsaved = this.#timers.has(channel) || (this.own[channel] ?? null) !== seen;
        if (!unsaved && channel !== this.conflict && (found[channel] ?? null) !== seen) this.#show(channel, found[channel] ?? null);
      }
    });
  }

  #show(channel: string, text: string | null): void {
    this.#seen[channel] = text;
    if (text === null) delete this.own[channel];
    else this.own[channel] = text;
  }

  #enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.#queue.then(work, work);
    this.#queue = next.catch(() => undefined);
    return next;
  }
}
