// When quantile segments say little: below 20 customers always, below about 100 unless the bins
// are already few; custom thresholds are the user's own and never warned about.
import { describe, expect, it } from 'vitest';
import { smallDataWarning, suggestedBins } from '../../src/lib/rfm/small-data';
import { defaultSettings } from '../../src/lib/rfm/settings';
import { createTranslator } from '../../src/lib/i18n/translate';

const settings = (bins: number, method: 'quantile' | 'ntile' | 'custom' = 'quantile') => ({ ...defaultSettings('2024-04-01'), method, bins: { r: bins, f: bins, m: bins } });

describe('the small-data warning', () => {
  it('warns a five-customer file whatever the bins, and suggests two', () => {
    expect(smallDataWarning(5, settings(5))).toEqual({ level: 'very-few', customers: 5, bins: 5, suggestedBins: 2 });
    expect(smallDataWarning(19, settings(2))?.level).toBe('very-few');
  });

  it('warns below 100 customers while the bins are more than suggested', () => {
    expect(smallDataWarning(60, settings(5))).toEqual({ level: 'few', customers: 60, bins: 5, suggestedBins: 2 });
    expect(smallDataWarning(99, settings(3, 'ntile'))?.level).toBe('few');
    expect(smallDataWarning(60, settings(2))).toBeNull();
  });

  it('says nothing from 100 customers on, or with custom thresholds', () => {
    expect(smallDataWarning(100, settings(5))).toBeNull();
    expect(smallDataWarning(5, settings(5, 'custom'))).toBeNull();
  });

  it('suggests bins that keep about twelve customers per cell', () => {
    expect([19, 99, 400, 1499, 1500, 100_000].map(suggestedBins)).toEqual([2, 2, 3, 4, 5, 5]);
  });

  it('reads in both languages', () => {
    const w = smallDataWarning(60, settings(5))!;
    expect(createTranslator('en')('smallData.fewCustomers', { count: '60', bins: w.bins, suggested: w.suggestedBins })).toBe(
      'Customers scored: 60. With 5 bins per axis most segments hold only a few customers, so quantile segments say little about them; 2 bins per axis give fewer, fuller segments.',
    );
    expect(createTranslator('ru')('smallData.veryFewCustomers', { count: '5', suggested: 2 })).toContain('Клиентов с оценкой: 5.');
  });
});
