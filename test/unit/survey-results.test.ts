// The Survey tab's pure parts: the open answers (segment, newest first, search in both scripts),
// an export kept on the device (the survey it makes, its answers, the same export twice told), and
// the value chart's series (x revenue share, y NPS, area by answers, the segment's colour), and
// which source the tab shows.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { keepAnswers } from '../../src/features/surveys/keep-answers';
import { bubbleRadius, valueChartConfig, type ValuePoint } from '../../src/features/surveys/value-chart-config';
import { starterText } from '../../src/lib/surveys/starter-text';
import { shownChoice } from '../../src/features/surveys/source-choice';
import { createTranslator } from '../../src/lib/i18n/translate';
import { resetConnection } from '../../src/lib/storage/connection';
import { listAnswers, listSurveys } from '../../src/lib/storage/surveys';
import type { SurveyAnswer } from '../../src/lib/surveys/answer';
import { alreadyKept, importKey, keptAnswers, surveyFromImport, surveyNameOf } from '../../src/lib/surveys/kept-import';
import { filterOpenAnswers, openAnswers } from '../../src/lib/surveys/open-answers';
import { isStoredAnswer, isSurvey } from '../../src/lib/surveys/survey';

const en = createTranslator('en');
const answer = (text: string | null, nps: number | null = null, matters: string[] = []): SurveyAnswer => ({ id: null, nps, satisfaction: null, matters, text });

describe('open answers', () => {
  const answers = [answer('Great shop'), answer(null, 9), answer('Too expensive'), answer('Ёлки — дорого'), answer('  ')];
  const segments = ['champions', 'champions', 'lost', null, null];

  it('lists the answers with a text and their segment, the later row first without dates', () => {
    expect(openAnswers(answers, segments).map((a) => [a.no, a.text, a.segment])).toEqual([
      [4, 'Ёлки — дорого', null],
      [3, 'Too expensive', 'lost'],
      [1, 'Great shop', 'champions'],
    ]);
  });

  it('orders by the date given, newest first', () => {
    const dates = ['2026-12-03T10:00:00Z', null, '2026-12-01T10:00:00Z', '2026-12-02T10:00:00Z', null];
    expect(openAnswers(answers, segments, dates).map((a) => a.no)).toEqual([1, 4, 3]);
  });

  it('finds words whatever their case, in Latin and Cyrillic, ё as е', () => {
    const list = openAnswers(answers, segments);
    expect(filterOpenAnswers(list, 'EXPENSIVE', { kind: 'any' }).map((a) => a.no)).toEqual([3]);
    expect(filterOpenAnswers(list, 'ЕЛКИ Дорого', { kind: 'any' }).map((a) => a.no)).toEqual([4]);
    expect(filterOpenAnswers(list, 'shop great', { kind: 'any' }).map((a) => a.no)).toEqual([1]);
    expect(filterOpenAnswers(list, '', { kind: 'segment', segment: 'champions' }).map((a) => a.no)).toEqual([1]);
    expect(filterOpenAnswers(list, '', { kind: 'unmatched' }).map((a) => a.no)).toEqual([4]);
    expect(filterOpenAnswers(list, 'shop', { kind: 'segment', segment: 'lost' })).toEqual([]);
  });
});

describe('an export kept on the device', () => {
  const answers = [answer('Great shop', 10, ['Price', 'Quality']), answer(null, 6, ['Price'])];
  const columns = { id: 'Email Address', nps: 'How likely?', matters: { kind: 'list' as const, column: 'What matters?' }, text: 'Anything else?' };
  const now = new Date('2026-12-02T10:00:00Z');

  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    resetConnection();
  });

  it('makes a survey named after the file that asks what the columns held, with the options found', () => {
    const survey = surveyFromImport('s1', 'google-forms.csv', columns, answers, starterText(en), now);
    expect(isSurvey(survey)).toBe(true);
    expect(survey.name).toBe('google-forms');
    expect(surveyNameOf('answers')).toBe('answers');
    const q = survey.versions[0].questions;
    expect([q.nps, q.satisfaction.ask, q.openText, q.identifier.ask]).toEqual([{ ask: true, text: 'How likely?' }, false, { ask: true, text: 'Anything else?' }, true]);
    expect(q.matters).toEqual({ ask: true, text: 'What matters?', options: ['Price', 'Quality'] });
  });

  it('stores each answer for the survey\'s current version, in file order, with ids from the content', async () => {
    const survey = surveyFromImport('s1', 'f.csv', columns, answers, starterText(en), now);
    const key = await importKey(answers);
    expect(await importKey(answers.map((a) => ({ ...a })))).toBe(key);
    expect(await importKey([answers[1], answers[0]])).not.toBe(key);
    const stored = keptAnswers(survey, answers, key, now);
    expect(stored.every(isStoredAnswer)).toBe(true);
    expect(stored.map((a) => [a.version, a.source, a.answeredAt])).toEqual([
      [1, 'import', '2026-12-02T10:00:00.000Z'],
      [1, 'import', '2026-12-02T10:00:00.001Z'],
    ]);
    expect(alreadyKept('s1', stored, key)).toBe(true);
    expect(alreadyKept('s2', stored, key)).toBe(false);
  });

  it('keeps the answers once: the same export again is told and nothing is added', async () => {
    const first = await keepAnswers({ fileName: 'google-forms.csv', columns, answers, into: null, surveys: [], text: starterText(en) });
    expect(first).toMatchObject({ kind: 'kept', count: 2 });
    const { surveys } = await listSurveys();
    expect(surveys.map((s) => s.name)).toEqual(['google-forms']);
    const again = await keepAnswers({ fileName: 'google-forms.csv', columns, answers, into: null, surveys, text: starterText(en) });
    expect(again).toMatchObject({ kind: 'already', survey: { id: surveys[0].id } });
    const intoSame = await keepAnswers({ fileName: 'google-forms.csv', columns, answers, into: surveys[0], surveys, text: starterText(en) });
    expect(intoSame.kind).toBe('already');
    expect((await listSurveys()).surveys).toHaveLength(1);
    const { answers: kept } = await listAnswers(surveys[0].id);
    expect(kept.map((a) => a.answer.nps)).toEqual([10, 6]);
    // Other answers go into the same survey.
    const more = await keepAnswers({ fileName: 'more.csv', columns, answers: [answer('Fast', 9)], into: surveys[0], surveys, text: starterText(en) });
    expect(more).toMatchObject({ kind: 'kept', count: 1 });
    expect((await listAnswers(surveys[0].id)).answers).toHaveLength(3);
  });
});

describe('the value chart', () => {
  const points: ValuePoint[] = [
    { id: 'champions', name: 'Champions', color: '#1b7f3b', revenueShare: 0.6, nps: 100, answers: 4 },
    { id: 'lost', name: 'Lost', color: '#b42318', revenueShare: 0.05, nps: -100, answers: 1 },
  ];
  const config = valueChartConfig(points, { x: 'Share of revenue', y: 'NPS', percent: (f) => `${Math.round(f * 100)}%`, number: String, point: (p) => p.name });

  it('puts each segment at its revenue share and NPS, in its colour, sized by its answers', () => {
    expect(config.data.datasets.map((d) => [d.label, d.data[0], d.borderColor])).toEqual([
      ['Champions', { x: 60, y: 100, r: 28 }, '#1b7f3b'],
      ['Lost', { x: 5, y: -100, r: 14 }, '#b42318'],
    ]);
    expect(bubbleRadius(0, 4)).toBe(6);
    expect(config.options?.scales?.y).toMatchObject({ min: -100, max: 100 });
    expect(config.options?.scales?.x).toMatchObject({ min: 0, max: 80 });
  });
});

describe('which answers the tab shows', () => {
  const surveys = [
    { id: 'empty', answers: 0 },
    { id: 'kiosk', answers: 12 },
  ];
  const none = { demo: false, fileOpen: false, surveys };

  it('keeps the user\'s choice while it exists', () => {
    expect(shownChoice({ kind: 'stored', id: 'empty' }, none)).toEqual({ kind: 'stored', id: 'empty' });
    expect(shownChoice({ kind: 'file' }, none)).toEqual({ kind: 'file' });
    expect(shownChoice({ kind: 'demo' }, { ...none, demo: true })).toEqual({ kind: 'demo' });
  });

  it('falls back when the choice is gone: the export opened, the demo\'s survey, the first survey with answers', () => {
    expect(shownChoice({ kind: 'stored', id: 'deleted' }, none)).toEqual({ kind: 'stored', id: 'kiosk' });
    expect(shownChoice({ kind: 'demo' }, none)).toEqual({ kind: 'stored', id: 'kiosk' });
    expect(shownChoice(null, { ...none, fileOpen: true, demo: true })).toEqual({ kind: 'file' });
    expect(shownChoice(null, { ...none, demo: true })).toEqual({ kind: 'demo' });
    expect(shownChoice(null, { demo: false, fileOpen: false, surveys: [] })).toEqual({ kind: 'file' });
    // While the list is read, a stored choice is not dropped.
    expect(shownChoice({ kind: 'stored', id: 'x' }, { ...none, surveys: null })).toEqual({ kind: 'stored', id: 'x' });
  });
});
