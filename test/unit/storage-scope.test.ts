// The locked demo's storage: while its scope is on, every store writes to the demo's own database;
// the user's stays as it was, the language is saved to the user's anyway, and discarding the demo's
// database (Reset, the next start) leaves nothing of the workshop behind.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { cvmDb, DEMO_DB_NAME, discardDemoStorage, resetConnection, setStorageScope, storageScope } from '../../src/lib/storage/connection';
import { loadPreferences, savePreference } from '../../src/lib/storage/preferences';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetConnection();
});

const databases = async () => (await indexedDB.databases()).map((d) => d.name).sort();

describe('the storage scope of the locked demo', () => {
  it('writes to the demo database while the scope is on, and the user\'s preferences stay as they were', async () => {
    await savePreference('method', 'quantile');
    setStorageScope('demo');
    expect(storageScope()).toBe('demo');
    await savePreference('method', 'ntile');
    expect((await cvmDb()).name).toBe(DEMO_DB_NAME);
    expect(await loadPreferences()).toEqual({ method: 'ntile' });
    setStorageScope('user');
    expect(await loadPreferences()).toEqual({ method: 'quantile' });
  });

  it('saves the language to the user\'s database even inside the locked demo', async () => {
    setStorageScope('demo');
    await savePreference('locale', 'ru');
    expect(await loadPreferences()).toEqual({});
    setStorageScope('user');
    expect(await loadPreferences()).toEqual({ locale: 'ru' });
  });

  it('discards the demo database with everything written into it, and opens it empty the next time', async () => {
    setStorageScope('demo');
    await savePreference('archetypes', 'cfg-workshop');
    expect(await databases()).toEqual(['cvm-lab-demo']);
    await discardDemoStorage();
    expect(await databases()).toEqual([]);
    expect(await loadPreferences()).toEqual({});
    // Nothing to discard is no error (the start of an app that never opened the locked demo).
    await discardDemoStorage();
  });
});
