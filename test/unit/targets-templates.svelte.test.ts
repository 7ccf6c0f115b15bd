// The messages of an archetype: the starting text of each channel in the user's language until
// the user writes one, which is kept on the device (after a pause in typing) and read back; a
// reset brings the starting text back, also after a reload.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { MessageTemplates } from '../../src/features/targets/templates.svelte';
import { createTranslator } from '../../src/lib/i18n/translate';
import { resetConnection } from '../../src/lib/storage/connection';
import { loadMessageTemplates } from '../../src/lib/storage/message-templates';

const en = createTranslator('en');
const ru = createTranslator('ru');
const until = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 100 && !(await check()); i++) await new Promise((r) => setTimeout(r, 20));
};

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetConnection();
});

describe('message templates of an archetype', () => {
  it('shows the starting text in the user’s language until the user writes one, and keeps theirs', async () => {
    const templates = new MessageTemplates();
    await templates.load('cant_lose', ['email', 'sms']);
    expect(templates.textOf('sms', 'phone', en)).toBe('{first_name}, we miss you! {offer}');
    expect(templates.textOf('sms', 'phone', ru)).toBe('{first_name}, мы скучаем! {offer}');

    templates.set('sms', 'Вернитесь: {offer}');
    expect(templates.textOf('sms', 'phone', en)).toBe('Вернитесь: {offer}');
    await until(async () => (await loadMessageTemplates('cant_lose', ['sms'])).sms !== undefined);
    resetConnection();
    const again = new MessageTemplates();
    await again.load('cant_lose', ['email', 'sms']);
    expect(again.own).toEqual({ sms: 'Вернитесь: {offer}' });
    // Another archetype has its own.
    await again.load('lost', ['sms']);
    expect(again.textOf('sms', 'phone', en)).toBe('{first_name}, we miss you! {offer}');

    await again.load('cant_lose', ['sms']);
    again.reset('sms');
    expect(again.textOf('sms', 'phone', en)).toBe('{first_name}, we miss you! {offer}');
    await until(async () => (await loadMessageTemplates('cant_lose', ['sms'])).sms === undefined);
    expect(await loadMessageTemplates('cant_lose', ['sms'])).toEqual({});
    expect(again.saveFailed).toBe(false);
  });
});

describe('one message written in two tabs', () => {
  const stored = async () => (await loadMessageTemplates('cant_lose', ['sms'])).sms;

  it('a text typed over one another tab saved meanwhile is not saved until the user chooses', async () => {
    const first = new MessageTemplates();
    const second = new MessageTemplates();
    await Promise.all([first.load('cant_lose', ['sms']), second.load('cant_lose', ['sms'])]);
    first.set('sms', 'From the first tab');
    await until(async () => (await stored()) === 'From the first tab');
    second.set('sms', 'From the second tab');
    await until(async () => second.conflict !== null);
    expect(second.conflict).toBe('sms');
    expect(second.textOf('sms', 'phone', en)).toBe('From the second tab');
    expect(await stored()).toBe('From the first tab');

    await second.keepMine();
    expect(second.conflict).toBeNull();
    expect(await stored()).toBe('From the second tab');

    first.set('sms', 'First again');
    await until(async () => first.conflict !== null);
    await first.useTheirs();
    expect(first.conflict).toBeNull();
    expect(first.textOf('sms', 'phone', en)).toBe('From the second tab');
    expect(await stored()).toBe('From the second tab');
  });

  it('shows a text another tab announces', async () => {
    const here = new MessageTemplates();
    const stop = here.follow();
    await here.load('cant_lose', ['sms']);
    const elsewhere = new MessageTemplates();
    await elsewhere.load('cant_lose', ['sms']);
    elsewhere.set('sms', 'Written elsewhere');
    await until(async () => (await stored()) === 'Written elsewhere');
    // The same page's channel does not hear itself: a second one stands for the other tab.
    const otherTab = new BroadcastChannel('cvm-lab-message-templates');
    otherTab.postMessage('changed');
    await until(async () => here.textOf('sms', 'phone', en) === 'Written elsewhere');
    expect(here.textOf('sms', 'phone', en)).toBe('Written elsewhere');
    otherTab.close();
    stop();
  });
});
