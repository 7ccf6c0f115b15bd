// Typed access to the small preferences the app remembers between visits.

import type { ColumnMapping, ScoringMethod } from '../engine/api';
import type { Locale } from '../i18n/locale';
import { cvmDb as db, resetConnection } from './connection';

export interface Preferences {
  locale: Locale;
  /** ISO 4217 code, or null to show plain numbers. */
  currency: string | null;
  method: ScoringMethod;
  bins: { r: number; f: number; m: number };
  archetypes: string;
}

export async function loadPreferences(): Promise<Partial<Preferences>> {
  const store = (await db()).transaction('settings').store;
  const entries = await Promise.all(
    (['locale', 'currency', 'method', 'bins', 'archetypes'] as const).map(async (key) => [key, await store.get(key)] as const),
  );
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined)) as Partial<Preferences>;
}

export async function savePreference<K extends keyof Preferences>(key: K, value: Preferences[K]): Promise<void> {
  await (await db()).put('settings', value, key);
}

export async function rememberMapping(signature: string, fileName: string, mapping: ColumnMapping): Promise<void> {
  await (await db()).put('mappings', { signature, fileName, mapping, savedAt: new Date().toISOString() });
}

export async function recallMapping(signature: string): Promise<ColumnMapping | null> {
  return (await (await db()).get('mappings', signature))?.mapping ?? null;
}

/** For tests: forget the open connection so a fresh fake IndexedDB is used. */
export function resetPreferencesConnection(): void {
  resetConnection();
}
