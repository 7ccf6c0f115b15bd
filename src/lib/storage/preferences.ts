// Typed access to the small preferences the app remembers between visits.

import type { ChannelContacts, ColumnMapping, ScoringMethod } from '../engine/api';
import type { Locale } from '../i18n/locale';
import { cvmDb as db, resetConnection, userDb } from './connection';
import type { RememberedMapping } from './schema';
import { rememberedMappingProblem } from './validate/mappings';
import { settingProblem } from './validate/settings';

export interface Preferences {
  locale: Locale;
  /** ISO 4217 code, or null to show plain numbers. */
  currency: string | null;
  method: ScoringMethod;
  bins: { r: number; f: number; m: number };
  archetypes: string;
}

/** Only the values this version can use: a language it lacks or bins out of range read as unset (set-aside.ts lists them). */
export async function loadPreferences(): Promise<Partial<Preferences>> {
  const store = (await db()).transaction('settings').store;
  const entries = await Promise.all(
    (['locale', 'currency', 'method', 'bins', 'archetypes'] as const).map(async (key) => [key, await store.get(key)] as const),
  );
  return Object.fromEntries(entries.filter(([key, value]) => value !== undefined && settingProblem(value, key) === null)) as Partial<Preferences>;
}

export async function savePreference<K extends keyof Preferences>(key: K, value: Preferences[K]): Promise<void> {
  // The language stays the user's in the locked demo too: it is a choice about the person, not the data.
  await (await (key === 'locale' ? userDb() : db())).put('settings', value, key);
}

export async function forgetPreference(key: keyof Preferences): Promise<void> {
  await (await db()).delete('settings', key);
}

/**
 * `excludedStatuses`: the statuses the user left out (null: the default rule), kept only with a
 * status column. `contacts`: the contact columns confirmed (undefined: not asked, nothing kept).
 */
export async function rememberMapping(
  signature: string,
  fileName: string,
  mapping: ColumnMapping,
  excludedStatuses: string[] | null = null,
  contacts?: ChannelContacts,
): Promise<void> {
  const record: RememberedMapping = { signature, fileName, mapping, savedAt: new Date().toISOString() };
  if (mapping.status && excludedStatuses) record.excludedStatuses = excludedStatuses;
  if (contacts) record.contacts = { ...contacts };
  await (await db()).put('mappings', record);
}

/** What was confirmed for a file shape: its mapping, the statuses left out (null: the default rule) and its contact columns (null: never confirmed). */
export interface Recalled {
  mapping: ColumnMapping;
  excludedStatuses: string[] | null;
  contacts: ChannelContacts | null;
}

export async function recallMappingAndStatuses(signature: string): Promise<Recalled | null> {
  const record = await (await db()).get('mappings', signature);
  if (!record || rememberedMappingProblem(record, signature)) return null;
  const statuses = record.excludedStatuses;
  return {
    mapping: record.mapping,
    excludedStatuses: record.mapping.status && statuses ? statuses : null,
    contacts: record.contacts ? { ...record.contacts } : null,
  };
}

export async function recallMapping(signature: string): Promise<ColumnMapping | null> {
  return (await recallMappingAndStatuses(signature))?.mapping ?? null;
}

/** For tests: forget the open connection so a fresh fake IndexedDB is used. */
export function resetPreferencesConnection(): void {
  resetConnection();
}
