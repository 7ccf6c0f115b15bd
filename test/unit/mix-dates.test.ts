import { describe, expect, it } from 'vitest';
import { periodEnds } from '../../src/lib/movement/mix-dates';

describe('as-of dates for segment sizes over time', () => {
  it('takes the first day of each quarter or month after the first order, ending at the as-of date', () => {
    expect(periodEnds('2024-11-05', '2025-11-01', 'quarter')).toEqual(['2025-01-01', '2025-04-01', '2025-07-01', '2025-10-01', '2025-11-01']);
    expect(periodEnds('2025-08-20', '2025-11-01', 'month')).toEqual(['2025-09-01', '2025-10-01', '2025-11-01']);
    expect(periodEnds('2020-01-01', '2025-11-01', 'month', 3)).toEqual(['2025-09-01', '2025-10-01', '2025-11-01']);
  });
});
