// Compare-and-write (lib/storage/revision.ts): a save goes through only over the revision its
// editor started from; another tab's newer version or its delete is never written over, and
// records stored before revisions existed count as revision 0.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { configFromPreset } from '../../src/lib/archetypes/presets';
import { cvmDb, resetConnection } from '../../src/lib/storage/connection';
import { checkRevision, deleteRevised, revisionOf, sameValue, saveRevised, saveSettingIfSeen } from '../../src/lib/storage/revision';

const config = (name: string) => ({ ...configFromPreset('default', { r: 5, f: 5, m: 5 }, 'cfg-1', new Date('2026-12-01T00:00:00Z')), name });
const stored = async () => (await cvmDb()).get('archetype-configs', 'cfg-1');

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetConnection();
});

describe('a save over the revision it started from', () => {
  it('numbers the saves of one record 1, 2, 3', async () => {
    const first = await saveRevised('archetype-configs', config('A'), null);
    expect(first).toMatchObject({ kind: 'saved', record: { revision: 1 } });
    await saveRevised('archetype-configs', config('B'), 1);
    const third = await saveRevised('archetype-configs', config('C'), 2);
    expect(third.kind === 'saved' && third.record.revision).toBe(3);
    expect(await stored()).toMatchObject({ name: 'C', revision: 3 });
  });

  it('two tabs save from the same revision: the second writes nothing and is told', async () => {
    await saveRevised('archetype-configs', config('start'), null);
    expect((await saveRevised('archetype-configs', config('tab one'), 1)).kind).toBe('saved');
    expect((await saveRevised('archetype-configs', config('tab two'), 1)).kind).toBe('changed');
    expect(await stored()).toMatchObject({ name: 'tab one', revision: 2 });
  });

  it('a save of a record deleted meanwhile does not bring it back', async () => {
    await saveRevised('archetype-configs', config('start'), null);
    expect(await deleteRevised('archetype-configs', 'cfg-1', 1)).toBe('deleted');
    expect((await saveRevised('archetype-configs', config('late edit'), 1)).kind).toBe('deleted');
    expect(await stored()).toBeUndefined();
  });

  it('a new record does not replace one another tab stored under its id', async () => {
    await saveRevised('archetype-configs', config('theirs'), null);
    expect((await saveRevised('archetype-configs', config('mine'), null)).kind).toBe('changed');
    expect((await stored())?.name).toBe('theirs');
  });

  it('a delete leaves a version saved after the one it saw', async () => {
    await saveRevised('archetype-configs', config('start'), null);
    await saveRevised('archetype-configs', config('newer'), 1);
    expect(await deleteRevised('archetype-configs', 'cfg-1', 1)).toBe('changed');
    // Nor one stored where this tab saw none.
    expect(await deleteRevised('archetype-configs', 'cfg-1', null)).toBe('changed');
    expect((await stored())?.name).toBe('newer');
    expect(await deleteRevised('archetype-configs', 'cfg-1', 2)).toBe('deleted');
    expect(await deleteRevised('archetype-configs', 'cfg-1', 2)).toBe('deleted');
  });

  it('a record stored before revisions existed counts as revision 0', async () => {
    await (await cvmDb()).put('archetype-configs', config('older data'));
    expect(revisionOf(await stored())).toBe(0);
    expect((await saveRevised('archetype-configs', config('edited'), 0)).kind).toBe('saved');
    expect(await stored()).toMatchObject({ name: 'edited', revision: 1 });
    expect(revisionOf({ revision: -1 })).toBe(0);
    expect(revisionOf({ revision: 'x' })).toBe(0);
  });

  it('checks without storage', () => {
    expect(checkRevision(undefined, null)).toBe('ok');
    expect(checkRevision({ revision: 2 }, 2)).toBe('ok');
    expect(checkRevision({ revision: 3 }, 2)).toBe('changed');
    expect(checkRevision(undefined, 2)).toBe('deleted');
  });
});

describe('a settings value is its own revision', () => {
  const key = 'planChannels';
  const part = (v: unknown) => (v as Record<string, unknown> | undefined)?.RUB;

  it('writes when the part read is unchanged, in any key order, and refuses after another write', async () => {
    const db = await cvmDb();
    await db.put('settings', { RUB: [{ id: 'sms', price: 3 }], USD: [] }, key);
    const seen = [{ price: 3, id: 'sms' }];
    const next = (v: unknown) => ({ ...(v as object), RUB: [{ id: 'sms', price: 4 }] });
    expect(await saveSettingIfSeen('plan-channels', key, part, seen, next)).toBe('saved');
    expect(await db.get('settings', key)).toEqual({ RUB: [{ id: 'sms', price: 4 }], USD: [] });
    // The same edit from a tab that still holds the first value.
    expect(await saveSettingIfSeen('plan-channels', key, part, seen, (v) => ({ ...(v as object), RUB: [] }))).toBe('changed');
    expect(await db.get('settings', key)).toEqual({ RUB: [{ id: 'sms', price: 4 }], USD: [] });
  });

  it('treats an absent value as seen absent, and deletes when told', async () => {
    expect(await saveSettingIfSeen('message-templates', 'template', (v) => v, undefined, () => 'Hello')).toBe('saved');
    expect(await saveSettingIfSeen('message-templates', 'template', (v) => v, undefined, () => 'Again')).toBe('changed');
    expect(await saveSettingIfSeen('message-templates', 'template', (v) => v, 'Hello', () => undefined)).toBe('saved');
    expect(await (await cvmDb()).get('settings', 'template')).toBeUndefined();
  });

  it('compares plain data by content', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue(undefined, null)).toBe(false);
  });
});
