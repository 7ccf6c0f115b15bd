// The message templates the user wrote, one per archetype and channel, in the settings store
// under `message-template:<archetype id>:<channel id>`. A value that is not a template (a damaged
// record, one restored from a backup made by a later version) reads as none, so the starting text
// is shown instead of a half-valid message. A save never goes over a text another tab saved since
// this one read it (revision.ts), and is announced to the other tabs.

import { cvmDb } from './connection';
import { saveSettingIfSeen } from './revision';
import { asStorageError } from './storage-error';

/** Longer than any e-mail a shop sends from a CSV column; a bigger value is not one of ours. */
export const MAX_TEMPLATE_LENGTH = 5000;

export const MESSAGE_TEMPLATE_PREFIX = 'message-template:';
export const messageTemplateKey = (archetype: string, channel: string): string => `${MESSAGE_TEMPLATE_PREFIX}${archetype}:${channel}`;

/** The stored value as a template, or null when it is none (then the starting text is used). */
export const storedTemplate = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' && value.length <= MAX_TEMPLATE_LENGTH ? value : null;

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asStorageError(error);
  }
}

/** The templates of an archetype by channel id, only those that pass storedTemplate. */
export function loadMessageTemplates(archetype: string, channels: readonly string[]): Promise<Record<string, string>> {
  return guarded(async () => {
    const store = (await cvmDb()).transaction('settings').store;
    const found: Record<string, string> = {};
    for (const channel of channels) {
      const template = storedTemplate(await store.get(messageTemplateKey(archetype, channel)));
      if (template !== null) found[channel] = template;
    }
    return found;
  });
}

/**
 * Keeps `template` (null: back to the starting text) if the stored one is still `seen` (what this
 * tab read or last wrote; null for none): 'changed' when another tab saved another text
 * meanwhile, and nothing is written (revision.ts).
 */
export function saveMessageTemplate(archetype: string, channel: string, template: string | null, seen: string | null): Promise<'saved' | 'changed'> {
  return saveSettingIfSeen('message-templates', messageTemplateKey(archetype, channel), storedTemplate, seen, () => template ?? undefined);
}
