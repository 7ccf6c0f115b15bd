// The holdout chart shows repeat purchases per customer of each group (the paper's figure 4), so
// the large top group does not dwarf the rest; the progress line names the model and its step.
import { describe, expect, it } from 'vitest';
import { holdoutChartConfig } from '../../src/features/predict/holdout-chart';
import { progressText } from '../../src/features/predict/progress-text';
import { createTranslator } from '../../src/lib/i18n/translate';

const text = { group: (x: number, last: boolean) => (last ? `${x}+` : String(x)), actual: 'Actual', predicted: 'Predicted', x: 'before', y: 'after', number: String };

describe('holdoutChartConfig', () => {
  it('plots actual and predicted repeat purchases per customer of each group, the top group as "7+"', () => {
    const config = holdoutChartConfig(
      {
        length: 26,
        groups: [
          { x: 0, customers: 100, actual: 5, predicted: 10 },
          { x: 7, customers: 20, actual: 60, predicted: 50 },
        ],
        total: { customers: 120, actual: 65, predicted: 60 },
      },
      text,
      7,
    );
    expect(config.data.labels).toEqual(['0', '7+']);
    expect(config.data.datasets.map((d) => d.data)).toEqual([
      [0.05, 3],
      [0.1, 2.5],
    ]);
  });
});

describe('progressText', () => {
  it('says which model is fitted and at which step', () => {
    const t = createTranslator('en');
    expect(progressText({ phase: 'fit', model: 'gamma_gamma', iteration: 12 }, t)).toBe('Fitting Gamma-Gamma (spend per purchase): step 12…');
    expect(progressText(null, t)).toBe('Starting the fit…');
  });
});
