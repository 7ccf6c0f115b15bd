import { describe, expect, it } from 'vitest';
import type { ScoringSettings } from '../../src/lib/engine/api';
import { EngineError } from '../../src/lib/engine/errors';
import { defaultSettings, effectiveBins, isIsoDate, validateSettings } from '../../src/lib/rfm/settings';

const valid = (): ScoringSettings => defaultSettings('2024-03-01');

/** The EngineError validateSettings throws, as the UI receives it. */
function rejection(settings: ScoringSettings): { code: string; details: Record<string, string | number> } {
  try {
    validateSettings(settings);
  } catch (error) {
    expect(error).toBeInstanceOf(EngineError);
    const { code, details } = error as EngineError;
    return { code, details };
  }
  throw new Error('validateSettings accepted invalid settings');
}

describe('isIsoDate', () => {
  it('accepts real calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-03-01')).toBe(true);
    expect(isIsoDate('1999-12-31')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('rejects days that do not exist, including Feb 29 outside leap years', () => {
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2024-04-31')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-00-10')).toBe(false);
    expect(isIsoDate('2024-01-00')).toBe(false);
  });

  it('rejects other date formats', () => {
    for (const text of ['', '2024-3-1', '01.03.2024', '03/01/2024', '2024-03-01T00:00:00Z', ' 2024-03-01', '2024/03/01', 'today']) {
      expect(isIsoDate(text), text).toBe(false);
    }
  });
});

describe('effectiveBins', () => {
  it('uses the chosen bins for the quantile methods', () => {
    const settings = { ...valid(), bins: { r: 3, f: 4, m: 2 }, thresholds: { r: [1], f: [1], m: [1] } };
    expect(effectiveBins(settings)).toEqual({ r: 3, f: 4, m: 2 });
    expect(effectiveBins({ ...settings, method: 'ntile' })).toEqual({ r: 3, f: 4, m: 2 });
  });

  it('gives one band more than cut points with custom thresholds, ignoring the bins setting', () => {
    const settings: ScoringSettings = {
      ...valid(),
      method: 'custom',
      bins: { r: 5, f: 5, m: 5 },
      thresholds: { r: [30, 90, 180], f: [2], m: [50, 100, 200, 400] },
    };
    expect(effectiveBins(settings)).toEqual({ r: 4, f: 2, m: 5 });
  });
});

describe('validateSettings', () => {
  it('returns valid settings unchanged', () => {
    const settings = valid();
    expect(validateSettings(settings)).toBe(settings);
    const custom: ScoringSettings = { ...valid(), method: 'custom', thresholds: { r: [30, 90], f: [2], m: [10, 20, 30, 40] } };
    expect(validateSettings(custom)).toBe(custom);
    expect(() => validateSettings({ ...valid(), archetypes: 'rfm-package', bins: { r: 2, f: 3, m: 4 } })).not.toThrow();
  });

  it('rejects an as-of date that is not a real YYYY-MM-DD date', () => {
    expect(rejection({ ...valid(), asOf: '2023-02-29' })).toEqual({
      code: 'settings_invalid',
      details: { field: 'asOf', value: '2023-02-29' },
    });
    expect(rejection({ ...valid(), asOf: '01/03/2024' }).details).toEqual({ field: 'asOf', value: '01/03/2024' });
  });

  it('rejects 1 or 6 bins and fractional bins, naming the axis', () => {
    expect(rejection({ ...valid(), bins: { r: 1, f: 5, m: 5 } })).toEqual({
      code: 'settings_invalid',
      details: { field: 'bins.r', value: '1' },
    });
    expect(rejection({ ...valid(), bins: { r: 5, f: 6, m: 5 } })).toEqual({
      code: 'settings_invalid',
      details: { field: 'bins.f', value: '6' },
    });
    expect(rejection({ ...valid(), bins: { r: 5, f: 5, m: 2.5 } })).toEqual({
      code: 'settings_invalid',
      details: { field: 'bins.m', value: '2.5' },
    });
  });

  it('does not check bins when custom thresholds decide them', () => {
    const settings: ScoringSettings = { ...valid(), method: 'custom', bins: { r: 9, f: 0, m: 2.5 }, thresholds: { r: [1], f: [1], m: [1] } };
    expect(validateSettings(settings)).toBe(settings);
  });

  it('takes any configuration id (the segmentation comes with it), but not none', () => {
    expect(validateSettings({ ...valid(), archetypes: 'cfg-1234' }).archetypes).toBe('cfg-1234');
    expect(rejection({ ...valid(), archetypes: '' })).toEqual({ code: 'settings_invalid', details: { field: 'archetypes', value: '' } });
  });

  it('rejects an unknown scoring method', () => {
    const settings = { ...valid(), method: 'median' } as unknown as ScoringSettings;
    expect(rejection(settings)).toEqual({ code: 'settings_invalid', details: { field: 'method', value: 'median' } });
  });

  it('rejects bad custom thresholds with the axis and the problem', () => {
    const custom = (thresholds: ScoringSettings['thresholds']): ScoringSettings => ({ ...valid(), method: 'custom', thresholds });
    expect(rejection(custom({ r: [90, 30], f: [2], m: [10] }))).toEqual({
      code: 'thresholds_invalid',
      details: { axis: 'r', problem: 'not_ascending' },
    });
    expect(rejection(custom({ r: [30], f: [], m: [10] }))).toEqual({
      code: 'thresholds_invalid',
      details: { axis: 'f', problem: 'count' },
    });
    expect(rejection(custom({ r: [30], f: [2], m: [10, Number.NaN] }))).toEqual({
      code: 'thresholds_invalid',
      details: { axis: 'm', problem: 'not_finite' },
    });
    expect(rejection(custom({ r: [1, 2, 3, 4, 5], f: [2], m: [10] })).details).toEqual({ axis: 'r', problem: 'count' });
  });
});
