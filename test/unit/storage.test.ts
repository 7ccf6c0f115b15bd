import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../src/lib/engine/api';
import {
  loadPreferences,
  recallMapping,
  recallMappingAndStatuses,
  rememberMapping,
  resetPreferencesConnection,
  savePreference,
} from '../../src/lib/storage/preferences';
import { cvmDb } from '../../src/lib/storage/connection';
import { DB_NAME, DB_VERSION, STORE_NAMES, openCvmDb } from '../../src/lib/storage/schema';

/** A later visit: the page is reloaded, so the next call opens the database again. */
const reload = () => resetPreferencesConnection();

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetPreferencesConnection();
});

describe('schema', () => {
  it('opens the database at the current version with every store', async () => {
    const db = await openCvmDb();
    try {
      expect(db.name).toBe(DB_NAME);
      expect(db.version).toBe(DB_VERSION);
      expect([...db.objectStoreNames].sort()).toEqual([...STORE_NAMES].sort());
      expect(db.transaction('mappings').store.keyPath).toBe('signature');
    } finally {
      db.close();
    }
  });
});

describe('preferences', () => {
  it('remembers nothing on a first visit', async () => {
    // Strict: an unset key must be absent, not undefined, or spreading it over the defaults erases them.
    expect(await loadPreferences()).toStrictEqual({});
  });

  it('gives back on the next visit every preference that was saved', async () => {
    await savePreference('locale', 'ru');
    await savePreference('currency', 'EUR');
    await savePreference('method', 'ntile');
    await savePreference('bins', { r: 3, f: 4, m: 2 });
    await savePreference('archetypes', 'rfm-package');
    reload();
    expect(await loadPreferences()).toEqual({
      locale: 'ru',
      currency: 'EUR',
      method: 'ntile',
      bins: { r: 3, f: 4, m: 2 },
      archetypes: 'rfm-package',
    });
  });

  it('returns only what was saved, and keeps "plain numbers" (no currency) apart from unset', async () => {
    await savePreference('currency', null);
    await savePreference('locale', 'en');
    reload();
    expect(await loadPreferences()).toStrictEqual({ currency: null, locale: 'en' });
  });

  it('keeps the latest choice when a preference is saved again', async () => {
    await savePreference('locale', 'en');
    await savePreference('locale', 'ru');
    reload();
    expect((await loadPreferences()).locale).toBe('ru');
  });
});

describe('remembered column mappings', () => {
  const mapping: ColumnMapping = { customer: 'Клиент', date: 'Дата', quantity: 'Кол-во', price: 'Цена', order: 'Чек' };

  it('recalls the mapping confirmed for the same file shape on a later visit', async () => {
    await rememberMapping('0a1b2c3d', 'till.csv', mapping);
    reload();
    expect(await recallMapping('0a1b2c3d')).toEqual(mapping);
  });

  it('recalls nothing for a file shape never seen', async () => {
    await rememberMapping('0a1b2c3d', 'till.csv', mapping);
    expect(await recallMapping('ffffffff')).toBeNull();
  });

  it('keeps one mapping per file shape, the last one confirmed', async () => {
    const other: ColumnMapping = { customer: 'id', date: 'day', amount: 'total' };
    const corrected: ColumnMapping = { customer: 'Клиент', date: 'Дата', amount: 'Сумма' };
    await rememberMapping('0a1b2c3d', 'till.csv', mapping);
    await rememberMapping('99999999', 'shop.csv', other);
    await rememberMapping('0a1b2c3d', 'till.csv', corrected);
    reload();
    expect(await recallMapping('0a1b2c3d')).toEqual(corrected);
    expect(await recallMapping('99999999')).toEqual(other);
  });

  it('recalls the statuses left out with the mapping, and reads a mapping remembered before they were', async () => {
    const withStatus: ColumnMapping = { customer: 'Email', date: 'Date', amount: 'Total', status: 'Order Status' };
    await rememberMapping('0a1b2c3d', 'woo.csv', withStatus, ['cancelled', 'On hold']);
    await rememberMapping('99999999', 'till.csv', mapping, ['cancelled']);
    // As an earlier version wrote it: no excludedStatuses field.
    await (await cvmDb()).put('mappings', { signature: 'old', fileName: 'old.csv', mapping: withStatus, savedAt: '2026-01-01T00:00:00.000Z' });
    reload();
    expect(await recallMappingAndStatuses('0a1b2c3d')).toEqual({ mapping: withStatus, excludedStatuses: ['cancelled', 'On hold'], contacts: null });
    // Without a status column there is nothing to leave out.
    expect(await recallMappingAndStatuses('99999999')).toEqual({ mapping, excludedStatuses: null, contacts: null });
    expect(await recallMappingAndStatuses('old')).toEqual({ mapping: withStatus, excludedStatuses: null, contacts: null });
  });

  it('recalls the contact columns confirmed with the mapping (none is remembered too); a record with malformed contacts is set aside whole: nothing is recalled for it', async () => {
    await rememberMapping('shop', 'shop.csv', mapping, null, { email: 'Email', push: 'Token' });
    await rememberMapping('none', 'none.csv', mapping, null, {});
    await (await cvmDb()).put('mappings', { signature: 'odd', fileName: 'odd.csv', mapping, contacts: { fax: 'Fax' }, savedAt: '2026-01-01T00:00:00.000Z' } as never);
    reload();
    expect((await recallMappingAndStatuses('shop'))?.contacts).toEqual({ email: 'Email', push: 'Token' });
    expect((await recallMappingAndStatuses('none'))?.contacts).toEqual({});
    expect(await recallMappingAndStatuses('odd')).toBeNull();
  });
});
