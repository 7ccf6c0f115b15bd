// The value table, the churn threshold and movement on test/fixtures/value/movement.csv, every
// number worked out by hand (see the fixture's README entry). As-of dates: before 2024-04-01,
// after 2024-07-01; churn: no purchase for more than 60 days.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArchetypeConfig } from '../../src/lib/archetypes/config';
import { CONFIG_FORMAT } from '../../src/lib/archetypes/config';
import { segmentationInput } from '../../src/lib/archetypes/segment';
import type { ScoringSettings } from '../../src/lib/engine/api';
import { defaultSettings } from '../../src/lib/rfm/settings';
import { movementSummary } from '../../src/lib/movement/movement-summary';
import { TOTAL_ID, valueRows } from '../../src/lib/value/value-table';
import { presetSegmentation, startEngine, type TestEngine } from './helpers/engine';
import { blankPlaybook } from '../../src/lib/archetypes/playbook';

let t: TestEngine;
const AFTER = '2024-07-01';
const BEFORE = '2024-04-01';
const CHURN = 60;

/** Repeat buyers (a rule: 2+ orders) first, then everyone else (the cell map gives every cell to "single"). */
const CONFIG: ArchetypeConfig = {
  format: CONFIG_FORMAT,
  id: 'test',
  name: 'test',
  basedOn: 'default',
  grid: { r: 2, f: 2, m: 2 },
  archetypes: [
    { id: 'repeat', name: 'Repeat', color: '#117733', description: '', playbook: blankPlaybook() },
    { id: 'single', name: 'Single', color: '#663333', description: '', playbook: blankPlaybook() },
  ],
  cells: Object.fromEntries(['1-1-1', '1-1-2', '1-2-1', '1-2-2', '2-1-1', '2-1-2', '2-2-1', '2-2-2'].map((k) => [k, 'single'])),
  rules: [{ id: 'r1', archetype: 'repeat', enabled: true, when: { minOrders: 2 } }],
  updatedAt: '2026-11-23T00:00:00.000Z',
};
const settings: ScoringSettings = { ...defaultSettings(AFTER), bins: { r: 2, f: 2, m: 2 }, archetypes: 'test' };

beforeAll(async () => {
  t = await startEngine();
  await t.open('value/movement.csv');
  t.engine.prepare({ customer: 'customer', date: 'date', amount: 'amount' }, { today: '2026-11-23' });
});

describe('segment value table', () => {
  it('counts customers, purchases, net revenue, repeaters, churned and age per segment', () => {
    const values = t.engine.segmentValue(settings, segmentationInput(CONFIG), CHURN);
    expect(values.sort((a, b) => a.segment.localeCompare(b.segment))).toEqual([
      // A, D, F: 2 + 2 + 3 purchases; 180 + 50 + 600; ages 213 + 122 + 178 days.
      { segment: 'repeat', customers: 3, purchases: 7, revenue: 830, repeaters: 3, churned: 0, ageDays: 513 },
      // B, C, E, G: C's return lowers its net to 30; E (61 days) and G (108) churned; D at exactly 60 days is not.
      { segment: 'single', customers: 4, purchases: 4, revenue: 580, repeaters: 0, churned: 2, ageDays: 278 },
    ]);
  });

  it('turns the counts into the table\'s ratios, with the whole base last', () => {
    const rows = valueRows(t.engine.segmentValue(settings, segmentationInput(CONFIG), CHURN), CONFIG);
    expect(rows.map((r) => r.id)).toEqual(['repeat', 'single', TOTAL_ID]);
    const [repeat, single, total] = rows;
    expect(repeat).toMatchObject({ customerShare: 3 / 7, revenueShare: 830 / 1410, averageOrderValue: 830 / 7, purchasesPerCustomer: 7 / 3, repeatRate: 1, churnRate: 0, valuePerCustomer: 830 / 3, averageAgeDays: 171 });
    expect(single).toMatchObject({ averageOrderValue: 145, purchasesPerCustomer: 1, repeatRate: 0, churnRate: 0.5, valuePerCustomer: 145, averageAgeDays: 69.5 });
    expect(total).toMatchObject({ customers: 7, purchases: 11, revenue: 1410, customerShare: 1, revenueShare: 1, repeatRate: 3 / 7, churnRate: 2 / 7, averageAgeDays: 113 });
  });

  it('moves a customer across the churn edge by one day', () => {
    const churned = (days: number) => t.engine.segmentValue(settings, segmentationInput(CONFIG), days).reduce((s, v) => s + v.churned, 0);
    expect(churned(60)).toBe(2); // E (61 days), G (108)
    expect(churned(59)).toBe(3); // and D (exactly 60)
    expect(churned(61)).toBe(1); // G only
  });
});

describe('churn threshold suggested from the data', () => {
  it('is a quantile of the days between a customer\'s purchases before the as-of date', () => {
    // Gaps: F 60 and 92, D 62, A 202 (C's return is not a purchase).
    expect(t.engine.suggestChurnDays(AFTER, 0.5)).toEqual({ share: 0.5, gaps: 4, days: 77 });
    // 0.9: 92 + 0.7 x 110 = 169 (not 170 from floating-point noise).
    expect(t.engine.suggestChurnDays(AFTER, 0.9)).toEqual({ share: 0.9, gaps: 4, days: 169 });
    expect(t.engine.suggestChurnDays('2024-02-01', 0.9)).toEqual({ share: 0.9, gaps: 0, days: null });
  });
});

describe('movement between two dates', () => {
  it('gives the transition matrix: new customers, one who churned and returned, one lost', () => {
    const result = t.engine.movement(settings, BEFORE, segmentationInput(CONFIG), { holdCuts: false, churnDays: CHURN });
    expect(result).toMatchObject({ before: BEFORE, after: AFTER, customersBefore: 4, customersAfter: 7 });
    const order = (c: { before: string | null; after: string }) => `${c.before ?? ''}>${c.after}`;
    expect([...result.cells].sort((a, b) => order(a).localeCompare(order(b)))).toEqual([
      // B, C (its only order before April was a return), E: not yet customers in April. E churned by July.
      { before: null, after: 'single', customers: 3, newlyChurned: 1 },
      // F.
      { before: 'repeat', after: 'repeat', customers: 1, newlyChurned: 0 },
      // A (churned in April, back in June) and D.
      { before: 'single', after: 'repeat', customers: 2, newlyChurned: 0 },
      // G: active in April, churned by July.
      { before: 'single', after: 'single', customers: 1, newlyChurned: 1 },
    ]);
    expect(result.cells.reduce((s, c) => s + c.customers, 0)).toBe(7);
    expect(movementSummary(result.cells, ['repeat', 'single'])).toEqual({ up: 2, stayed: 1, down: 0, new: 3, lost: 1, total: 7 });
  });

  it('restores the later date\'s analysis afterwards', () => {
    const before = t.engine.score(settings, segmentationInput(CONFIG));
    t.engine.movement(settings, BEFORE, segmentationInput(CONFIG), { holdCuts: true, churnDays: CHURN });
    expect(t.engine.score(settings, segmentationInput(CONFIG))).toEqual(before);
  });

  it('writes one row per customer: customer_id, segment_before, segment_after (empty where absent), or one cell\'s', () => {
    t.engine.movement(settings, BEFORE, segmentationInput(CONFIG), { holdCuts: false, churnDays: CHURN });
    const names = { repeat: 'Repeat', single: 'Single' };
    const all = new TextDecoder().decode(t.engine.exportMovementCsv(names));
    expect(all.trim().split('\n')).toEqual([
      'customer_id,segment_before,segment_after',
      'A,Single,Repeat',
      'B,,Single',
      'C,,Single',
      'D,Single,Repeat',
      'E,,Single',
      'F,Repeat,Repeat',
      'G,Single,Single',
    ]);
    expect(t.engine.movementCustomers({ before: null, after: 'single' }, 2)).toEqual(['B', 'C']);
    expect(t.engine.movementCustomers({ before: 'single', after: 'repeat' }, 10)).toEqual(['A', 'D']);
    const cell = new TextDecoder().decode(t.engine.exportMovementCsv(names, { before: null, after: 'single' }));
    expect(cell.trim().split('\n')).toEqual(['customer_id,segment_before,segment_after', 'B,,Single', 'C,,Single', 'E,,Single']);
  });

  it('keeps the last movement\'s customers while the segment mix scores other dates', () => {
    t.engine.movement(settings, BEFORE, segmentationInput(CONFIG), { holdCuts: false, churnDays: CHURN });
    t.engine.segmentMix(settings, segmentationInput(CONFIG), ['2023-12-01', BEFORE]);
    expect(t.engine.movementCustomers({ before: 'single', after: 'repeat' }, 10)).toEqual(['A', 'D']);
  });

  it('forgets the last movement when the orders are prepared again', () => {
    t.engine.movement(settings, BEFORE, segmentationInput(CONFIG), { holdCuts: false, churnDays: CHURN });
    t.engine.prepare({ customer: 'customer', date: 'date', amount: 'amount' }, { today: '2026-11-23' });
    expect(() => t.engine.movementCustomers({ before: 'single', after: 'repeat' }, 10)).toThrow(/no_dataset/);
  });

  it('holds the later date\'s cut points when asked (not for equal-size groups), and refuses a later "before" date', () => {
    const preset = { ...settings, archetypes: 'default' };
    const segmentation = presetSegmentation(preset);
    const held = t.engine.movement(preset, BEFORE, segmentation, { holdCuts: true, churnDays: CHURN });
    expect(held.holdCuts).toBe(true);
    expect(held.cells.reduce((s, c) => s + c.customers, 0)).toBe(7);
    expect(t.engine.movement({ ...preset, method: 'ntile' }, BEFORE, segmentation, { holdCuts: true, churnDays: CHURN }).holdCuts).toBe(false);
    expect(() => t.engine.movement(preset, AFTER, segmentation, { holdCuts: false, churnDays: CHURN })).toThrow(/settings_invalid/);
  });
});

describe('health over time', () => {
  it('gives revenue, purchases, active, new and churned customers by month', () => {
    expect(t.engine.healthSeries(AFTER, 'month', CHURN)).toEqual([
      { period: '2023-12-01', revenue: 100, purchases: 1, active: 1, newCustomers: 1, churned: 0 },
      // A's silence after 1 Dec passes 60 days on 31 Jan.
      { period: '2024-01-01', revenue: 200, purchases: 1, active: 1, newCustomers: 1, churned: 1 },
      // C's return: negative revenue, no purchase.
      { period: '2024-02-01', revenue: -30, purchases: 0, active: 0, newCustomers: 0, churned: 0 },
      { period: '2024-03-01', revenue: 720, purchases: 3, active: 3, newCustomers: 2, churned: 0 },
      { period: '2024-04-01', revenue: 0, purchases: 0, active: 0, newCustomers: 0, churned: 0 },
      // B, C (first purchase: its February order was a return), E are new; D, F and G pass 60 days in May.
      { period: '2024-05-01', revenue: 140, purchases: 4, active: 4, newCustomers: 3, churned: 3 },
      // E passes 60 days on 1 July, the as-of date itself: not in June.
      { period: '2024-06-01', revenue: 280, purchases: 2, active: 2, newCustomers: 0, churned: 0 },
    ]);
  });

  it('sums to the same revenue and purchases as the customers scored at the as-of date', () => {
    const series = t.engine.healthSeries(AFTER, 'week', CHURN);
    expect(series.reduce((s, p) => s + p.revenue, 0)).toBe(1410);
    expect(series.reduce((s, p) => s + p.purchases, 0)).toBe(11);
    expect(series[0].period).toBe('2023-11-27');
  });
});

describe('acquisition cohorts', () => {
  it('groups customers by the month of their first purchase and follows them month by month', () => {
    expect(t.engine.cohorts(AFTER)).toEqual([
      { cohort: '2023-12', monthsAfter: 0, buyers: 1, revenue: 100 },
      { cohort: '2023-12', monthsAfter: 6, buyers: 1, revenue: 80 },
      { cohort: '2024-01', monthsAfter: 0, buyers: 1, revenue: 200 },
      { cohort: '2024-01', monthsAfter: 2, buyers: 1, revenue: 200 },
      { cohort: '2024-01', monthsAfter: 5, buyers: 1, revenue: 200 },
      { cohort: '2024-03', monthsAfter: 0, buyers: 2, revenue: 520 },
      { cohort: '2024-03', monthsAfter: 2, buyers: 1, revenue: 30 },
      // C's return in February is before its cohort month and not counted.
      { cohort: '2024-05', monthsAfter: 0, buyers: 3, revenue: 110 },
    ]);
  });
});

describe('segment sizes over time', () => {
  it('scores the segment mix at each date with the orders before it, and restores the analysis', () => {
    const before = t.engine.score(settings, segmentationInput(CONFIG));
    const mix = t.engine.segmentMix(settings, segmentationInput(CONFIG), ['2023-12-01', BEFORE, AFTER]);
    const sizes = mix.map((p) => ({ asOf: p.asOf, customers: p.customers, ...Object.fromEntries(p.segments.map((s) => [s.segment, s.customers])) }));
    expect(sizes).toEqual([
      // Nobody had bought before 1 Dec 2023.
      { asOf: '2023-12-01', customers: 0 },
      // April: A, D, G single; F (two purchases) repeat.
      { asOf: BEFORE, customers: 4, single: 3, repeat: 1 },
      { asOf: AFTER, customers: 7, single: 4, repeat: 3 },
    ]);
    expect(t.engine.score(settings, segmentationInput(CONFIG))).toEqual(before);
  });
});
