// The RESULT.json of test/fixtures/plan/lost-plan.json on test/fixtures/plan/orders.csv, worked
// out by hand: P10 (no contact) is skipped; P11 (e-mail, push) gets e-mail (1 sent, 0.9
// delivered, 0.45 read, 0.09 responses, 0.1) and falls through with 1 - 0.45 = 0.55 to push
// (0.55 sent, 0.44, 0.044, 0.022, free); P12 (phone, messenger) gets the messenger with its USD
// defaults (1 sent, 0.95 delivered, 0.76 read, 0.0608 responses, 0.09 x 0.95 = 0.0855) and falls
// through with 0.24 to SMS (0.24 sent, 0.024 responses, 1.2). Baselines: SMS to P12 (5, 0.1
// responses); every channel to all it reaches (4 sent, 0.09 + 0.04 + 0.0608 + 0.1 responses, 5.1855).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { FIXTURES } from './engine';

export const LOST_PLAN = path.join(FIXTURES, 'plan', 'lost-plan.json');
const EXPECTED = JSON.parse(readFileSync(path.join(FIXTURES, 'plan', 'lost-result.json'), 'utf8'));

/** Every number of `actual` equal to the hand-computed one (to 10 decimals), and no other field. */
export function expectResult(actual: unknown): void {
  const close = (a: unknown, e: unknown, at: string): void => {
    if (typeof e === 'number') {
      expect(typeof a, at).toBe('number');
      expect(a as number, at).toBeCloseTo(e, 10);
    } else if (Array.isArray(e)) {
      expect(Array.isArray(a) && a.length, at).toBe(e.length);
      e.forEach((x, i) => close((a as unknown[])[i], x, `${at}[${i}]`));
    } else if (typeof e === 'object' && e !== null) {
      expect(Object.keys(a as object).sort(), at).toEqual(Object.keys(e).sort());
      for (const [k, v] of Object.entries(e)) close((a as Record<string, unknown>)[k], v, `${at}.${k}`);
    } else expect(a, at).toBe(e);
  };
  close(actual, EXPECTED, 'result');
}
