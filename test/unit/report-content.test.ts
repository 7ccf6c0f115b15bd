// The print report's content: totals, the segments in the table's order, a playbook per segment
// with customers (Other has none), in the user's language.
import { describe, expect, it } from 'vitest';
import type { ScoreResult } from '../../src/lib/engine/api';
import { OTHER_ID } from '../../src/lib/archetypes/config';
import { configFromPreset } from '../../src/lib/archetypes/presets';
import { updateArchetype } from '../../src/lib/archetypes/edit';
import { createTranslator } from '../../src/lib/i18n/translate';
import { reportContent } from '../../src/lib/report/report-content';

const CONFIG = configFromPreset('default', { r: 2, f: 2, m: 2 });

function result(segments: ScoreResult['segments']): ScoreResult {
  const sum = (key: 'customers' | 'purchases' | 'revenue') => segments.reduce((s, c) => s + c[key], 0);
  const axis = { cuts: [], bands: [] };
  return {
    settings: { asOf: '2024-03-01', method: 'quantile', bins: { r: 2, f: 2, m: 2 }, thresholds: { r: [], f: [], m: [] }, archetypes: 'default' },
    summary: { asOf: '2024-03-01', customers: sum('customers'), purchases: sum('purchases'), revenue: sum('revenue'), customersNoPurchase: 0, noPurchaseExamples: [] },
    cuts: { r: axis, f: axis, m: axis },
    cells: [],
    segments,
  };
}

const SEGMENTS = [
  { segment: 'lost', customers: 5, purchases: 5, revenue: 50 },
  { segment: 'champions', customers: 7, purchases: 40, revenue: 2990 },
  { segment: OTHER_ID, customers: 1, purchases: 1, revenue: 10 },
  { segment: 'new', customers: 0, purchases: 0, revenue: 0 },
];

describe('the print report of an analysis', () => {
  it('adds up the totals and lists the segments with customers in value order, Other last', () => {
    const content = reportContent(result(SEGMENTS), CONFIG, createTranslator('en'));
    expect(content.totals).toEqual({ customers: 13, revenue: 3050, orders: 46, averageCheck: 3050 / 46 });
    expect(content.rows.map((r) => r.id)).toEqual(['champions', 'lost', OTHER_ID]);
    expect(content.rows[0].averageOrderValue).toBeCloseTo(2990 / 40, 9);
  });

  it('gives each archetype with customers its prefilled playbook in the language on screen, and Other none', () => {
    const en = reportContent(result(SEGMENTS), CONFIG, createTranslator('en')).playbooks;
    expect(en.map((p) => p.id)).toEqual(['champions', 'lost']);
    expect(en[0].goal).toBe('Goal: Keep');
    expect(en[0].actions[0]).toBe('Reward them with recognition and perks: a higher tier, a gift, a first look');
    expect(en[0].avoid).toHaveLength(2);
    expect(en[0].offer).not.toBe('');
    const ru = reportContent(result(SEGMENTS), CONFIG, createTranslator('ru')).playbooks;
    expect(ru[0].name).toBe('Чемпионы');
    expect(ru[0].actions[0]).not.toBe(en[0].actions[0]);
  });

  it('shows the user’s own playbook, without empty items', () => {
    const champions = CONFIG.archetypes.find((a) => a.id === 'champions')!;
    const own = updateArchetype(CONFIG, 'champions', { playbook: { ...champions.playbook, goal: 'grow', actions: ['Call them', '  '], avoid: [], offer: 'Tea' } });
    const [first] = reportContent(result(SEGMENTS), own, createTranslator('en')).playbooks;
    expect(first).toMatchObject({ goal: 'Goal: Grow', actions: ['Call them'], offer: 'Tea' });
  });

  it('has no average check without purchases', () => {
    expect(reportContent(result([{ segment: 'lost', customers: 2, purchases: 0, revenue: 0 }]), CONFIG, createTranslator('en')).totals.averageCheck).toBeNull();
  });
});
