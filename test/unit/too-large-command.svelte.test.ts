// A read or a build of orders that runs out of memory (issue 22, item 3): the page keeps what the
// command line needs to analyse the file instead (its name and size, and the columns and choices
// made for it, when there are any), for the command under the "too large" message.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { Session } from '../../src/app/session.svelte';
import { configFromPreset } from '../../src/lib/archetypes/presets';
import { EngineError } from '../../src/lib/engine/errors';
import type { ScoringSettings } from '../../src/lib/engine/api';
import { resetConnection } from '../../src/lib/storage/connection';
import { fakeDataset, fakeEngines, settle, until } from './helpers/fake-engine';

const configs = { load: async () => undefined, resolve: (_id: string, grid: ScoringSettings['bins']) => configFromPreset('default', grid) };
const tooLarge = (file: string) => new EngineError('too_large', { file, reason: 'Out of Memory Error: Allocation failure' }).toData();

function start() {
  const fakes = fakeEngines();
  const session = new Session({ startEngine: fakes.start, configs, scoringDefaults: () => ({}) });
  return { session, ...fakes };
}

beforeEach(() => {
  resetConnection();
  globalThis.indexedDB = new IDBFactory();
});

describe('a file too large for the tab', () => {
  it('while it is read: its name and size, with nothing chosen yet', async () => {
    const t = start();
    t.session.send({ type: 'open-file', file: new File(['customer,date,amount\n'], 'orders.csv') });
    await settle();
    t.current().last('openFile').reject(tooLarge('orders.csv'));
    await until(() => t.session.host.error !== null, 'the message');
    expect(t.session.host.error?.code).toBe('too_large');
    expect(t.session.flow.tooLarge).toEqual({ name: 'orders.csv', sizeBytes: 21, format: 'csv', bytesPerRow: null, chosen: null });
  });

  it('while its orders are built: with the columns and choices made for it', async () => {
    const t = start();
    t.session.send({ type: 'open-file', file: new File(['customer,date,amount\n'], 'orders.csv') });
    await settle();
    t.current().last('openFile').resolve(fakeDataset('orders.csv'));
    await until(() => t.session.screen.name === 'mapping', 'the mapping screen');
    t.session.flow.setChoices({ decimal: 'comma', dropDuplicates: true });
    t.session.send({ type: 'analyse' });
    await settle();
    t.current().last('prepare').reject(tooLarge('orders.csv'));
    await until(() => t.session.host.error !== null, 'the message');
    const kept = t.session.flow.tooLarge;
    expect(kept?.chosen?.columns).toEqual({ customer: 'customer', date: 'date', amount: 'amount' });
    expect(kept?.chosen?.choices).toMatchObject({ decimal: 'comma', dropDuplicates: true });
  });

  it('another failure keeps no command, and the next file starts without one', async () => {
    const t = start();
    t.session.send({ type: 'open-file', file: new File(['x\n'], 'a.csv') });
    await settle();
    t.current().last('openFile').reject(tooLarge('a.csv'));
    await until(() => t.session.flow.tooLarge !== null, 'the command');
    await until(() => t.session.host.status === 'ready' || t.engines.length > 1, 'a new engine');
    t.session.send({ type: 'open-file', file: new File(['x\n'], 'b.csv') });
    await settle();
    expect(t.session.flow.tooLarge).toBeNull();
    t.current().last('openFile').reject(new EngineError('file_unreadable', { file: 'b.csv' }).toData());
    await settle();
    expect(t.session.flow.tooLarge).toBeNull();
  });
});
