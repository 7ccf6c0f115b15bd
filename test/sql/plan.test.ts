// Who each channel can reach per segment, on the engine the page uses, and the cascade on those
// counts. test/fixtures/plan/orders.csv, contacts by hand (any row of a customer counts):
// P01 all four; P02 e-mail, phone (8 912...: 11 digits), push (on its second row); P03 e-mail;
// P04 phone, messenger ("not-an-email" is no address); P05 none (phone 12345 has under 10
// digits, push blank); P06 e-mail, phone, push; P07 e-mail, messenger; P08 phone; P09 all four;
// P10 none; P11 e-mail, push; P12 phone, messenger (e-mail blank).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cascade } from '../../src/lib/plan/cascade';
import { parsePlanFile, resultJson } from '../../src/lib/plan/plan-file';
import { expectResult, LOST_PLAN } from './helpers/plan-result';
import { defaultSettings } from '../../src/lib/rfm/settings';
import type { ChannelContacts, PlanReach } from '../../src/lib/engine/api';
import type { ReachGroup } from '../../src/lib/plan/cascade';
import { englishArchetypeNames } from '../../src/cli/summary-text';
import { presetSegmentation, readCsv, startEngine, type TestEngine } from './helpers/engine';

let t: TestEngine;
const settings = defaultSettings('2024-04-01');
beforeAll(async () => {
  t = await startEngine();
  await t.open('plan/orders.csv');
  t.engine.prepare({ customer: 'customer', date: 'date', amount: 'amount' }, { today: '2026-11-23' });
});

const ALL: ChannelContacts = { email: 'email', phone: 'phone', push: 'push', messenger: 'messenger' };
type Pattern = Omit<ReachGroup, 'customers'>;
const p = (email: boolean, phone: boolean, push: boolean, messenger: boolean): Pattern => ({ email, phone, push, messenger });
const BY_HAND: Record<string, Pattern> = {
  P01: p(true, true, true, true),
  P02: p(true, true, true, false),
  P03: p(true, false, false, false),
  P04: p(false, true, false, true),
  P05: p(false, false, false, false),
  P06: p(true, true, true, false),
  P07: p(true, false, false, true),
  P08: p(false, true, false, false),
  P09: p(true, true, true, true),
  P10: p(false, false, false, false),
  P11: p(true, false, true, false),
  P12: p(false, true, false, true),
};

const reach = (contacts: ChannelContacts): PlanReach => t.engine.planReach(settings, presetSegmentation(settings), contacts);
const key = (g: Pattern) => `${+g.email}${+g.phone}${+g.push}${+g.messenger}`;
const sorted = (groups: ReachGroup[]) => [...groups].sort((a, b) => key(a).localeCompare(key(b)));

/** Each customer's segment id as the scores export names it. */
function segmentsOfCustomers(): Record<string, string> {
  const names = englishArchetypeNames(settings);
  const idOf = Object.fromEntries(Object.entries(names).map(([id, name]) => [name, id]));
  const rows = readCsv(t.engine.exportScoresCsv(settings, presetSegmentation(settings), names));
  return Object.fromEntries(rows.map((r) => [r.customer_id, idOf[r.segment]]));
}

describe('reach per segment', () => {
  it('counts each segment\'s customers by the channels that reach them', () => {
    const segmentOf = segmentsOfCustomers();
    expect(Object.keys(segmentOf).sort()).toEqual(Object.keys(BY_HAND));
    const expected = new Map<string, ReachGroup[]>();
    for (const [customer, pattern] of Object.entries(BY_HAND)) {
      const groups = expected.get(segmentOf[customer]) ?? [];
      const group = groups.find((g) => key(g) === key(pattern));
      if (group) group.customers += 1;
      else groups.push({ ...pattern, customers: 1 });
      expected.set(segmentOf[customer], groups);
    }
    const r = reach(ALL);
    expect(r.segments.map((s) => s.segment).sort()).toEqual([...expected.keys()].sort());
    for (const s of r.segments) {
      expect(sorted(s.groups)).toEqual(sorted(expected.get(s.segment)!));
      expect(s.customers).toBe(s.groups.reduce((a, g) => a + g.customers, 0));
    }
  });

  it('over all segments: 7 by e-mail, 7 by phone, 5 by push, 5 by messenger, 2 by none', () => {
    const groups = reach(ALL).segments.flatMap((s) => s.groups);
    const count = (f: (g: ReachGroup) => boolean) => groups.filter(f).reduce((a, g) => a + g.customers, 0);
    expect(count(() => true)).toBe(12);
    expect(count((g) => g.email)).toBe(7);
    expect(count((g) => g.phone)).toBe(7);
    expect(count((g) => g.push)).toBe(5);
    expect(count((g) => g.messenger)).toBe(5);
    expect(count((g) => !g.email && !g.phone && !g.push && !g.messenger)).toBe(2);
  });

  it('without contact columns, no channel reaches anyone', () => {
    const groups = reach({}).segments.flatMap((s) => s.groups);
    expect(groups.every((g) => !g.email && !g.phone && !g.push && !g.messenger)).toBe(true);
    expect(groups.reduce((a, g) => a + g.customers, 0)).toBe(12);
  });

  it('refuses a contact column the file does not have', () => {
    expect(() => reach({ email: 'e-mail' })).toThrow();
  });
});

describe('the planner\'s numbers equal the command line\'s', () => {
  it('the cascade of lost-plan.json on the engine\'s reach gives the hand-computed RESULT.json', () => {
    const parsed = parsePlanFile(readFileSync(LOST_PLAN, 'utf8'), 'USD');
    if (!parsed.ok) throw new Error(parsed.problem.key);
    const lost = reach(ALL).segments.find((s) => s.segment === 'lost')!;
    const sms = parsed.plan.steps.find((s) => s.contact === 'phone')!;
    expectResult(resultJson(parsed.plan.segment, cascade(parsed.plan.steps, lost.groups, sms)));
  });
});
