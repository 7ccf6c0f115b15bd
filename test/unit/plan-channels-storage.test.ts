// The planner's channels kept on the device, per currency, in the settings store: what is read
// back is what was saved; a stored value that does not pass the check (an older shape, a
// hand-edited backup) reads as nothing, so the planner starts from the defaults.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultChannels } from '../../src/lib/plan/channels';
import { cvmDb, resetConnection } from '../../src/lib/storage/connection';
import { loadPlanChannels, PLAN_CHANNELS_KEY, savePlanChannels, validPlanChannels, type PlannedChannel } from '../../src/lib/storage/plan-channels';

const planned = (currency: string): PlannedChannel[] => defaultChannels(currency).map((c) => ({ ...c, enabled: true }));

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetConnection();
});

describe('the stored channels check', () => {
  it('passes the defaults and drops fields it does not know', () => {
    const usd = planned('USD');
    expect(validPlanChannels({ USD: usd }, 'USD')).toEqual(usd);
    expect(validPlanChannels({ USD: usd.map((c) => ({ ...c, extra: 1 })) }, 'USD')).toEqual(usd);
  });

  it.each([
    ['nothing', undefined],
    ['not an object', 'channels'],
    ['another currency only', { RUB: planned('RUB') }],
    ['an empty list', { USD: [] }],
    ['a rate above 1', { USD: planned('USD').map((c, i) => (i === 0 ? { ...c, delivery: 1.5 } : c)) }],
    ['a negative price', { USD: planned('USD').map((c, i) => (i === 0 ? { ...c, price: -1 } : c)) }],
    ['an unknown contact', { USD: planned('USD').map((c, i) => (i === 0 ? { ...c, contact: 'fax' } : c)) }],
    ['an unknown fallback', { USD: planned('USD').map((c, i) => (i === 0 ? { ...c, fallback: 'never' } : c)) }],
    ['a zero timeout', { USD: planned('USD').map((c, i) => (i === 0 ? { ...c, timeoutHours: 0 } : c)) }],
    ['no "enabled"', { USD: planned('USD').map(({ enabled: _e, ...c }) => c) }],
    ['two channels with one id', { USD: [...planned('USD'), planned('USD')[0]] }],
    ['too many channels', { USD: Array.from({ length: 7 }, (_, i) => ({ ...planned('USD')[0], id: `c${i}` })) }],
  ])('rejects %s', (_name, stored) => {
    expect(validPlanChannels(stored, 'USD')).toBeNull();
  });
});

describe('the channels on the device', () => {
  it('reads back what was saved, per currency', async () => {
    const usd = planned('USD').map((c, i) => (i === 0 ? { ...c, name: 'Mail', price: 0.002, enabled: false } : c));
    const rub = planned('RUB');
    await savePlanChannels('USD', usd, null);
    await savePlanChannels('RUB', rub, null);
    expect(await loadPlanChannels('USD')).toEqual(usd);
    expect(await loadPlanChannels('RUB')).toEqual(rub);
    expect(await loadPlanChannels('EUR')).toBeNull();
  });

  it('reads a broken record as nothing, and a save replaces it', async () => {
    await (await cvmDb()).put('settings', { USD: [{ id: 'x' }] }, PLAN_CHANNELS_KEY);
    expect(await loadPlanChannels('USD')).toBeNull();
    await (await cvmDb()).put('settings', 'garbage', PLAN_CHANNELS_KEY);
    expect(await loadPlanChannels('USD')).toBeNull();
    await savePlanChannels('USD', planned('USD'), null);
    expect(await loadPlanChannels('USD')).toEqual(planned('USD'));
  });
});

describe('two tabs save the channels', () => {
  it('a save over channels it did not read writes nothing; another currency is no conflict', async () => {
    const first = planned('USD');
    expect(await savePlanChannels('USD', first, null)).toBe('saved');
    const theirs = first.map((c) => ({ ...c, price: c.price + 1 }));
    expect(await savePlanChannels('USD', theirs, first)).toBe('saved');
    expect(await savePlanChannels('USD', first.slice(1), first)).toBe('changed');
    expect(await loadPlanChannels('USD')).toEqual(theirs);
    expect(await savePlanChannels('RUB', planned('RUB'), null)).toBe('saved');
    expect(await loadPlanChannels('USD')).toEqual(theirs);
  });
});
