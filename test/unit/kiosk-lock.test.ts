// The kiosk lock in the settings store: it survives a reload, a damaged one locks nothing, and it
// never travels in a backup, so restoring one on another device does not lock that device.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyRestore, createBackup, previewRestore } from '../../src/lib/storage/backup';
import { readBackup, writeBackup } from '../../src/lib/storage/backup-file';
import { cvmDb, resetConnection } from '../../src/lib/storage/connection';
import { clearKioskLock, KIOSK_LOCK_KEY, loadKioskLock, saveKioskLock } from '../../src/lib/storage/kiosk-lock';
import { loadPreferences, savePreference } from '../../src/lib/storage/preferences';
import { DB_VERSION } from '../../src/lib/storage/schema';

const LOCK = { surveyId: 's1', pinHash: 'c'.repeat(64), salt: 'd'.repeat(32), startedAt: '2026-12-02T10:00:00.000Z' };

function anotherDevice() {
  globalThis.indexedDB = new IDBFactory();
  resetConnection();
}
beforeEach(anotherDevice);

describe('kiosk lock', () => {
  it('is kept until cleared, and read again after the connection reopens', async () => {
    expect(await loadKioskLock()).toBeNull();
    await saveKioskLock(LOCK);
    resetConnection();
    expect(await loadKioskLock()).toEqual(LOCK);
    await clearKioskLock();
    expect(await loadKioskLock()).toBeNull();
  });

  it('is ignored when damaged, so a broken record cannot trap the user in the kiosk', async () => {
    await (await cvmDb()).put('settings', { ...LOCK, pinHash: 'short' }, KIOSK_LOCK_KEY);
    expect(await loadKioskLock()).toBeNull();
  });

  it('is left out of a backup, which still carries the other settings', async () => {
    await savePreference('locale', 'ru');
    await saveKioskLock(LOCK);
    const backup = await readBackup(await createBackup(), DB_VERSION);
    expect(backup.entries.filter((e) => e.store === 'settings').map((e) => e.key)).toEqual(['locale']);
  });

  it('found in a backup made elsewhere, is not restored', async () => {
    const file = await writeBackup({
      createdAt: '2026-12-02T10:00:00.000Z',
      schemaVersion: DB_VERSION,
      entries: [
        { store: 'settings', key: 'locale', value: 'ru' },
        { store: 'settings', key: KIOSK_LOCK_KEY, value: LOCK },
      ],
    });
    const { items } = await previewRestore(file);
    expect(items.map((i) => i.key)).toEqual(['locale']);
    await applyRestore(items, new Map(), (name) => name);
    expect(await loadKioskLock()).toBeNull();
    expect((await loadPreferences()).locale).toBe('ru');
  });
});
