// The user's message templates per archetype and channel in the settings store: kept across a
// reload, and a damaged value reads as none, so the starting text is shown.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { cvmDb, resetConnection } from '../../src/lib/storage/connection';
import { loadMessageTemplates, MAX_TEMPLATE_LENGTH, messageTemplateKey, saveMessageTemplate, storedTemplate } from '../../src/lib/storage/message-templates';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetConnection();
});

describe('message templates on the device', () => {
  it('keeps a template per archetype and channel', async () => {
    await saveMessageTemplate('cant_lose', 'sms', 'Мы скучаем, {first_name}!', null);
    await saveMessageTemplate('lost', 'sms', 'Last chance: {offer}', null);
    resetConnection();
    expect(await loadMessageTemplates('cant_lose', ['email', 'sms'])).toEqual({ sms: 'Мы скучаем, {first_name}!' });
    await saveMessageTemplate('cant_lose', 'sms', null, 'Мы скучаем, {first_name}!');
    expect(await loadMessageTemplates('cant_lose', ['email', 'sms'])).toEqual({});
    expect(await loadMessageTemplates('lost', ['sms'])).toEqual({ sms: 'Last chance: {offer}' });
  });

  it('reads a damaged value as no template', async () => {
    const db = await cvmDb();
    await db.put('settings', { text: 'not a string' }, messageTemplateKey('cant_lose', 'email'));
    await db.put('settings', '   ', messageTemplateKey('cant_lose', 'push'));
    await db.put('settings', 'x'.repeat(MAX_TEMPLATE_LENGTH + 1), messageTemplateKey('cant_lose', 'sms'));
    expect(await loadMessageTemplates('cant_lose', ['email', 'push', 'sms'])).toEqual({});
  });

  it('validates: text only, not blank, not oversized', () => {
    expect(storedTemplate('Hi {first_name}')).toBe('Hi {first_name}');
    expect(storedTemplate(42)).toBeNull();
    expect(storedTemplate(null)).toBeNull();
    expect(storedTemplate('')).toBeNull();
    expect(storedTemplate('x'.repeat(MAX_TEMPLATE_LENGTH))).toHaveLength(MAX_TEMPLATE_LENGTH);
  });
});
