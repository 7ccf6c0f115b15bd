// The segment page's words: every built-in archetype's default texts in both languages, the
// user's text winning over them, and a segment's definition in scores, days, purchases and money.
import { describe, expect, it } from 'vitest';
import { OTHER_ID, type ArchetypeConfig } from '../../src/lib/archetypes/config';
import { configFromPreset, rulePreset } from '../../src/lib/archetypes/presets';
import type { Axis, AxisCuts } from '../../src/lib/engine/api';
import { createTranslator } from '../../src/lib/i18n/translate';
import { ADVICE_IDS, adviceHints, defaultAdvice, segmentAdvice } from '../../src/lib/segment-page/advice';
import { segmentDefinition } from '../../src/lib/segment-page/definition';
import { blankPlaybook } from '../../src/lib/archetypes/playbook';

const en = createTranslator('en');
const ru = createTranslator('ru');

describe('default advice', () => {
  it('has a description, recommended actions and things to avoid for every built-in archetype and Other, in English and Russian', () => {
    expect(ADVICE_IDS).toHaveLength(15);
    for (const id of ADVICE_IDS) {
      for (const t of [en, ru]) {
        const advice = defaultAdvice(id, t);
        expect(advice.description, id).not.toMatch(/^advice\./);
        expect(advice.description.length, id).toBeGreaterThan(10);
        expect(advice.actions.length, id).toBeGreaterThanOrEqual(1);
        expect(advice.avoid.length, id).toBeGreaterThanOrEqual(1);
        for (const item of [...advice.actions, ...advice.avoid]) expect(item, id).not.toMatch(/^advice\./);
      }
      expect(defaultAdvice(id, ru).description).toMatch(/[а-я]/);
      expect(defaultAdvice(id, ru).description).not.toBe(defaultAdvice(id, en).description);
    }
  });

  it('says what CVM practice says: no routine discounts for Champions, the second purchase for New, "why did you leave" for Can’t Lose Them, one attempt for Lost', () => {
    expect(defaultAdvice('champions', en).avoid.join(' ')).toMatch(/discounts/);
    expect(defaultAdvice('new', en).actions.join(' ')).toMatch(/second purchase/);
    expect(defaultAdvice('promising', en).actions.join(' ')).toMatch(/second and third purchase/);
    expect(defaultAdvice('cant_lose', en).actions.join(' ')).toMatch(/why did you leave/);
    expect(defaultAdvice('at_risk', en).actions.join(' ')).toMatch(/personal win-back/i);
    expect(defaultAdvice('lost', en).actions).toEqual(['Make one win-back attempt with your best offer', 'If there is no answer, stop: take them out of regular mailings']);
  });

  it('shows the defaults for a preset archetype with empty texts, the user’s own where written, nothing for an archetype of the user’s', () => {
    const config = configFromPreset('default', { r: 5, f: 5, m: 5 });
    const champions = config.archetypes.find((a) => a.id === 'champions')!;
    expect(segmentAdvice(champions, en)).toEqual({ ...defaultAdvice('champions', en), offer: en('playbook.champions.offer'), source: 'default' });
    expect(segmentAdvice({ ...champions, playbook: { ...champions.playbook, actions: ['Call them', ' ', 'Send a card'], offer: 'A card' } }, en)).toEqual({
      description: defaultAdvice('champions', en).description,
      actions: ['Call them', 'Send a card'],
      avoid: defaultAdvice('champions', en).avoid,
      offer: 'A card',
      source: 'own',
    });
    expect(segmentAdvice({ ...champions, description: 'Our regulars' }, ru).description).toBe('Our regulars');
    expect(segmentAdvice({ id: 'mine', name: 'Mine', color: '#000000', description: '', playbook: blankPlaybook() }, en)).toEqual({ description: '', actions: [], avoid: [], offer: '', source: 'none' });
    expect(segmentAdvice(null, en).description).toBe(defaultAdvice(OTHER_ID, en).description);
    expect(segmentAdvice(null, en).offer).toBe('');
    expect(adviceHints(champions, en)).toEqual({ description: defaultAdvice('champions', en).description });
  });
});

/** Five bands per axis with made-up observed ranges: R score s is 100 - 20 s .. 119 - 20 s days. */
function cuts(): Record<Axis, AxisCuts> {
  const bands = (min: (s: number) => number, max: (s: number) => number) =>
    [1, 2, 3, 4, 5].map((score) => ({ score, customers: 10, min: min(score), max: max(score) }));
  return {
    r: { cuts: [], bands: bands((s) => 100 - 20 * s, (s) => 119 - 20 * s) },
    f: { cuts: [], bands: bands((s) => s, (s) => (s === 5 ? 40 : s)) },
    m: { cuts: [], bands: bands((s) => 100 * s, (s) => 100 * s + 99.5) },
  };
}
const text = (t = en) => ({ t, money: (n: number) => `$${n.toFixed(2)}`, integer: String, date: (d: string) => d });

describe('a segment’s definition', () => {
  const config = configFromPreset('default', { r: 5, f: 5, m: 5 });

  it('gives the cell map’s scores of Champions and what they mean here, in days, purchases and money', () => {
    const definition = segmentDefinition(config, 'champions', cuts(), '2024-07-01', text());
    // R 5 with FM 4-5 (F + M at least 7: 10 cells), R 4 with FM 5 (F + M at least 9: 3 cells)
    // (preset-data.ts): F and M from 2 (2-5, 5-2) to 5, 13 of the 2 x 4 x 4 cells.
    expect(definition.lines).toEqual([
      'Customers with the scores R 4–5 · F 2–5 · M 2–5.',
      'In the archetype table: R 5 with F+M 4–5; R 4 with F+M 5, where F+M is the mean of the F and M scores rounded up (on five scores).',
      'Not every combination: 13 of the 32 cells in these ranges (listed below).',
      'R 4–5: last purchase 0–39 days before 2024-07-01',
      'F 2–5: 2–40 purchases',
      'M 2–5: net revenue $200.00–$599.50',
      'On every axis the highest score is the best: R the most recent, F the most purchases, M the most money.',
    ]);
    expect(definition.cells).toContain('5-5-5');
    expect(definition.cells).toContain('4-5-5');
    expect(definition.cells).not.toContain('4-4-4');
    expect(definition.cells).toHaveLength(13);
    // Repainted cells: the table no longer says who is in the segment.
    const repainted = structuredClone(config);
    repainted.cells['1-1-1'] = 'champions';
    expect(segmentDefinition(repainted, 'champions', cuts(), '2024-07-01', text()).lines.join('\n')).not.toContain('archetype table');
    expect(segmentDefinition(config, 'at_risk', cuts(), '2024-07-01', text(ru)).lines[1]).toBe(
      'По таблице архетипов: R 2 при F+M 3–4; R 1 при F+M 3–4, где F+M — среднее оценок F и M с округлением вверх (по пяти оценкам).',
    );
  });

  it('words a rule segment’s conditions and says that rules come before the cell map', () => {
    const withRule: ArchetypeConfig = structuredClone(config);
    const { rule, archetype } = rulePreset('newcomers', withRule.grid, 'r1');
    withRule.rules.push(rule);
    withRule.archetypes.push(archetype);
    expect(segmentDefinition(withRule, 'newcomers', cuts(), '2024-07-01', text()).lines).toEqual([
      'Rule 1: exactly 1 purchase and last purchase at most 30 days ago.',
    ]);
    expect(segmentDefinition(withRule, 'lost', cuts(), '2024-07-01', text()).lines).toContain(
      'Rule segments are checked first: a customer a rule takes is in that rule’s segment.',
    );
    expect(segmentDefinition(withRule, 'newcomers', cuts(), '2024-07-01', text(ru)).lines[0]).toBe('Правило 1: ровно 1 покупка и последняя покупка не позже 30 дн. назад.');
    const vip = rulePreset('vip', withRule.grid, 'r2');
    withRule.rules.push(vip.rule);
    expect(segmentDefinition(withRule, 'vip', cuts(), '2024-07-01', text(ru)).lines.slice(0, 3)).toEqual([
      'Правило 2: F 4–5 и M 5.',
      'F 4–5: покупок 4–40',
      'M 5: чистая выручка $500.00–$599.50',
    ]);
  });

  it('describes Other by the cells no archetype is given, and an archetype nothing reaches', () => {
    const gaps = structuredClone(config);
    delete gaps.cells['1-1-1'];
    delete gaps.cells['1-1-2'];
    const other = segmentDefinition(gaps, OTHER_ID, cuts(), '2024-07-01', text());
    expect(other.cells).toEqual(['1-1-1', '1-1-2']);
    expect(other.lines.slice(0, 3)).toEqual(['Customers of the cells no archetype is given.', 'Customers with the scores R 1 · F 1 · M 1–2.', 'R 1: last purchase 80–99 days before 2024-07-01']);
    expect(segmentDefinition(config, OTHER_ID, cuts(), '2024-07-01', text()).lines).toEqual(['Every cell has an archetype, so nobody is left here.']);
    const none = { ...config, archetypes: [...config.archetypes, { id: 'x', name: 'X', color: '#000000', description: '', action: '', playbook: blankPlaybook() }] };
    expect(segmentDefinition(none, 'x', cuts(), '2024-07-01', text()).lines).toEqual(['No cell and no rule puts customers in this segment.']);
  });

  it('says so when no customer has a score of the range', () => {
    const empty = cuts();
    empty.r.bands = empty.r.bands.map((b) => (b.score >= 4 ? { ...b, customers: 0, min: null, max: null } : b));
    expect(segmentDefinition(config, 'champions', empty, '2024-07-01', text()).lines[3]).toBe('R 4–5: last purchase — days before 2024-07-01');
  });
});

describe('the segment a heat-map cell opens', () => {
  it('is the archetype the cell map gives most of the R x F cell\'s customers, over every M score', async () => {
    const { segmentOfRfCell } = await import('../../src/lib/segment-page/rf-cell-segment');
    const config = configFromPreset('default', { r: 5, f: 5, m: 5 });
    const cell = (m: number, customers: number) => ({ r: 5, f: 5, m, customers, purchases: customers, revenue: 0 });
    // R 5, F 5: M 1 is FM 3 (Potential Loyalist), M 3-5 are FM 4-5 (Champions).
    expect(segmentOfRfCell(config, [cell(1, 9), cell(3, 2), cell(5, 3)], 5, 5)).toBe('potential_loyalist');
    expect(segmentOfRfCell(config, [cell(1, 4), cell(3, 2), cell(5, 3)], 5, 5)).toBe('champions');
    expect(segmentOfRfCell(config, [cell(1, 4)], 4, 4)).toBeNull();
    const gaps = structuredClone(config);
    delete gaps.cells['5-5-1'];
    expect(segmentOfRfCell(gaps, [cell(1, 9), cell(5, 3)], 5, 5)).toBe(OTHER_ID);
  });
});
