import { describe, expect, it } from 'vitest';
import { parseThresholds, suggestThresholds } from '../../src/features/results/thresholds';

describe('parseThresholds', () => {
  it('reads numbers separated by semicolons, spaces or both', () => {
    expect(parseThresholds('30; 90; 180')).toEqual([30, 90, 180]);
    expect(parseThresholds('30 90 180')).toEqual([30, 90, 180]);
    expect(parseThresholds('  30;90\t180  ')).toEqual([30, 90, 180]);
  });

  it('accepts a decimal comma as well as a decimal point', () => {
    expect(parseThresholds('12,5; 40')).toEqual([12.5, 40]);
    expect(parseThresholds('12.5 40,25')).toEqual([12.5, 40.25]);
  });

  it('treats repeated separators as one', () => {
    expect(parseThresholds('1;;2')).toEqual([1, 2]);
  });

  it('gives nothing for an empty entry or one that is not all numbers', () => {
    expect(parseThresholds('')).toBeNull();
    expect(parseThresholds(' ; ')).toBeNull();
    expect(parseThresholds('abc')).toBeNull();
    expect(parseThresholds('30; abc; 90')).toBeNull();
    expect(parseThresholds('1,2,3')).toBeNull();
  });

  it('keeps the order the user typed, so a wrong order can be reported', () => {
    expect(parseThresholds('90; 30')).toEqual([90, 30]);
  });
});

describe('suggestThresholds', () => {
  it('writes the quantile cut points rounded to cents, in the format parseThresholds reads', () => {
    const text = suggestThresholds([16.2, 18.92, 22, 297.4000000000001]);
    expect(text).toBe('16.2; 18.92; 22; 297.4');
    expect(parseThresholds(text)).toEqual([16.2, 18.92, 22, 297.4]);
  });
});
