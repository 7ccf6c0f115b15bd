// The mean SMS parts over the customers with a phone, which prices the SMS step per part.
import { describe, expect, it } from 'vitest';
import type { PlanTarget } from '../../src/lib/engine/api';
import { meanSmsParts } from '../../src/lib/plan/message-cost';

const target = (id: string, phone: string | null, recency: number): PlanTarget => ({
  customer_id: id,
  recency_days: recency,
  last_purchase: '2024-01-01',
  email: 'x@example.com',
  phone,
  push: null,
  messenger: null,
});

describe('meanSmsParts', () => {
  it('is 1 without a message or without anyone to text', () => {
    expect(meanSmsParts(null, [target('A', '79120000001', 5)], 'Lost', '')).toBe(1);
    expect(meanSmsParts('  ', [target('A', '79120000001', 5)], 'Lost', '')).toBe(1);
    expect(meanSmsParts('Hi {first_name}', [target('A', null, 5)], 'Lost', '')).toBe(1);
  });

  it('averages the parts of the rendered text over the customers with a phone only', () => {
    // 'x'.repeat(155) + ' ' + days: 157 septets for 9 days (1 part), 160 for 9999 (still 1), 161 for 99999 (2 parts of 153).
    const template = `${'x'.repeat(155)} {days_since_purchase}`;
    const targets = [target('A', '79120000001', 9), target('B', '79120000002', 9999), target('C', '79120000003', 99999), target('D', null, 99999)];
    expect(meanSmsParts(template, targets, 'Lost', '')).toBeCloseTo(4 / 3, 12);
  });

  it('counts a Cyrillic offer as UCS-2: 71 characters take 2 parts', () => {
    // "{offer}" alone: 71 Cyrillic letters are over the 70 of one UCS-2 SMS, within 2 × 67.
    expect(meanSmsParts('{offer}', [target('A', '79120000001', 5)], 'Lost', 'я'.repeat(71))).toBe(2);
    expect(meanSmsParts('{offer}', [target('A', '79120000001', 5)], 'Lost', 'я'.repeat(70))).toBe(1);
  });

  it('renders {first_name} with its fallback word, which adds to the length', () => {
    // 'покупатель' (10) + ', ' (2) + 58 × 'я' = 70 units: one part; a longer word would take two.
    const template = `{first_name}, ${'я'.repeat(58)}`;
    expect(meanSmsParts(template, [target('A', '79120000001', 5)], 'Lost', '', { first_name: 'покупатель' })).toBe(1);
    expect(meanSmsParts(template, [target('A', '79120000001', 5)], 'Lost', '', { first_name: 'покупательница' })).toBe(2);
  });
});
