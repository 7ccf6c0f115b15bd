// When the kiosk starts over by itself, so the next person never sees what the last one entered:
// a while after "thank you", and mid-survey after a minute without a touch, with a countdown first
// so someone still thinking can carry on. Times come in as numbers (ms) so tests pass their own clock.

export interface IdleTiming {
  /** From "thank you" to the first question again. */
  thanksMs: number;
  /** Without a touch mid-survey before the countdown shows. */
  idleMs: number;
  /** The countdown. */
  warningMs: number;
}

export const KIOSK_TIMING: IdleTiming = { thanksMs: 20_000, idleMs: 60_000, warningMs: 15_000 };

export type IdleState = { kind: 'active' } | { kind: 'warning'; seconds: number } | { kind: 'reset' };

/** Mid-survey: `since` is the last touch. A kiosk with nothing entered has nothing to forget. */
export function surveyIdle(since: number, now: number, started: boolean, timing: IdleTiming = KIOSK_TIMING): IdleState {
  if (!started) return { kind: 'active' };
  const quiet = now - since;
  if (quiet < timing.idleMs) return { kind: 'active' };
  const left = timing.idleMs + timing.warningMs - quiet;
  return left <= 0 ? { kind: 'reset' } : { kind: 'warning', seconds: Math.ceil(left / 1000) };
}

/** On the thank-you screen: `since` is when it appeared. */
export const thanksOver = (since: number, now: number, timing: IdleTiming = KIOSK_TIMING): boolean => now - since >= timing.thanksMs;
