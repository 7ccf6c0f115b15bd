// The kiosk's pure rules: the PIN (salted hash, what counts as one, how long the pad waits after
// wrong tries), which questions it asks and what it stores, and when it starts over by itself.
import { describe, expect, it } from 'vitest';
import { KIOSK_TIMING, surveyIdle, thanksOver } from '../../src/lib/kiosk/idle';
import { isKioskLock } from '../../src/lib/kiosk/lock';
import { hashPin, isValidPin, newSalt, pinMatches, pinWaitMs } from '../../src/lib/kiosk/pin';
import { emptyDraft, hasAnswer, kioskAnswer, kioskSteps, toggledOption, toSurveyAnswer } from '../../src/lib/kiosk/steps';
import { currentVersion, newSurvey, type SurveyStarterText } from '../../src/lib/surveys/survey';

const TEXT: SurveyStarterText = {
  name: 'Shop survey',
  title: 'Tell us',
  thanks: 'Thanks',
  nps: 'Recommend?',
  satisfaction: 'Satisfied?',
  matters: 'What matters?',
  options: ['Price', 'Speed', 'Staff'],
  openText: 'Anything else?',
  identifier: 'E-mail?',
};
const version = () => currentVersion(newSurvey('s1', TEXT, new Date('2026-12-02T10:00:00Z')));

describe('PIN', () => {
  it('is 4 to 8 digits', () => {
    expect(['1234', '12345678'].map(isValidPin)).toEqual([true, true]);
    expect(['123', '123456789', '12a4', ' 1234', '١٢٣٤'].map(isValidPin)).toEqual([false, false, false, false, false]);
  });

  it('is kept as a salted SHA-256: the same PIN with another salt hashes differently, and only the right PIN matches', async () => {
    const salt = newSalt();
    expect(salt).toMatch(/^[0-9a-f]{32}$/);
    expect(newSalt()).not.toBe(salt);
    const pinHash = await hashPin('2468', salt);
    expect(pinHash).toMatch(/^[0-9a-f]{64}$/);
    expect(pinHash).not.toContain('2468');
    expect(await hashPin('2468', newSalt())).not.toBe(pinHash);
    // SHA-256("abc:2468"), worked out once with sha256sum.
    expect(await hashPin('2468', 'abc')).toBe('c091ca128ce50048b00e132064b3476d917bc3792884f17762def89731a95cb1');
    expect(await pinMatches('2468', { pinHash, salt })).toBe(true);
    expect(await pinMatches('2469', { pinHash, salt })).toBe(false);
    expect(await pinMatches('', { pinHash, salt })).toBe(false);
  });

  it('waits 30 s after three wrong PINs in a row, twice as long after each further three, at most 5 minutes', () => {
    expect([0, 1, 2].map(pinWaitMs)).toEqual([0, 0, 0]);
    expect(pinWaitMs(3)).toBe(30_000);
    expect([4, 5].map(pinWaitMs)).toEqual([0, 0]);
    expect(pinWaitMs(6)).toBe(60_000);
    expect(pinWaitMs(9)).toBe(120_000);
    expect(pinWaitMs(30)).toBe(300_000);
  });
});

describe('lock record', () => {
  const lock = { surveyId: 's1', pinHash: 'a'.repeat(64), salt: 'b'.repeat(32), startedAt: '2026-12-02T10:00:00.000Z' };
  it('is used only when whole', () => {
    expect(isKioskLock(lock)).toBe(true);
    expect(isKioskLock({ ...lock, pinHash: '1234' })).toBe(false);
    expect(isKioskLock({ ...lock, surveyId: '' })).toBe(false);
    expect(isKioskLock({ ...lock, startedAt: 'yesterday' })).toBe(false);
    expect(isKioskLock(null)).toBe(false);
  });
});

describe('steps', () => {
  it('asks the questions in the survey order, leaving out those not asked and a choice without options', () => {
    const v = version();
    expect(kioskSteps(v)).toEqual(['nps', 'satisfaction', 'matters', 'openText', 'identifier']);
    v.questions.satisfaction.ask = false;
    v.questions.matters.options = [];
    expect(kioskSteps(v)).toEqual(['nps', 'openText', 'identifier']);
  });

  it('stores what was answered, trimmed, and nothing of a question not asked', () => {
    const steps = kioskSteps(version()).filter((s) => s !== 'openText');
    const draft = { ...emptyDraft(), nps: 0, matters: ['Price'], text: 'not asked', identifier: '  ann@example.com ' };
    expect(toSurveyAnswer(draft, steps)).toEqual({ id: 'ann@example.com', nps: 0, satisfaction: null, matters: ['Price'], text: null });
    expect(hasAnswer(emptyDraft(), steps)).toBe(false);
    expect(hasAnswer({ ...emptyDraft(), nps: 0 }, steps)).toBe(true);
    expect(hasAnswer({ ...emptyDraft(), text: '   ' }, kioskSteps(version()))).toBe(false);
    const stored = kioskAnswer('a1', 's1', 2, toSurveyAnswer(draft, steps), new Date('2026-12-02T10:05:00Z'));
    expect(stored).toMatchObject({ id: 'a1', surveyId: 's1', version: 2, answeredAt: '2026-12-02T10:05:00.000Z', source: 'kiosk' });
  });

  it('keeps chosen options in the survey order whatever order they were tapped in', () => {
    const options = ['Price', 'Speed', 'Staff'];
    expect(toggledOption(toggledOption([], 'Staff', options), 'Price', options)).toEqual(['Price', 'Staff']);
    expect(toggledOption(['Price', 'Staff'], 'Price', options)).toEqual(['Staff']);
  });
});

describe('idle reset', () => {
  const t0 = 1_000_000;
  it('leaves a kiosk with nothing entered alone', () => {
    expect(surveyIdle(t0, t0 + 10 * 60_000, false)).toEqual({ kind: 'active' });
  });

  it('mid-survey counts down after a minute without a touch, then starts over', () => {
    expect(surveyIdle(t0, t0 + KIOSK_TIMING.idleMs - 1, true)).toEqual({ kind: 'active' });
    expect(surveyIdle(t0, t0 + KIOSK_TIMING.idleMs, true)).toEqual({ kind: 'warning', seconds: 15 });
    expect(surveyIdle(t0, t0 + KIOSK_TIMING.idleMs + 14_500, true)).toEqual({ kind: 'warning', seconds: 1 });
    expect(surveyIdle(t0, t0 + KIOSK_TIMING.idleMs + KIOSK_TIMING.warningMs, true)).toEqual({ kind: 'reset' });
  });

  it('starts over 20 s after thank you', () => {
    expect(thanksOver(t0, t0 + 19_999)).toBe(false);
    expect(thanksOver(t0, t0 + 20_000)).toBe(true);
  });
});
