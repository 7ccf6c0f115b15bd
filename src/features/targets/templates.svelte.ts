// The message of each channel for one archetype: the user's own text when they wrote one (kept on
// the device, lib/storage/message-templates.ts), else the starting text of the channel's contact
// kind in the user's language, so an untouched message follows a change of language.

import type { TranslationKey } from '../../lib/i18n/types';
import type { Translate } from '../../lib/i18n/translate';
import type { ContactKind } from '../../lib/plan/channels';
import { forgetMessageTemplate, loadMessageTemplates, saveMessageTemplate } from '../../lib/storage/message-templates';

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
  #archetype = '';
  #loading = 0;
  #timers = new Map<string, ReturnType<typeof setTimeout>>();

  async load(archetype: string, channels: readonly string[]): Promise<void> {
    const mine = ++this.#loading;
    this.#archetype = archetype;
    try {
      const found = await loadMessageTemplates(archetype, channels);
      if (mine === this.#loading) this.own = found;
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
        const saved = text.trim() === '' ? forgetMessageTemplate(archetype, channel) : saveMessageTemplate(archetype, channel, text);
        saved.then(
          () => (this.saveFailed = false),
          () => (this.saveFailed = true),
        );
      }, SAVE_AFTER_MS),
    );
  }

  reset(channel: string): void {
    clearTimeout(this.#timers.get(channel));
    this.#timers.delete(channel);
    delete this.own[channel];
    forgetMessageTemplate(this.#archetype, channel).then(
      () => (this.saveFailed = false),
      () => (this.saveFailed = true),
    );
  }
}
