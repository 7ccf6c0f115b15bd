// The page's state with a fake engine: what the user sees when answers arrive late, out of order,
// never (a cancelled read) or fail.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { flushSync } from 'svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { Session } from '../../src/app/session.svelte';
import { configFromPreset } from '../../src/lib/archetypes/presets';
import type { ScoringSettings } from '../../src/lib/engine/api';
import { resetConnection } from '../../src/lib/storage/connection';
import { valueQuery } from '../../src/features/value/queries';
import { cohortsQuery } from '../../src/features/health/queries';
import { fakeDataset, fakeEngines, fakeResult, fakeSummary, settle, until } from './helpers/fake-engine';

const configs = { load: async () => undefined, resolve: (_id: string, grid: ScoringSettings['bins']) => configFromPreset('default', grid) };

function start() {
  const fakes = fakeEngines();
  const session = new Session({ startEngine: fakes.start, configs, scoringDefaults: () => ({}) });
  return { session, ...fakes };
}

const csv = (name: string) => new File(['customer,date,amount\nA,2024-01-01,10\n'], name, { type: 'text/csv' });

/** Opens `file`, confirms the guessed columns and scores it: the results screen. */
async function analyse(t: ReturnType<typeof start>, file: File, customers = 2) {
  t.session.send({ type: 'open-file', file });
  await settle();
  t.current().last('openFile').resolve(fakeDataset(file.name));
  await until(() => t.session.screen.name === 'mapping', 'the mapping screen');
  t.session.send({ type: 'analyse' });
  await settle();
  t.current().last('prepare').resolve(fakeSummary());
  await settle();
  const score = t.current().last('score');
  score.resolve(fakeResult(score.args[0] as ScoringSettings, customers));
  await settle();
  // Keeping the dataset on the device: the orders' compact copy.
  (await t.current().asked('exportOrders')).resolve(new Uint8Array([1, 2, 3]));
  await settle();
}

beforeEach(async () => {
  resetConnection();
  globalThis.indexedDB = new IDBFactory();
});

describe('the session, with a fake engine', () => {
  it('cancelling a read replaces the engine, goes back to import and ignores the old engine’s late answer', async () => {
    const t = start();
    t.session.send({ type: 'open-file', file: csv('big.csv') });
    await settle();
    const reading = t.current().last('openFile');
    expect(t.session.host.busy).toBe('opening');

    t.session.send({ type: 'cancel' });
    expect(t.engines).toHaveLength(2);
    expect(t.engines[0].terminated).toBe(true);
    expect(t.session.host.busy).toBeNull();
    expect(t.session.host.error?.code).toBe('import_cancelled');
    expect(t.session.screen.name).toBe('import');

    reading.resolve(fakeDataset('big.csv'));
    await settle();
    expect(t.session.screen.name).toBe('import');
    expect(t.session.flow.dataset).toBeNull();
  });

  it('shows the answer of the latest settings change, whichever answer arrives last', async () => {
    const t = start();
    await analyse(t, csv('orders.csv'));
    expect(t.session.screen.name).toBe('results');

    t.session.send({ type: 'change-settings', settings: { bins: { r: 3, f: 3, m: 3 } } });
    const first = await t.current().asked('score', 2);
    t.session.send({ type: 'change-settings', settings: { bins: { r: 4, f: 4, m: 4 } } });
    const second = await t.current().asked('score', 3);
    second.resolve(fakeResult(second.args[0] as ScoringSettings, 44));
    await settle();
    first.resolve(fakeResult(first.args[0] as ScoringSettings, 33));
    await settle();

    const screen = t.session.screen;
    expect(screen.name).toBe('results');
    if (screen.name !== 'results') return;
    expect(screen.shown.result.summary.customers).toBe(44);
    expect(screen.shown.result.settings.bins).toEqual({ r: 4, f: 4, m: 4 });
    expect(t.session.host.busy).toBeNull();
  });

  it('cancelling a new file rebuilds the results on screen in the new engine, with the settings changed meanwhile', async () => {
    const t = start();
    const earlier = csv('earlier.csv');
    await analyse(t, earlier, 7);
    t.session.send({ type: 'go', to: 'import' });
    t.session.send({ type: 'open-file', file: csv('new.csv') });
    await settle();

    t.session.send({ type: 'cancel' });
    const fresh = t.current();
    expect(t.engines).toHaveLength(2);
    expect(t.session.host.busy).toBe('restoring');
    // The earlier results stay on screen while they are rebuilt.
    expect(t.session.screen.name).toBe('results');
    t.session.send({ type: 'change-settings', settings: { method: 'ntile' } });

    await settle();
    expect(fresh.last('openFile').args[0]).toBe(earlier);
    fresh.last('openFile').resolve(fakeDataset('earlier.csv'));
    await settle();
    expect(fresh.last('prepare').args[0]).toEqual({ customer: 'customer', date: 'date', amount: 'amount' });
    fresh.last('prepare').resolve(fakeSummary());
    await settle();
    const score = fresh.last('score');
    expect((score.args[0] as ScoringSettings).method).toBe('ntile');
    score.resolve(fakeResult(score.args[0] as ScoringSettings, 7));
    await settle();

    expect(t.session.host.busy).toBeNull();
    const screen = t.session.screen;
    expect(screen.name).toBe('results');
    if (screen.name === 'results') expect(screen.shown.result.settings.method).toBe('ntile');
    expect(t.session.analysis.rowsAvailable).toBe(true);
  });

  it('a failed rebuild goes back to import with the reason, and forgets what the old engine held', async () => {
    const t = start();
    await analyse(t, csv('earlier.csv'));
    t.session.send({ type: 'go', to: 'import' });
    t.session.send({ type: 'open-file', file: csv('new.csv') });
    await settle();
    t.session.send({ type: 'cancel' });
    await settle();
    t.current().last('openFile').reject({ code: 'file_unreadable', details: { file: 'earlier.csv' }, message: 'gone' });
    await settle();
    expect(t.session.screen).toEqual({ name: 'import', back: null });
    expect(t.session.host.error?.code).toBe('file_unreadable');
  });

  it('a question that fails shows its own error with a retry, and leaves the banner and the other questions alone', async () => {
    const t = start();
    await analyse(t, csv('orders.csv'));
    let value!: ReturnType<typeof valueQuery>;
    let cohorts!: ReturnType<typeof cohortsQuery>;
    const stop = $effect.root(() => {
      value = valueQuery(() => t.session.analysis, () => t.session.churn);
      cohorts = cohortsQuery(() => t.session.analysis);
    });
    flushSync();
    (await t.current().asked('suggestChurnDays')).resolve({ share: 0.9, gaps: 4, days: 30 });
    (await t.current().asked('segmentValue')).reject(new Error('Out of luck'));
    (await t.current().asked('cohorts')).resolve([{ cohort: '2024-01', monthsAfter: 0, buyers: 2, revenue: 30 }]);
    await settle();

    expect(value.loading).toBe(false);
    expect(value.error).toMatchObject({ code: 'engine_failed', details: { reason: 'Out of luck' } });
    expect(value.current).toBeUndefined();
    expect(cohorts.current).toHaveLength(1);
    expect(t.session.host.error).toBeNull();

    value.retry();
    expect(value.loading).toBe(true);
    (await t.current().asked('segmentValue', 2)).resolve([{ segment: 'champions', customers: 2, purchases: 3, revenue: 30, repeaters: 1, churned: 0, ageDays: 10 }]);
    await settle();
    expect(value.error).toBeNull();
    expect(value.current?.churnDays).toBe(30);
    // The churn suggestion was asked once and shared.
    expect(t.current().of('suggestChurnDays')).toHaveLength(1);
    stop();
  });

  it('opens a segment\'s page, keeps it through a re-score with the new results, and goes back to the results', async () => {
    const t = start();
    await analyse(t, csv('orders.csv'));
    t.session.send({ type: 'open-segment', segment: 'at_risk' });
    expect(t.session.screen).toMatchObject({ name: 'segment', segment: 'at_risk' });

    t.session.send({ type: 'change-settings', settings: { bins: { r: 3, f: 3, m: 3 } } });
    const score = await t.current().asked('score', 2);
    score.resolve(fakeResult(score.args[0] as ScoringSettings, 7));
    await settle();
    const screen = t.session.screen;
    expect(screen.name).toBe('segment');
    if (screen.name === 'segment') expect(screen.shown.result.summary.customers).toBe(7);

    t.session.send({ type: 'go', to: 'results' });
    expect(t.session.screen.name).toBe('results');
  });
});
