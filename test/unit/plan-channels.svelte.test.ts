// The planner's channel list: the defaults for the shop's currency, then the user's own read back
// from the device; every edit kept at once, per currency; a list read after an edit never undoes it.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { PlanChannels } from '../../src/features/plan/plan-channels.svelte';
import { resetConnection } from '../../src/lib/storage/connection';
import { loadPlanChannels, savePlanChannels } from '../../src/lib/storage/plan-channels';
import { defaultChannels } from '../../src/lib/plan/channels';

const ids = (c: PlanChannels) => c.channels.map((x) => x.id);
const until = async (ok: () => Promise<boolean> | boolean) => {
  for (let i = 0; i < 100 && !(await ok()); i++) await new Promise((r) => setTimeout(r, 5));
};

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetConnection();
});

describe('the planner channels', () => {
  it('starts from the defaults, cheapest first, and keeps each edit for its currency', async () => {
    const channels = new PlanChannels();
    await channels.use('USD');
    expect(ids(channels)).toEqual(defaultChannels('USD').map((c) => c.id));
    channels.move('email', -1);
    channels.update('sms', { enabled: false, price: 0.01 });
    expect(ids(channels)).toEqual(['email', 'push', 'sms', 'messenger']);
    await until(async () => (await loadPlanChannels('USD'))?.find((c) => c.id === 'sms')?.price === 0.01);
    const again = new PlanChannels();
    await again.use('USD');
    expect(again.channels).toEqual(channels.channels);
    // Another currency has its own list.
    await again.use('RUB');
    expect(ids(again)).toEqual(defaultChannels('RUB').map((c) => c.id));
    expect(again.channels.every((c) => c.enabled)).toBe(true);
  });

  it('adds and removes channels, keeps the last one, and applies a suggested order', async () => {
    const channels = new PlanChannels();
    await channels.use('USD');
    channels.add('Viber');
    expect(channels.channels.at(-1)).toMatchObject({ name: 'Viber', enabled: true });
    channels.applyOrder(['sms', 'email']);
    expect(channels.channels.map((c) => [c.id, c.enabled]).slice(0, 3)).toEqual([
      ['sms', true],
      ['email', true],
      ['push', false],
    ]);
    for (const id of ids(channels).slice(1)) channels.remove(id);
    channels.remove('sms');
    expect(ids(channels)).toEqual(['sms']);
    channels.reset();
    expect(ids(channels)).toEqual(defaultChannels('USD').map((c) => c.id));
  });

  it('does not let a stored list read after an edit undo that edit', async () => {
    await savePlanChannels('USD', defaultChannels('USD').map((c) => ({ ...c, enabled: false })), null);
    const channels = new PlanChannels();
    const reading = channels.use('USD');
    channels.update('email', { name: 'Mail' });
    await reading;
    expect(channels.channels.find((c) => c.id === 'email')).toMatchObject({ name: 'Mail', enabled: true });
  });
});

describe('the planner channels in two tabs', () => {
  const price = (c: PlanChannels, id: string) => c.channels.find((x) => x.id === id)?.price;

  it('an edit over channels another tab saved meanwhile is not saved until the user chooses', async () => {
    const first = new PlanChannels();
    const second = new PlanChannels();
    await Promise.all([first.use('USD'), second.use('USD')]);
    first.update('sms', { price: 0.5 });
    await until(async () => (await loadPlanChannels('USD'))?.find((c) => c.id === 'sms')?.price === 0.5);
    second.update('email', { price: 0.25 });
    await until(() => second.conflict);
    expect(second.conflict).toBe(true);
    expect(price(second, 'email')).toBe(0.25);
    expect((await loadPlanChannels('USD'))?.find((c) => c.id === 'email')?.price).not.toBe(0.25);

    await second.keepMine();
    expect(second.conflict).toBe(false);
    expect((await loadPlanChannels('USD'))?.find((c) => c.id === 'email')?.price).toBe(0.25);

    // The first tab's next edit now meets the second's save: it chooses the other tab's list.
    first.update('push', { enabled: false });
    await until(() => first.conflict);
    await first.useTheirs();
    expect(first.conflict).toBe(false);
    expect(price(first, 'email')).toBe(0.25);
    expect(first.channels.find((c) => c.id === 'push')?.enabled).toBe(true);
  });

  it('shows what another tab announces, unless its own list on screen is not saved', async () => {
    const here = new PlanChannels();
    const stop = here.follow();
    await here.use('USD');
    // Another tab: its own channel object on the same name, as a second page would have.
    const otherTab = new BroadcastChannel('cvm-lab-plan-channels');
    const saved = defaultChannels('USD').map((c) => ({ ...c, enabled: true, price: 9 }));
    expect(await savePlanChannels('USD', saved, null)).toBe('saved');
    otherTab.postMessage('changed');
    await until(() => price(here, 'sms') === 9);
    expect(price(here, 'sms')).toBe(9);
    otherTab.close();
    stop();
  });
});
