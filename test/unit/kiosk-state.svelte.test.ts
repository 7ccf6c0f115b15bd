// The kiosk's state with fake storage and a clock the test moves: "thank you" only after the
// answer committed, a failed save keeps the answer, the idle resets, the PIN, and the lock on boot.
import { describe, expect, it } from 'vitest';
import { Kiosk, type KioskDeps } from '../../src/features/kiosk/kiosk.svelte';
import type { KioskLock } from '../../src/lib/kiosk/lock';
import { StorageError } from '../../src/lib/storage/storage-error';
import { newSurvey, type StoredAnswer, type Survey } from '../../src/lib/surveys/survey';

const SURVEY: Survey = newSurvey(
  's1',
  { name: 'S', title: 'T', thanks: 'Thanks', nps: 'N?', satisfaction: 'S?', matters: 'M?', options: ['A', 'B'], openText: 'O?', identifier: 'I?' },
  new Date('2026-12-02T10:00:00Z'),
);

function setUp(options: { lock?: KioskLock | null; survey?: Survey | null } = {}) {
  let clock = 1_000_000;
  let lock: KioskLock | null = options.lock ?? null;
  const stored: StoredAnswer[] = [];
  let pending: { resolve(): void; reject(e: unknown): void } | null = null;
  const deps: KioskDeps = {
    loadLock: async () => lock,
    saveLock: async (l) => void (lock = l),
    clearLock: async () => void (lock = null),
    loadSurvey: async (id) => {
      const survey = options.survey === undefined ? SURVEY : options.survey;
      return survey?.id === id ? survey : null;
    },
    addAnswer: (answer) =>
      new Promise<void>((resolve, reject) => {
        pending = { resolve: () => (stored.push(answer), resolve()), reject };
      }),
    newId: () => `a${stored.length + 1}`,
    newSalt: () => 'ab'.repeat(16),
    now: () => clock,
  };
  const kiosk = new Kiosk(deps);
  return {
    kiosk,
    deps,
    stored,
    lock: () => lock,
    advance: (ms: number) => {
      clock += ms;
      kiosk.transition({ type: 'tick' });
    },
    commit: () => pending!.resolve(),
    fail: (e: unknown) => pending!.reject(e),
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('kiosk state', () => {
  it('shows thank you only once the answer has committed, then forgets what was typed', async () => {
    const t = setUp();
    await t.kiosk.start(SURVEY, '2468');
    expect(t.kiosk.active).toBe(true);
    expect(t.lock()?.pinHash).toMatch(/^[0-9a-f]{64}$/);
    t.kiosk.transition({ type: 'set', patch: { nps: 8 } });
    for (let i = 0; i < 4; i++) t.kiosk.transition({ type: 'next' });
    expect(t.kiosk.step).toBe('identifier');
    t.kiosk.transition({ type: 'set', patch: { identifier: 'ann@example.com' } });
    const done = t.kiosk.submit();
    await tick();
    expect(t.kiosk.phase).toBe('saving');
    t.commit();
    await done;
    expect(t.kiosk.phase).toBe('thanks');
    expect(t.stored[0]).toMatchObject({ surveyId: 's1', version: 1, source: 'kiosk', answer: { id: 'ann@example.com', nps: 8 } });
    expect(t.kiosk.draft.identifier).toBe('');
    t.advance(19_000);
    expect(t.kiosk.phase).toBe('thanks');
    t.advance(1_000);
    expect(t.kiosk.phase).toBe('asking');
    expect(t.kiosk.index).toBe(0);
  });

  it('keeps the answer on screen when the save fails, and says why', async () => {
    const t = setUp();
    await t.kiosk.start(SURVEY, '2468');
    t.kiosk.transition({ type: 'set', patch: { satisfaction: 2 } });
    const done = t.kiosk.submit();
    await tick();
    t.fail(new StorageError('quota'));
    await done;
    expect(t.kiosk.phase).toBe('asking');
    expect(t.kiosk.saveError).toBe('quota');
    expect(t.kiosk.draft.satisfaction).toBe(2);
    expect(t.stored).toEqual([]);
  });

  it('stores nothing for an answer with nothing in it', async () => {
    const t = setUp();
    await t.kiosk.start(SURVEY, '2468');
    await t.kiosk.submit();
    expect(t.kiosk.phase).toBe('asking');
  });

  it('mid-survey warns after a minute without a touch and starts over 15 s later; a touch keeps it', async () => {
    const t = setUp();
    await t.kiosk.start(SURVEY, '2468');
    t.kiosk.transition({ type: 'set', patch: { nps: 3 } });
    t.kiosk.transition({ type: 'next' });
    t.advance(60_000);
    expect(t.kiosk.idle).toEqual({ kind: 'warning', seconds: 15 });
    t.kiosk.transition({ type: 'touch' });
    expect(t.kiosk.idle).toEqual({ kind: 'active' });
    t.advance(60_000);
    t.advance(15_000);
    expect(t.kiosk.index).toBe(0);
    expect(t.kiosk.draft.nps).toBeNull();
    expect(t.kiosk.idle).toEqual({ kind: 'active' });
  });

  it('refuses a wrong PIN, waits after three, and leaves with the right one', async () => {
    const t = setUp();
    await t.kiosk.start(SURVEY, '2468');
    t.kiosk.transition({ type: 'open-pin' });
    expect(await t.kiosk.leave('1111')).toBe(false);
    expect(t.kiosk.pinRefused).toBe(true);
    await t.kiosk.leave('1111');
    await t.kiosk.leave('1111');
    expect(t.kiosk.pinWaitSeconds()).toBe(30);
    // A reload does not reset the back-off: the wrong tries are kept with the lock.
    expect(t.lock()).toMatchObject({ failures: 3 });
    const reloaded = new Kiosk(t.deps);
    await reloaded.boot();
    expect(reloaded.active).toBe(true);
    expect(reloaded.pinWaitSeconds()).toBe(30);
    // Even the right PIN waits.
    expect(await t.kiosk.leave('2468')).toBe(false);
    expect(t.kiosk.active).toBe(true);
    t.advance(30_000);
    expect(await t.kiosk.leave('2468')).toBe(true);
    expect(t.kiosk.phase).toBe('off');
    expect(t.lock()).toBeNull();
  });

  it('on boot returns to the kiosk of a stored lock, and drops a lock whose survey was deleted', async () => {
    const lock: KioskLock = { surveyId: 's1', pinHash: 'e'.repeat(64), salt: 'f'.repeat(32), startedAt: '2026-12-02T10:00:00.000Z' };
    const locked = setUp({ lock });
    expect(locked.kiosk.phase).toBe('booting');
    await locked.kiosk.boot();
    expect(locked.kiosk.active).toBe(true);
    expect(locked.kiosk.survey?.id).toBe('s1');

    const orphan = setUp({ lock, survey: null });
    await orphan.kiosk.boot();
    expect(orphan.kiosk.phase).toBe('off');
    expect(orphan.lock()).toBeNull();

    const none = setUp();
    await none.kiosk.boot();
    expect(none.kiosk.phase).toBe('off');
  });
});
