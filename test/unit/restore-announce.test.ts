// A restore writes behind every list and editor: each synced store it wrote to is announced to the
// other tabs and to this tab's own listeners, which read again (as after another tab's save), so
// an edit made next starts from the restored revision. Stores it did not write stay quiet.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configFromPreset } from '../../src/lib/archetypes/presets';
import { saveConfig } from '../../src/lib/storage/archetype-configs';
import { applyRestore, createBackup, previewRestore } from '../../src/lib/storage/backup';
import { resetConnection } from '../../src/lib/storage/connection';
import { saveMessageTemplate } from '../../src/lib/storage/message-templates';
import { savePlanChannels } from '../../src/lib/storage/plan-channels';
import { defaultChannels } from '../../src/lib/plan/channels';
import { storeChannel, type SyncedStore } from '../../src/lib/storage/sync-channel';
import { addAnswer, saveSurvey } from '../../src/lib/storage/surveys';
import { newSurvey } from '../../src/lib/surveys/survey';
import { SHOP_TEXT } from './helpers/survey-text';

function anotherDevice() {
  globalThis.indexedDB = new IDBFactory();
  resetConnection();
}

const STORES: SyncedStore[] = ['archetype-configs', 'surveys', 'campaigns', 'plan-channels', 'message-templates'];
let heardHere: SyncedStore[] = [];
let unsubscribe: (() => void)[] = [];
/** Another tab: its own channels, which hear only what is posted. */
let otherTab: BroadcastChannel[] = [];
let heardThere: string[] = [];

beforeEach(() => {
  anotherDevice();
  heardHere = [];
  heardThere = [];
  unsubscribe = STORES.map((store) => storeChannel(store).listen(() => heardHere.push(store)));
  otherTab = STORES.map((store) => {
    const channel = new BroadcastChannel(`cvm-lab-${store}`);
    channel.onmessage = () => heardThere.push(store);
    return channel;
  });
});
afterEach(() => {
  for (const stop of unsubscribe) stop();
  for (const channel of otherTab) channel.close();
});

const restoreAll = async (file: Blob) => {
  const { items } = await previewRestore(file);
  return applyRestore(items, new Map(), (name) => `${name} (copy)`);
};
/** Messages between channels arrive as tasks: wait until the other tab has heard `count`. */
const otherTabHears = (count: number) => expect.poll(() => heardThere.length, { timeout: 2000 }).toBe(count);

describe('a restore tells every tab what it wrote', () => {
  it('announces the configurations, the surveys (their answers too), the plan\'s channels and the message templates it wrote, here and to other tabs', async () => {
    await saveConfig({ ...configFromPreset('default', { r: 5, f: 5, m: 5 }, 'cfg-1', new Date('2026-12-01T00:00:00Z')), name: 'Mine' }, null);
    await saveSurvey(newSurvey('s1', SHOP_TEXT, new Date('2026-12-01T00:00:00Z')), null);
    await addAnswer({
      id: 'a1',
      surveyId: 's1',
      version: 1,
      answeredAt: '2026-12-02T10:00:00.000Z',
      source: 'kiosk',
      answer: { id: null, nps: 9, satisfaction: 5, matters: [], text: null },
    });
    await saveMessageTemplate('champions', 'email', 'Hello {name}', null);
    await savePlanChannels('USD', defaultChannels('USD').map((c) => ({ ...c, enabled: true })), null);
    const file = await createBackup();
    anotherDevice();
    await otherTabHears(5);
    heardHere = [];
    heardThere = [];

    expect(await restoreAll(file)).toMatchObject({ added: 5 });
    const written = ['archetype-configs', 'message-templates', 'plan-channels', 'surveys'];
    expect(heardHere.sort()).toEqual(written);
    await otherTabHears(4);
    expect(heardThere.sort()).toEqual(written);
  });

  it('announces nothing when it writes nothing', async () => {
    await saveConfig({ ...configFromPreset('default', { r: 5, f: 5, m: 5 }, 'cfg-1', new Date('2026-12-01T00:00:00Z')), name: 'Mine' }, null);
    const file = await createBackup();
    heardHere = [];
    expect(await restoreAll(file)).toMatchObject({ added: 0, same: 1 });
    expect(heardHere).toEqual([]);
  });
});
