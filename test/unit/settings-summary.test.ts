import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/lib/i18n/translate';
import { formatDate } from '../../src/lib/i18n/format';
import { settingsSummary } from '../../src/lib/rfm/settings-summary';

const en = createTranslator('en');
const ru = createTranslator('ru');
const bins = (r: number, f = r, m = r) => ({ r, f, m });

describe('settingsSummary', () => {
  it('says the scores, the method and the date in one line', () => {
    expect(settingsSummary({ method: 'ntile', bins: bins(5), asOf: '2011-12-10' }, en, (d) => formatDate('en', d))).toBe(
      '5 scores per axis, equal-size groups, as of 10 Dec 2011',
    );
    expect(settingsSummary({ method: 'quantile', bins: bins(5), asOf: '2011-12-10' }, ru, (d) => formatDate('ru', d))).toBe(
      '5 баллов на ось, группы по рангу (квантили), на 10 дек. 2011 г.',
    );
  });

  it('names each axis when their scores differ, with Russian plurals', () => {
    expect(settingsSummary({ method: 'quantile', bins: bins(5, 4, 3), asOf: '2024-03-01' }, en, (d) => d)).toBe(
      'scores R 5 · F 4 · M 3, ranked groups (quantiles), as of 2024-03-01',
    );
    expect(settingsSummary({ method: 'ntile', bins: bins(3), asOf: '2024-03-01' }, ru, (d) => d)).toBe('3 балла на ось, равные группы, на 2024-03-01');
  });

  it('leaves the bins out for custom thresholds, which set their own', () => {
    expect(settingsSummary({ method: 'custom', bins: bins(5), asOf: '2024-03-01' }, en, (d) => d)).toBe('your own thresholds, as of 2024-03-01');
  });
});
