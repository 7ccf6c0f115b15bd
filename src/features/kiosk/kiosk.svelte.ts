// The kiosk: which survey this device asks, where the person in front of it is, and the PIN that
// leaves. One `transition(event)` changes the state; the async work (the lock, the answer, the
// PIN check) happens in start/submit/leave, which call it when the device has answered.

import { kioskAnswer, emptyDraft, hasAnswer, kioskSteps, toSurveyAnswer, type Draft, type StepKind } from '../../lib/kiosk/steps';
import { surveyIdle, thanksOver, type IdleState } from '../../lib/kiosk/idle';
import type { KioskLock } from '../../lib/kiosk/lock';
import { hashPin, newSalt, pinMatches, pinWaitMs } from '../../lib/kiosk/pin';
import { newId } from '../../lib/ids';
import { clearKioskLock, loadKioskLock, saveKioskLock } from '../../lib/storage/kiosk-lock';
import { asStorageError, type StorageErrorCode } from '../../lib/storage/storage-error';
import { addAnswer, loadSurvey } from '../../lib/storage/surveys';
import { currentVersion, type StoredAnswer, type Survey } from '../../lib/surveys/survey';

export interface KioskDeps {
  loadLock(): Promise<KioskLock | null>;
  saveLock(lock: KioskLock): Promise<void>;
  clearLock(): Promise<void>;
  loadSurvey(id: string): Promise<Survey | null>;
  addAnswer(answer: StoredAnswer): Promise<void>;
  newId(): string;
  newSalt(): string;
  now(): number;
}

const deviceDeps: KioskDeps = {
  loadLock: loadKioskLock,
  saveLock: saveKioskLock,
  clearLock: clearKioskLock,
  loadSurvey,
  addAnswer,
  newId,
  newSalt: () => newSalt(),
  now: () => Date.now(),
};

/** booting: the lock is being read (the app shows nothing yet, so no other screen flashes by). */
export type KioskPhase = 'booting' | 'off' | 'asking' | 'saving' | 'thanks';

export type KioskEvent =
  | { type: 'locked'; lock: KioskLock; survey: Survey }
  | { type: 'unlocked' }
  | { type: 'set'; patch: Partial<Draft> }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'touch' }
  | { type: 'tick' }
  | { type: 'saving' }
  | { type: 'saved' }
  | { type: 'save-failed'; code: StorageErrorCode }
  | { type: 'restart' }
  | { type: 'open-pin' }
  | { type: 'close-pin' }
  | { type: 'pin-wrong' };

export class Kiosk {
  phase = $state<KioskPhase>('booting');
  survey = $state.raw<Survey | null>(null);
  index = $state(0);
  draft = $state<Draft>(emptyDraft());
  saveError = $state<StorageErrorCode | null>(null);
  idle = $state<IdleState>({ kind: 'active' });
  pinOpen = $state(false);
  pinFailures = $state(0);
  /** Until when (ms) the PIN pad refuses input after too many wrong PINs. */
  pinWaitUntil = $state(0);
  pinRefused = $state(false);
  /** Bumped at each new person: components keyed on it start clean (no value left in an input). */
  round = $state(0);

  readonly version = $derived(this.survey ? currentVersion(this.survey) : null);
  readonly steps = $derived<StepKind[]>(this.version ? kioskSteps(this.version) : []);
  readonly step = $derived<StepKind | null>(this.steps[this.index] ?? null);
  readonly isLast = $derived(this.index === this.steps.length - 1);
  readonly canSubmit = $derived(hasAnswer(this.draft, this.steps));
  /** The whole app shows only the kiosk. */
  readonly active = $derived(this.phase === 'asking' || this.phase === 'saving' || this.phase === 'thanks');

  #lock: KioskLock | null = null;
  #lastTouch = 0;
  #thanksAt = 0;
  readonly #deps: KioskDeps;

  constructor(deps: KioskDeps = deviceDeps) {
    this.#deps = deps;
  }

  transition(event: KioskEvent): void {
    const now = this.#deps.now();
    switch (event.type) {
      case 'locked':
        this.#lock = event.lock;
        this.survey = event.survey;
        this.phase = 'asking';
        this.pinFailures = event.lock.failures ?? 0;
        this.pinWaitUntil = event.lock.waitUntil ?? 0;
        this.#restart(now);
        return;
      case 'unlocked':
        this.#lock = null;
        this.survey = null;
        this.phase = 'off';
        this.pinOpen = false;
        this.pinRefused = false;
        this.pinFailures = 0;
        this.#restart(now);
        return;
      case 'set':
        if (this.phase !== 'asking') return;
        this.draft = { ...this.draft, ...event.patch };
        this.saveError = null;
        this.#touch(now);
        return;
      case 'next':
        if (this.phase === 'asking' && !this.isLast) this.index++;
        this.#touch(now);
        return;
      case 'back':
        if (this.phase === 'asking' && this.index > 0) this.index--;
        this.#touch(now);
        return;
      case 'touch':
        this.#touch(now);
        return;
      case 'tick':
        this.#tick(now);
        return;
      case 'saving':
        this.phase = 'saving';
        this.saveError = null;
        return;
      case 'saved':
        this.phase = 'thanks';
        this.#thanksAt = now;
        // What this person typed goes at once: "thank you" shows none of it.
        this.draft = emptyDraft();
        this.index = 0;
        this.round++;
        return;
      case 'save-failed':
        // The answer stays on screen for another try.
        this.phase = 'asking';
        this.saveError = event.code;
        this.#touch(now);
        return;
      case 'restart':
        if (this.phase === 'asking' || this.phase === 'thanks') this.#restart(now);
        return;
      case 'open-pin':
        if (!this.active) return;
        this.pinOpen = true;
        this.pinRefused = false;
        this.#touch(now);
        return;
      case 'close-pin':
        this.pinOpen = false;
        this.pinRefused = false;
        this.#touch(now);
        return;
      case 'pin-wrong': {
        this.pinFailures++;
        this.pinRefused = true;
        const wait = pinWaitMs(this.pinFailures);
        if (wait > 0) this.pinWaitUntil = now + wait;
        this.#touch(now);
        return;
      }
    }
  }

  /** Seconds the PIN pad still waits (0: it takes a PIN). */
  pinWaitSeconds(now = this.#deps.now()): number {
    return Math.max(0, Math.ceil((this.pinWaitUntil - now) / 1000));
  }

  /** On app start: a lock on this device brings the kiosk back; a lock whose survey was deleted is dropped. */
  async boot(): Promise<void> {
    try {
      const lock = await this.#deps.loadLock();
      const survey = lock ? await this.#deps.loadSurvey(lock.surveyId) : null;
      if (lock && survey) {
        this.transition({ type: 'locked', lock, survey });
        return;
      }
      if (lock) await this.#deps.clearLock();
    } catch {
      // Storage the app cannot read cannot keep answers either: the normal app explains that.
    }
    this.phase = 'off';
  }

  /** Locks this device to `survey` behind `pin` (checked by the caller: pin.ts isValidPin). */
  async start(survey: Survey, pin: string): Promise<void> {
    const salt = this.#deps.newSalt();
    const lock: KioskLock = { surveyId: survey.id, pinHash: await hashPin(pin, salt), salt, startedAt: new Date(this.#deps.now()).toISOString() };
    await this.#deps.saveLock(lock);
    this.transition({ type: 'locked', lock, survey });
  }

  /** Stores the answer; "thank you" comes only once it has committed. */
  async submit(): Promise<void> {
    const version = this.version;
    if (this.phase !== 'asking' || !version || !this.survey || !this.canSubmit) return;
    const record = kioskAnswer(this.#deps.newId(), this.survey.id, version.version, toSurveyAnswer(this.draft, this.steps), new Date(this.#deps.now()));
    this.transition({ type: 'saving' });
    try {
      await this.#deps.addAnswer(record);
      this.transition({ type: 'saved' });
    } catch (error) {
      this.transition({ type: 'save-failed', code: asStorageError(error).code });
    }
  }

  /** True when the PIN was right and the device is no longer a kiosk. */
  async leave(pin: string): Promise<boolean> {
    const lock = this.#lock;
    if (!lock || this.pinWaitSeconds() > 0) return false;
    if (!(await pinMatches(pin, lock))) {
      this.transition({ type: 'pin-wrong' });
      this.#lock = { ...lock, failures: this.pinFailures, waitUntil: this.pinWaitUntil };
      // Kept with the lock so a reload does not reset the back-off; a failed write only loses that.
      await this.#deps.saveLock(this.#lock).catch(() => undefined);
      return false;
    }
    try {
      await this.#deps.clearLock();
    } catch {
      // Not cleared: the kiosk would come back on reload, so it stays now too.
      this.transition({ type: 'pin-wrong' });
      return false;
    }
    this.transition({ type: 'unlocked' });
    return true;
  }

  #touch(now: number): void {
    this.#lastTouch = now;
    this.idle = { kind: 'active' };
  }

  #tick(now: number): void {
    if (this.phase === 'thanks') {
      if (thanksOver(this.#thanksAt, now)) this.#restart(now);
      return;
    }
    if (this.phase !== 'asking') return;
    const started = this.index > 0 || hasAnswer(this.draft, this.steps) || this.draft.identifier !== '' || this.pinOpen;
    const idle = surveyIdle(this.#lastTouch, now, started);
    if (idle.kind === 'reset') this.#restart(now);
    else this.idle = idle;
  }

  #restart(now: number): void {
    if (this.phase === 'thanks') this.phase = 'asking';
    this.draft = emptyDraft();
    this.index = 0;
    this.saveError = null;
    this.pinOpen = false;
    this.pinRefused = false;
    this.idle = { kind: 'active' };
    this.round++;
    this.#lastTouch = now;
  }
}

export const kiosk = new Kiosk();
