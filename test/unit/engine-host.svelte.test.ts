// The engine failing says so (issue 20): a worker that stops by itself fails what waited on it and
// is replaced; one that cannot start says why and can be tried again; a start that takes long is
// called slow, and the message goes when the engine gets there.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EngineHost, START_PATIENCE_MS } from '../../src/app/engine-host.svelte';
import { EngineError } from '../../src/lib/engine/errors';
import { fakeDataset, fakeEngines, settle } from './helpers/fake-engine';

const never = () => new Promise<never>(() => {});

afterEach(() => {
  vi.useRealTimers();
});

describe('the engine host', () => {
  it('fails the request a stopped worker held, starts a new worker and tells its listeners what is gone', async () => {
    const t = fakeEngines();
    const host = new EngineHost(t.start);
    const lost = vi.fn();
    host.onLost(lost);
    await settle();
    expect(host.status).toBe('ready');

    const opening = host.run('opening', (engine) => engine.openDemo(1));
    await settle();
    expect(host.busy).toBe('opening');

    t.current().stop();
    expect(await opening).toBeNull();
    expect(host.busy).toBeNull();
    expect(host.error?.code).toBe('engine_lost');
    expect(lost).toHaveBeenCalledOnce();
    expect(t.engines).toHaveLength(2);
    expect(t.engines[0].terminated).toBe(true);
    await settle();
    expect(host.status).toBe('ready');

    // The new worker answers.
    const again = host.run('opening', (engine) => engine.openFile(new File([], 'a.csv')));
    await settle();
    t.current().last('openFile').resolve(fakeDataset('a.csv'));
    expect(await again).toEqual(fakeDataset('a.csv'));
  });

  it('says so when an idle worker stops, with no request to fail', async () => {
    const t = fakeEngines();
    const host = new EngineHost(t.start);
    await settle();
    t.current().stop();
    expect(host.error?.code).toBe('engine_lost');
    expect(host.status).toBe('starting');
    await settle();
    expect(host.status).toBe('ready');
  });

  it('does not restart a worker whose code never ran: the start failed, with its reason', async () => {
    const t = fakeEngines(() => never());
    const host = new EngineHost(t.start);
    t.current().stop({ code: 'engine_files', details: { reason: "the engine's code did not load" }, message: '' });
    await settle();
    expect(host.status).toBe('failed');
    expect(host.error).toMatchObject({ code: 'engine_files', details: { reason: "the engine's code did not load" } });
    expect(t.engines).toHaveLength(1);
  });

  it('shows why the start failed, and a new try starts a new worker and clears the message', async () => {
    const t = fakeEngines(async (index) => {
      if (index === 0) throw new EngineError('engine_blocked', { reason: 'Refused to compile' });
      return { duckdbVersion: 'fake' };
    });
    const host = new EngineHost(t.start);
    await settle();
    expect(host.status).toBe('failed');
    expect(host.error?.code).toBe('engine_blocked');
    // Moving between screens clears the banner of a request; the engine's failure stays until it starts.
    host.report(null);
    expect(host.error?.code).toBe('engine_blocked');

    host.startAgain();
    expect(host.error).toBeNull();
    await settle();
    expect(t.engines).toHaveLength(2);
    expect(host.status).toBe('ready');
  });

  it('calls a start slow after its patience ran out, and drops the message once the engine is ready', async () => {
    vi.useFakeTimers();
    let started: (info: { duckdbVersion: string }) => void = () => undefined;
    const t = fakeEngines(() => new Promise((resolve) => (started = resolve)));
    const host = new EngineHost(t.start);
    vi.advanceTimersByTime(START_PATIENCE_MS - 1);
    expect(host.error).toBeNull();
    vi.advanceTimersByTime(1);
    expect(host.status).toBe('starting');
    expect(host.error).toMatchObject({ code: 'engine_slow', details: { seconds: START_PATIENCE_MS / 1000 } });

    started({ duckdbVersion: 'fake' });
    await vi.runAllTimersAsync();
    expect(host.status).toBe('ready');
    expect(host.error).toBeNull();
  });
});
