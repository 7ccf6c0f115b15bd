// The kiosk lock on this device, in the settings store. It belongs to this device alone: backups
// leave it out and restores ignore it (backup.ts), so a restored backup never locks another tablet.

import { isKioskLock, type KioskLock } from '../kiosk/lock';
import { cvmDb } from './connection';
import { asStorageError } from './storage-error';

export const KIOSK_LOCK_KEY = 'kiosk-lock';

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asStorageError(error);
  }
}

/** The lock, or null when there is none or it is damaged (a damaged lock must not trap the user). */
export function loadKioskLock(): Promise<KioskLock | null> {
  return guarded(async () => {
    const value: unknown = await (await cvmDb()).get('settings', KIOSK_LOCK_KEY);
    return isKioskLock(value) ? value : null;
  });
}

export function saveKioskLock(lock: KioskLock): Promise<void> {
  return guarded(async () => {
    await (await cvmDb()).put('settings', { ...lock }, KIOSK_LOCK_KEY);
  });
}

export function clearKioskLock(): Promise<void> {
  return guarded(async () => {
    await (await cvmDb()).delete('settings', KIOSK_LOCK_KEY);
  });
}
