// The contact columns for campaigns on the mapping screen, with a fake engine: guessed when a file
// opens, changed by the user, carried to the analysis, remembered for the same kind of file (a
// remembered column the file lacks is dropped), and why a kept dataset has none.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { Session } from '../../src/app/session.svelte';
import { configFromPreset } from '../../src/lib/archetypes/presets';
import type { DatasetInfo, ScoringSettings } from '../../src/lib/engine/api';
import { contactProblems } from '../../src/lib/mapping/contact-columns-check';
import { resetConnection } from '../../src/lib/storage/connection';
import { saveDataset } from '../../src/lib/storage/library';
import { recallMappingAndStatuses } from '../../src/lib/storage/preferences';
import { fakeDataset, fakeEngines, fakeResult, fakeSummary, settle, until } from './helpers/fake-engine';
import { keptDataset } from './helpers/stored-records';

const configs = { load: async () => undefined, resolve: (_id: string, grid: ScoringSettings['bins']) => configFromPreset('default', grid) };

function start() {
  const fakes = fakeEngines();
  const session = new Session({ startEngine: fakes.start, configs, scoringDefaults: () => ({}) });
  return { session, ...fakes };
}
type Started = ReturnType<typeof start>;

const HEADERS = ['customer', 'date', 'amount', 'E-mail', 'Телефон', 'tg'];

/** A shop export with an e-mail and a phone column named so, and a messenger column known by its values. */
function shop(headers = HEADERS): DatasetInfo {
  const row = (i: number) =>
    ({ customer: `C${i}`, date: '2024-01-01', amount: '10', 'E-mail': `c${i}@shop.ru`, Телефон: `+7 900 000-00-0${i}`, tg: `@buyer_${i}` }) as Record<string, string>;
  return {
    ...fakeDataset('shop.csv'),
    columns: headers.map((name) => ({ name, detectedType: 'VARCHAR' })),
    preview: [1, 2, 3, 4].map((i) => headers.map((h) => row(i)[h])),
  };
}

async function open(t: Started, dataset: DatasetInfo, count = 1) {
  t.session.send({ type: 'open-file', file: new File(['x'], dataset.fileName) });
  (await t.current().asked('openFile', count)).resolve(dataset);
  await until(() => t.session.screen.name === 'mapping' && t.session.flow.dataset === dataset, 'the mapping screen');
}

async function analyse(t: Started, count = 1) {
  t.session.send({ type: 'analyse' });
  (await t.current().asked('prepare', count)).resolve(fakeSummary());
  await settle();
  const score = t.current().last('score');
  score.resolve(fakeResult(score.args[0] as ScoringSettings));
  await until(() => t.session.screen.name === 'results', 'the results');
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

describe('contact columns on the mapping screen', () => {
  it('guesses them when the file opens and says they were guessed', async () => {
    const t = start();
    await open(t, shop());
    expect(t.session.flow.contacts).toEqual({ email: 'E-mail', phone: 'Телефон', messenger: 'tg' });
    expect(t.session.flow.contactSuggestion.source).toBe('guess');
  });

  it('takes the user’s change and clearing, and the analysis gets what was confirmed', async () => {
    const t = start();
    await open(t, shop());
    t.session.send({ type: 'set-contacts', contacts: { messenger: undefined } });
    t.session.send({ type: 'set-contacts', contacts: { push: 'tg' } });
    expect(t.session.flow.contacts).toEqual({ email: 'E-mail', phone: 'Телефон', push: 'tg' });
    expect('messenger' in t.session.flow.contacts).toBe(false);
    await analyse(t);
    expect(t.session.analysis.contacts).toEqual({ email: 'E-mail', phone: 'Телефон', push: 'tg' });
    expect(t.session.analysis.contactsUnavailable).toBeNull();
  });

  it('the same kind of file reopens with the confirmed columns, not a new guess, and drops one the file lacks', async () => {
    const t = start();
    await open(t, shop());
    t.session.send({ type: 'set-contacts', contacts: { phone: undefined } });
    await analyse(t);
    expect((await remembered('sig-shop.csv')).contacts).toEqual({ email: 'E-mail', messenger: 'tg' });

    await open(t, shop(), 2);
    expect(t.session.flow.contacts).toEqual({ email: 'E-mail', messenger: 'tg' });
    expect(t.session.flow.contactSuggestion.source).toBe('remembered');

    await open(t, shop(HEADERS.filter((h) => h !== 'tg')), 3);
    expect(t.session.flow.contacts).toEqual({ email: 'E-mail' });
  });

  it('a kept dataset has no contacts, and the analysis says why', async () => {
    await saveDataset(keptDataset('d1'), new Blob([new Uint8Array([1, 2, 3])]));
    const t = start();
    t.session.send({ type: 'open-kept', id: 'd1' });
    (await t.current().asked('loadOrders')).resolve(undefined);
    await settle();
    const score = t.current().last('score');
    score.resolve(fakeResult(score.args[0] as ScoringSettings));
    await until(() => t.session.analysis.shown !== null, 'the kept dataset scored');
    expect(t.session.analysis.contacts).toEqual({});
    expect(t.session.analysis.contactsUnavailable).toBe('kept');
  });
});

describe('which order columns a contact may share', () => {
  const mapping = { customer: 'Email', date: 'Date', amount: 'Total', order: 'Order' };
  it('the customer id may be the e-mail or the phone; a date, amount or order column may be no contact', () => {
    expect(contactProblems({ email: 'Email', phone: 'Phone' }, mapping)).toEqual([]);
    expect(contactProblems({ phone: 'Email' }, mapping)).toEqual([]);
    expect(contactProblems({ push: 'Email', messenger: 'Date', email: 'Total' }, mapping)).toEqual([
      { kind: 'email', column: 'Total', field: 'amount' },
      { kind: 'push', column: 'Email', field: 'customer' },
      { kind: 'messenger', column: 'Date', field: 'date' },
    ]);
  });
});
