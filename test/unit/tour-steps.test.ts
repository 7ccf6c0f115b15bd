import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en.ts';
import { ru } from '../../src/lib/i18n/ru.ts';
import { stepsByStage, TOUR_STEPS } from '../../src/lib/tour/steps.ts';

const catalogs: Record<string, Readonly<Record<string, string | undefined>>> = { en, ru };

describe('the workshop tour steps', () => {
  it('walk the three stages in order, each step once', () => {
    expect(TOUR_STEPS.map((s) => s.stage)).toEqual([...TOUR_STEPS.map((s) => s.stage)].sort());
    expect(new Set(TOUR_STEPS.map((s) => s.stage))).toEqual(new Set([1, 2, 3]));
    expect(new Set(TOUR_STEPS.map((s) => s.id)).size).toBe(TOUR_STEPS.length);
  });

  it('cover what the issue asks of each stage, on the tab that shows it', () => {
    const where = Object.fromEntries(TOUR_STEPS.map((s) => [s.id, `${s.stage}:${s.view}`]));
    expect(where).toMatchObject({
      scores: '1:segments',
      segments: '1:segments',
      value: '1:value',
      survey: '1:surveys',
      playbook: '2:plan',
      cascade: '2:plan',
      saving: '2:plan',
      health: '3:health',
      campaign: '3:campaigns',
      movement: '3:movement',
    });
  });

  it.each(['en', 'ru'])('have a title and one or two sentences in %s', (locale) => {
    for (const { id } of TOUR_STEPS) {
      expect(catalogs[locale][`tour.step.${id}.title`], id).toBeTruthy();
      const text = catalogs[locale][`tour.step.${id}.text`] ?? '';
      const sentences = text.split(/[.?!](?:\s|$)/).filter((s) => s.trim().length > 0);
      expect(sentences.length, `${id}: ${text}`).toBeGreaterThanOrEqual(1);
      expect(sentences.length, `${id}: ${text}`).toBeLessThanOrEqual(2);
    }
  });

  it('group into stages for the step list, each with its place in the whole tour', () => {
    const groups = stepsByStage(TOUR_STEPS);
    expect(groups.map((g) => g.stage)).toEqual([1, 2, 3]);
    expect(groups.flatMap((g) => g.steps.map((s) => s.index))).toEqual(TOUR_STEPS.map((_, i) => i));
    expect(groups[1].steps.map((s) => s.step.id)).toEqual(['playbook', 'cascade', 'saving']);
  });
});
