// Choosing on the mapping screen which order statuses count as purchases, with a fake engine: the
// statuses of the chosen column are listed, checked as the default rule says, a change reaches the
// analysis, and the same export next time comes with the same choice.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { flushSync } from 'svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { Session } from '../../src/app/session.svelte';
import { configFromPreset } from '../../src/lib/archetypes/presets';
import type { DatasetInfo, ImportChoices, ImportSummary, ScoringSettings, StatusValues } from '../../src/lib/engine/api';
import { saveDataset } from '../../src/lib/storage/library';
import { keptDataset } from './helpers/stored-records';
import { countsAsPurchase, excludedStatusKeys, withStatusCounted } from '../../src/lib/import/order-status';
import { resetConnection } from '../../src/lib/storage/connection';
import { recallMappingAndStatuses } from '../../src/lib/storage/preferences';
import { statusValuesQuery } from '../../src/features/mapping/queries';
import { fakeDataset, fakeEngines, fakeResult, fakeSummary, settle, until } from './helpers/fake-engine';

const configs = { load: async () => undefined, resolve: (_id: string, grid: ScoringSettings['bins']) => configFromPreset('default', grid) };

function start() {
  const fakes = fakeEngines();
  const session = new Session({ startEngine: fakes.start, configs, scoringDefaults: () => ({}) });
  let statuses!: ReturnType<typeof statusValuesQuery>;
  const stop = $effect.root(() => {
    statuses = statusValuesQuery(() => session.flow);
  });
  return { session, statuses, stop, ...fakes };
}
type Started = ReturnType<typeof start>;

/** A WooCommerce-like export: an order status column the guess took. */
function shop(): DatasetInfo {
  const dataset = fakeDataset('woo.csv');
  return {
    ...dataset,
    columns: ['customer', 'date', 'amount', 'status', 'state'].map((name) => ({ name, detectedType: 'VARCHAR' })),
    guess: { ...dataset.guess, status: 'status' },
  };
}

const WOO: StatusValues = {
  values: [
    { status: 'completed', rows: 3 },
    { status: 'cancelled', rows: 1 },
    { status: 'on-hold', rows: 1 },
    { status: 'processing', rows: 1 },
  ],
  total: 4,
};

const file = () => new File(['customer,date,amount,status,state\nA,2024-01-01,10,completed,x\n'], 'woo.csv', { type: 'text/csv' });

async function openShop(t: Started, count = 1) {
  t.session.send({ type: 'open-file', file: file() });
  (await t.current().asked('openFile', count)).resolve(shop());
  await until(() => t.session.screen.name === 'mapping', 'the mapping screen');
  flushSync();
}

/** What the checkboxes show: each listed status and whether it counts as a purchase. */
const checks = (t: Started) => Object.fromEntries((t.statuses.current?.values ?? []).map((v) => [v.status, countsAsPurchase(v.status, t.session.flow.choices.excludedStatuses)]));

/** What the component does when a checkbox changes. */
function check(t: Started, status: string, counts: boolean) {
  const excludedStatuses = withStatusCounted(t.session.flow.choices.excludedStatuses, status, counts);
  t.session.send({ type: 'set-choices', choices: { excludedStatuses } });
  flushSync();
}

async function analyse(t: Started, count = 1): Promise<ImportChoices> {
  t.session.send({ type: 'analyse' });
  const prepare = await t.current().asked('prepare', count);
  prepare.resolve(fakeSummary());
  await settle();
  const score = t.current().last('score');
  score.resolve(fakeResult(score.args[0] as ScoringSettings));
  await settle();
  return prepare.args[1] as ImportChoices;
}

/** The mapping remembered for the export, once the page has written it (it does not wait for the write). */
async function remembered(signature: string) {
  for (let tries = 0; tries < 100; tries++) {
    const record = await recallMappingAndStatuses(signature);
    if (record) return record;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no mapping remembered for ${signature}`);
}

beforeEach(() => {
  resetConnection();
  globalThis.indexedDB = new IDBFactory();
});

describe('choosing which statuses count as purchases', () => {
  it('lists the statuses of the chosen column, checked as the default rule says', async () => {
    const t = start();
    await openShop(t);
    const asked = await t.current().asked('statusValues');
    expect(asked.args).toEqual(['status', 30]);
    asked.resolve(WOO);
    await settle();
    expect(checks(t)).toEqual({ completed: true, cancelled: false, 'on-hold': false, processing: true });
    expect(t.session.flow.choices.excludedStatuses).toBeNull();
    t.stop();
  });

  it('asks again for another column, which starts from the default rule, and asks nothing without one', async () => {
    const t = start();
    await openShop(t);
    (await t.current().asked('statusValues')).resolve(WOO);
    await settle();
    check(t, 'on-hold', true);
    expect(checks(t)).toEqual({ completed: true, cancelled: false, 'on-hold': true, processing: true });

    t.session.send({ type: 'set-mapping', mapping: { status: 'state' } });
    flushSync();
    expect((await t.current().asked('statusValues', 2)).args).toEqual(['state', 30]);
    expect(t.session.flow.choices.excludedStatuses).toBeNull();

    t.session.send({ type: 'set-mapping', mapping: { status: undefined } });
    flushSync();
    expect(t.statuses.current).toBeUndefined();
    expect(t.current().of('statusValues')).toHaveLength(2);
    t.stop();
  });

  it('gives the analysis the statuses left unchecked, and the same export next time comes with them', async () => {
    const t = start();
    await openShop(t);
    (await t.current().asked('statusValues')).resolve(WOO);
    await settle();
    check(t, 'on-hold', true);
    check(t, 'processing', false);
    expect(checks(t)).toEqual({ completed: true, cancelled: false, 'on-hold': true, processing: false });

    const choices = await analyse(t);
    const chosen = t.session.flow.choices.excludedStatuses;
    expect(choices.excludedStatuses).toEqual(chosen);
    expect(excludedStatusKeys(chosen)).toEqual(expect.arrayContaining(['cancelled', 'processing', 'refunded']));
    expect(excludedStatusKeys(chosen)).not.toContain('onhold');
    expect(await remembered('sig-woo.csv')).toMatchObject({ mapping: { status: 'status' }, excludedStatuses: chosen });

    t.session.send({ type: 'go', to: 'import' });
    await openShop(t, 2);
    (await t.current().asked('statusValues', 2)).resolve(WOO);
    await settle();
    expect(checks(t)).toEqual({ completed: true, cancelled: false, 'on-hold': true, processing: false });
    expect((await analyse(t, 2)).excludedStatuses).toEqual(chosen);
    t.stop();
  });

  it('remembers no list when the default rule was kept', async () => {
    const t = start();
    await openShop(t);
    (await t.current().asked('statusValues')).resolve(WOO);
    await settle();
    expect((await analyse(t)).excludedStatuses).toBeNull();
    expect(await remembered('sig-woo.csv')).toMatchObject({ excludedStatuses: null });
    t.stop();
  });

  it('a kept dataset reopens with the statuses chosen for it', async () => {
    const kept = keptDataset('d1');
    const excludedStatuses = withStatusCounted(null, 'on-hold', true);
    await saveDataset(
      { ...kept, mapping: { ...kept.mapping, status: 'status' }, summary: { ...kept.summary, choices: { ...kept.summary.choices, excludedStatuses } } },
      new Blob([new Uint8Array([1, 2, 3])]),
    );
    const t = start();
    t.session.send({ type: 'open-kept', id: 'd1' });
    const load = await t.current().asked('loadOrders');
    expect((load.args[2] as ImportSummary).choices.excludedStatuses).toEqual(excludedStatuses);
    load.resolve(undefined);
    await until(() => t.session.flow.dataset !== null, 'the kept dataset adopted');
    expect(t.session.flow.choices.excludedStatuses).toEqual(excludedStatuses);
    expect(t.session.flow.mapping.status).toBe('status');
    t.stop();
  });
});
