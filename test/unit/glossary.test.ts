// One name per metric, one definition per word: every label of a metric reads as the glossary's
// name for it, in both languages, and "new", "lost" and "churned" are defined once each.
import { describe, expect, it } from 'vitest';
import { definitionOf, GLOSSARY, glossaryTerm, hintOf } from '../../src/lib/glossary/glossary';
import { createTranslator } from '../../src/lib/i18n/translate';
import type { MessageKey } from '../../src/lib/i18n/types';
import { configFromPreset } from '../../src/lib/archetypes/presets';
import { churnContradictions } from '../../src/lib/value/churn-names';
import type { ValueRow } from '../../src/lib/value/value-table';

const languages = { en: createTranslator('en'), ru: createTranslator('ru') };

describe('the glossary', () => {
  for (const [lang, t] of Object.entries(languages)) {
    it(`labels every metric with its one name (${lang})`, () => {
      for (const term of GLOSSARY) {
        for (const label of term.labels) expect(`${label}: ${t(label as never)}`).toBe(`${label}: ${t(term.name)}`);
      }
    });

    it(`defines every term (${lang})`, () => {
      for (const term of GLOSSARY) expect(t(term.definition)).not.toBe(term.definition);
    });
  }

  it('names the average order value one way: no “average check” or “avg” left in English', () => {
    expect(languages.en(glossaryTerm('averageOrderValue').name)).toBe('Average order value');
    expect(languages.ru(glossaryTerm('averageOrderValue').name)).toBe('Средний чек');
  });

  it('keeps the three meanings of new and of lost apart', () => {
    const en = languages.en;
    const names = ['newBuyers', 'movementNew', 'movementLost', 'churned', 'segmentNames'].map((id) => en(glossaryTerm(id as never).name));
    expect(new Set(names).size).toBe(names.length);
    expect(en(glossaryTerm('churned').definition)).toContain('churn threshold');
    expect(en(glossaryTerm('movementLost').definition)).toContain('churned by the later date');
  });

  it('finds the definition to show beside a label', () => {
    expect(definitionOf('value.col.churnRate' as MessageKey)).toBe('glossary.churned.text');
    expect(definitionOf('kpi.customers' as MessageKey)).toBeNull();
    expect(hintOf('kpi.aov' as MessageKey, languages.en)).toBe('Net revenue per purchase.');
    expect(hintOf('kpi.aov' as MessageKey, languages.ru)).toBe('Чистая выручка на одну покупку.');
  });
});

describe('a segment whose churn share contradicts its name', () => {
  const config = configFromPreset('default', { r: 5, f: 5, m: 5 });
  const row = (id: string, customers: number, churnRate: number) => ({ id, customers, churnRate }) as ValueRow;

  it('is named for the top-ranked segments a third of whose customers or more are churned (the demo’s Loyal: 57.4 %)', () => {
    const rows = [row('champions', 100, 0.1), row('loyal', 200, 0.574), row('hibernating', 50, 0.9), row('new', 0, 0)];
    expect(churnContradictions(rows, config).map((r) => r.id)).toEqual(['loyal']);
    expect(createTranslator('en')('value.churnNameNote', { segment: 'Loyal', share: '57.4%', days: 87 })).toMatch(/^Loyal: 57.4% churned\. The name comes from the scores/);
  });
});
