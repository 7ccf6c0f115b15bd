// Configurations live in IndexedDB through the one schema module. Configurations written by
// earlier versions (test/fixtures/archetypes/config-format-1.json, committed as written on
// 2026-11-23, before playbooks; config-format-2.json, written on 2026-12-02 with them) must keep
// opening after future schema and format changes: this test reads them as stored data and as files.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { CONFIG_FORMAT } from '../../src/lib/archetypes/config';
import { parseConfigJson } from '../../src/lib/archetypes/validate';
import { deleteConfig, listConfigs, saveConfig } from '../../src/lib/storage/archetype-configs';
import { cvmDb, resetConnection } from '../../src/lib/storage/connection';
import { openCvmDb } from '../../src/lib/storage/schema';

const WRITTEN_TODAY = readFileSync(new URL('../fixtures/archetypes/config-format-1.json', import.meta.url), 'utf8');
const WITH_PLAYBOOKS = readFileSync(new URL('../fixtures/archetypes/config-format-2.json', import.meta.url), 'utf8');
const empty = { actions: [], avoid: [], offer: '' };

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
    // Upgraded to the current format: each archetype has its preset's goal and no texts of its own.
    expect(parsed.config.format).toBe(CONFIG_FORMAT);
    expect(Object.fromEntries(parsed.config.archetypes.map((a) => [a.id, a.playbook.goal]))).toEqual({
      champions: 'keep',
      loyal: 'grow',
      potential_loyalist: 'grow',
      new: 'grow',
      promising: 'grow',
      need_attention: 'wake_up',
      about_to_sleep: 'wake_up',
      at_risk: 'win_back',
      cant_lose: 'win_back',
      hibernating: 'wake_up',
      lost: 'let_go',
      forgotten: 'grow',
    });
    // Its one custom action became the recommended action; every other text is the prefill.
    const champions = parsed.config.archetypes.find((a) => a.id === 'champions')!;
    expect(champions.playbook.actions).toEqual(['Программа лояльности, ранний доступ']);
    for (const a of parsed.config.archetypes.filter((a) => a !== champions)) expect(a.playbook).toEqual({ goal: a.playbook.goal, ...empty });
    expect(parsed.config.archetypes.every((a) => !('action' in a))).toBe(true);

    // Stored at the version that introduced the store, opened by the current code.
    const v3 = await openCvmDb({ version: 3 });
    await v3.put('archetype-configs', JSON.parse(WRITTEN_TODAY));
    v3.close();
    expect((await listConfigs()).configs).toEqual([parsed.config]);
  });

  it('opens a configuration with playbooks (format 2), as a file and as stored data', async () => {
    const parsed = parseConfigJson(WITH_PLAYBOOKS);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    // As written, less the legacy (empty) action of each archetype.
    const written = JSON.parse(WITH_PLAYBOOKS);
    expect(parsed.config).toEqual({ ...written, archetypes: written.archetypes.map(({ action: _, ...a }: { action: string }) => a) });
    const byId = Object.fromEntries(parsed.config.archetypes.map((a) => [a.id, a.playbook]));
    expect(byId.champions).toEqual({ goal: 'keep', actions: ['Закрытая распродажа для своих', 'Подарок на день рождения'], avoid: ['Скидки каждую неделю'], offer: 'Ранний доступ к новой коллекции' });
    expect(byId.lost).toEqual({ goal: 'win_back', actions: [], avoid: [], offer: 'Скидка 20% на один заказ' });
    expect(byId.wholesale).toEqual({ goal: 'grow', actions: ['Персональный менеджер'], avoid: [], offer: '' });
    expect(byId.vip).toEqual({ goal: 'keep', ...empty });

    const v4 = await openCvmDb({ version: 4 });
    await v4.put('archetype-configs', JSON.parse(WITH_PLAYBOOKS));
    v4.close();
    expect((await listConfigs()).configs).toEqual([parsed.config]);
  });

  it('saves, lists and deletes; a stored record that no longer passes the checks is left out and counted', async () => {
    const parsed = parseConfigJson(WRITTEN_TODAY);
    if (!parsed.ok) throw new Error('fixture');
    await saveConfig(parsed.config, null);
    await saveConfig({ ...parsed.config, id: 'second', name: 'Второй' }, null);
    await (await cvmDb()).put('archetype-configs', { ...parsed.config, id: 'broken', grid: { r: 9, f: 5, m: 5 } });
    resetConnection();
    const listed = await listConfigs();
    expect(listed.configs.map((c) => c.id).sort()).toEqual(['cfg-2026-11-23', 'second']);
    expect(listed.unreadable).toBe(1);
    await deleteConfig('second', 1);
    expect((await listConfigs()).configs.map((c) => c.id)).toEqual(['cfg-2026-11-23']);
  });
});
