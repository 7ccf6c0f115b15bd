// The engine's worker ends by itself (issue 20, item 5): what it held is gone, so an analysis on
// screen goes with it, but a snapshot on screen needs no engine and stays.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { Session } from '../../src/app/session.svelte';
import { configFromPreset } from '../../src/lib/archetypes/presets';
import type { ScoringSettings } from '../../src/lib/engine/api';
import { resetConnection } from '../../src/lib/storage/connection';
import { saveSnapshot } from '../../src/lib/storage/library';
import { snapshotRecord } from './helpers/stored-records';
import { fakeDataset, fakeEngines, fakeResult, fakeSummary, settle, until } from './helpers/fake-engine';

const configs = { load: async () => undefined, resolve: (_id: string, grid: ScoringSettings['bins']) => configFromPreset('default', grid) };

function start() {
  const fakes = fakeEngines();
  const session = new Session({ startEngine: fakes.start, configs, scoringDefaults: () => ({}) });
  return { session, ...fakes };
}

beforeEach(() => {
  resetConnection();
  globalThis.indexedDB = new IDBFactory();
});

describe('when the engine worker ends by itself', () => {
  it('a snapshot on screen stays, with the message', async () => {
    const t = start();
    await saveSnapshot(snapshotRecord('s1', 'd1'), new Blob(['customer_id,r\nA,5\n']));
    t.session.send({ type: 'open-snapshot', id: 's1' });
    await until(() => t.session.analysis.snapshot !== null, 'the snapshot on screen');

    t.current().stop();
    await settle();
    expect(t.session.screen.name).toBe('results');
    expect(t.session.analysis.snapshot?.id).toBe('s1');
    expect(t.session.host.error?.code).toBe('engine_lost');
    expect(t.engines).toHaveLength(2);
  });

  it('an analysis on screen goes, and the start page says why', async () => {
    const t = start();
    t.session.send({ type: 'open-file', file: new File(['customer,date,amount\n'], 'orders.csv') });
    await settle();
    t.current().last('openFile').resolve(fakeDataset('orders.csv'));
    await until(() => t.session.screen.name === 'mapping', 'the mapping screen');
    t.session.send({ type: 'analyse' });
    await settle();
    t.current().last('prepare').resolve(fakeSummary());
    await settle();
    const score = t.current().last('score');
    score.resolve(fakeResult(score.args[0] as ScoringSettings));
    await until(() => t.session.screen.name === 'results', 'the results');

    t.current().stop();
    await settle();
    expect(t.session.screen.name).toBe('import');
    expect(t.session.analysis.shown).toBeNull();
    expect(t.session.host.error?.code).toBe('engine_lost');
  });
});
