// Configurations live in IndexedDB through the one schema module. A configuration written today
// (test/fixtures/archetypes/config-format-1.json, committed as written on 2026-11-23) must keep
// opening after future schema and format changes: this test reads it as stored data and as a file.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseConfigJson } from '../../src/lib/archetypes/validate';
import { deleteConfig, listConfigs, saveConfig } from '../../src/lib/storage/archetype-configs';
import { cvmDb, resetConnection } from '../../src/lib/storage/connection';
import { openCvmDb } from '../../src/lib/storage/schema';

const WRITTEN_TODAY = readFileSync(new URL('../fixtures/archetypes/config-format-1.json', import.meta.url), 'utf8');

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetConnection();
});

describe('archetype configurations on the device', () => {
  it('opens a configuration written by this version, as a file and as stored data', async () => {
    const parsed = parseConfigJson(WRITTEN_TODAY);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.config.archetypes[0].name).toBe('Лучшие');
    expect(parsed.config.rules[0].when).toEqual({ r: [4, 5], f: [1, 2], m: [1, 2] });

    // Stored at the version that introduced the store, opened by the current code.
    const v3 = await openCvmDb({ version: 3 });
    await v3.put('archetype-configs', JSON.parse(WRITTEN_TODAY));
    v3.close();
    expect((await listConfigs()).configs).toEqual([parsed.config]);
  });

  it('saves, lists and deletes; a stored record that no longer passes the checks is left out and counted', async () => {
    const parsed = parseConfigJson(WRITTEN_TODAY);
    if (!parsed.ok) throw new Error('fixture');
    await saveConfig(parsed.config);
    await saveConfig({ ...parsed.config, id: 'second', name: 'Второй' });
    await (await cvmDb()).put('archetype-configs', { ...parsed.config, id: 'broken', grid: { r: 9, f: 5, m: 5 } });
    resetConnection();
    const listed = await listConfigs();
    expect(listed.configs.map((c) => c.id).sort()).toEqual(['cfg-2026-11-23', 'second']);
    expect(listed.unreadable).toBe(1);
    await deleteConfig('second');
    expect((await listConfigs()).configs.map((c) => c.id)).toEqual(['cfg-2026-11-23']);
  });
});
