// Surveys and answers live in IndexedDB through the one schema module (v4). Records kept by the
// earlier versions survive the upgrade; each answer commits on its own; deleting a survey takes
// its answers with it and says how many.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { cvmDb, resetConnection } from '../../src/lib/storage/connection';
import { openCvmDb, STORE_NAMES } from '../../src/lib/storage/schema';
import { addAnswer, addAnswers, countAnswers, deleteSurvey, listAnswers, listSurveys, saveSurvey } from '../../src/lib/storage/surveys';
import { editedSurvey, newSurvey, type StoredAnswer } from '../../src/lib/surveys/survey';
import { SHOP_TEXT } from './helpers/survey-text';

const TEXT = SHOP_TEXT;
const NOW = new Date('2026-12-02T10:00:00Z');

const answer = (id: string, surveyId: string, nps: number | null): StoredAnswer => ({
  id,
  surveyId,
  version: 1,
  answeredAt: `2026-12-02T10:00:0${id.length % 10}Z`,
  source: 'kiosk',
  answer: { id: null, nps, satisfaction: null, matters: [], text: null },
});

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetConnection();
});

describe('surveys on the device', () => {
  it('keeps every record of version 3 through the upgrade to version 4', async () => {
    const v3 = await openCvmDb({ version: 3 });
    await v3.put('settings', 'ru', 'locale');
    await v3.put('archetype-configs', { id: 'cfg', name: 'Mine' } as never);
    v3.close();
    const db = await cvmDb();
    expect([...db.objectStoreNames].sort()).toEqual([...STORE_NAMES].sort());
    expect(await db.get('settings', 'locale')).toBe('ru');
    expect(await db.get('archetype-configs', 'cfg')).toEqual({ id: 'cfg', name: 'Mine' });
  });

  it('saves surveys and answers, counts and lists them; an unreadable record is left out and counted', async () => {
    const survey = newSurvey('s1', TEXT, NOW);
    await saveSurvey(survey, null);
    await saveSurvey(newSurvey('s2', { ...TEXT, name: 'Second' }, new Date('2026-12-03T00:00:00Z')), null);
    await addAnswer(answer('a1', 's1', 10));
    await addAnswers([answer('a2', 's1', 3), answer('a3', 's2', 8)]);
    await (await cvmDb()).put('survey-answers', { ...answer('bad', 's1', 10), answer: { nps: 11 } } as never);
    await (await cvmDb()).put('surveys', { id: 'broken' } as never);
    resetConnection();
    const listed = await listSurveys();
    expect(listed.surveys.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(listed.unreadable).toBe(1);
    expect(Object.fromEntries(await countAnswers())).toEqual({ s1: 3, s2: 1 });
    const answers = await listAnswers('s1');
    expect(answers.answers.map((a) => a.id).sort()).toEqual(['a1', 'a2']);
    expect(answers.unreadable).toBe(1);
  });

  it('refuses a second answer with the same id, and a batch with one bad answer writes none', async () => {
    await addAnswer(answer('a1', 's1', 10));
    await expect(addAnswer(answer('a1', 's1', 9))).rejects.toThrow();
    await expect(addAnswers([answer('a2', 's1', 1), answer('a1', 's1', 2)])).rejects.toThrow();
    expect((await listAnswers('s1')).answers.map((a) => a.id)).toEqual(['a1']);
  });

  it('deletes a survey with its answers and says how many went', async () => {
    await saveSurvey(newSurvey('s1', TEXT, NOW), null);
    await saveSurvey(newSurvey('s2', TEXT, NOW), null);
    await addAnswers([answer('a1', 's1', 10), answer('a2', 's1', 3), answer('a3', 's2', 8)]);
    expect(await deleteSurvey('s1', 1)).toBe(2);
    expect((await listSurveys()).surveys.map((s) => s.id)).toEqual(['s2']);
    expect(Object.fromEntries(await countAnswers())).toEqual({ s2: 1 });
  });

  it('does not delete a survey another tab saved after the version it saw, nor its answers', async () => {
    const first = await saveSurvey(newSurvey('s1', TEXT, NOW), null);
    await addAnswer(answer('a1', 's1', 10));
    await saveSurvey({ ...newSurvey('s1', TEXT, NOW), name: 'Renamed elsewhere' }, 1);
    expect(first.kind === 'saved' && first.record.revision).toBe(1);
    expect(await deleteSurvey('s1', 1)).toBe('changed');
    expect((await listSurveys()).surveys.map((s) => s.name)).toEqual(['Renamed elsewhere']);
    expect((await listAnswers('s1')).answers).toHaveLength(1);
  });

  it('an edit after answers exist is a new version; before, it replaces the draft', () => {
    const survey = newSurvey('s1', TEXT, NOW);
    const version = survey.versions[0];
    const edit = { title: version.title, thanks: version.thanks, questions: { ...version.questions, matters: { ...version.questions.matters, options: ['Speed', 'Price'] } } };
    expect(editedSurvey(survey, edit, 0, NOW).versions.map((v) => v.version)).toEqual([1]);
    const kept = editedSurvey(survey, edit, 5, NOW);
    expect(kept.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(kept.versions[0].questions.matters.options).toEqual(['Speed of service', 'Price']);
    expect(editedSurvey(kept, edit, 5, NOW)).toBe(kept);
  });
});
