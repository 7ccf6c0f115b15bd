import { describe, expect, it } from 'vitest';
import { decideDayFirst, decideDecimalComma, NO_DATE_EVIDENCE, NO_NUMBER_EVIDENCE } from '../../src/lib/import/format-decision';

const dates = (e: Partial<typeof NO_DATE_EVIDENCE>) => ({ ...NO_DATE_EVIDENCE, ...e });
const numbers = (e: Partial<typeof NO_NUMBER_EVIDENCE>) => ({ ...NO_NUMBER_EVIDENCE, ...e });

describe('day/month order', () => {
  it('follows the values that fit only one order', () => {
    expect(decideDayFirst('auto', dates({ dayFirst: 3, ambiguous: 40 }))).toEqual({ value: true, source: 'column', ambiguous: false });
    expect(decideDayFirst('auto', dates({ monthFirst: 1, ambiguous: 40 }))).toEqual({ value: false, source: 'column', ambiguous: false });
  });
  it('goes with the majority in a mixed column (the minority is then counted as bad dates)', () => {
    expect(decideDayFirst('auto', dates({ dayFirst: 2, monthFirst: 9 })).value).toBe(false);
    expect(decideDayFirst('auto', dates({ dayFirst: 9, monthFirst: 9 })).value).toBe(true);
  });
  it('asks when every value fits both orders with slashes', () => {
    expect(decideDayFirst('auto', dates({ ambiguous: 5 })).ambiguous).toBe(true);
    expect(decideDayFirst('auto', dates({ ambiguous: 5, dotted: 5 })).ambiguous).toBe(true);
  });
  it('reads dotted dates day first', () => {
    expect(decideDayFirst('auto', dates({ dotted: 5 }), false)).toEqual({ value: true, source: 'dots', ambiguous: false });
  });
  it('keeps the fallback when no value depends on the order', () => {
    expect(decideDayFirst('auto', dates({}), false)).toEqual({ value: false, source: 'not-needed', ambiguous: false });
  });
  it('lets the user and a given format decide over the column', () => {
    expect(decideDayFirst('month-first', dates({ dayFirst: 9 }))).toEqual({ value: false, source: 'user', ambiguous: false });
    expect(decideDayFirst('auto', dates({ ambiguous: 9 }), true, true)).toEqual({ value: true, source: 'format', ambiguous: false });
  });
});

describe('decimal separator', () => {
  it('follows the values that fit only one separator', () => {
    expect(decideDecimalComma('auto', numbers({ comma: 1, ambiguous: 3 }))).toEqual({ value: true, source: 'column', ambiguous: false });
    expect(decideDecimalComma('auto', numbers({ point: 10, comma: 2 })).value).toBe(false);
  });
  it('asks when every separated value fits both', () => {
    expect(decideDecimalComma('auto', numbers({ ambiguous: 3 })).ambiguous).toBe(true);
  });
  it('does not matter for plain integers', () => {
    expect(decideDecimalComma('auto', numbers({}))).toEqual({ value: false, source: 'not-needed', ambiguous: false });
  });
  it('lets the user decide', () => {
    expect(decideDecimalComma('comma', numbers({ point: 9 }))).toEqual({ value: true, source: 'user', ambiguous: false });
  });
});
