// Surveys and their answers go into a backup like everything else, and come back through the
// restore plan: a survey in conflict is kept, replaced or kept as a copy that takes the backup's
// answers with it; an answer is added, already here, or in conflict (keep or replace).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyRestore, createBackup, previewRestore } from '../../src/lib/storage/backup';
import { readBackup, writeBackup } from '../../src/lib/storage/backup-file';
import { cvmDb, resetConnection } from '../../src/lib/storage/connection';
import type { Resolution } from '../../src/lib/storage/restore-plan';
import { DB_VERSION } from '../../src/lib/storage/schema';
import { addAnswer, listAnswers, listSurveys, loadSurvey, saveSurvey } from '../../src/lib/storage/surveys';
import { editedSurvey, newSurvey, type StoredAnswer } from '../../src/lib/surveys/survey';
import { SHOP_TEXT } from './helpers/survey-text';

const TEXT = SHOP_TEXT;
const NOW = new Date('2026-12-02T10:00:00Z');
const survey = newSurvey('s1', TEXT, NOW);

const answer = (id: string, nps: number, surveyId = 's1'): StoredAnswer => ({
  id,
  surveyId,
  version: 1,
  answeredAt: `2026-12-02T10:0${id.length}:00.000Z`,
  source: 'manual',
  answer: { id: null, nps, satisfaction: null, matters: ['Price'], text: null },
});

function anotherDevice() {
  globalThis.indexedDB = new IDBFactory();
  resetConnection();
}
beforeEach(anotherDevice);

const copyName = (name: string) => `${name} (copy)`;
const restoreAll = async (file: Blob, resolutions: Record<string, Resolution> = {}) => {
  const { items } = await previewRestore(file);
  return applyRestore(items, new Map(Object.entries(resolutions)), copyName);
};

async function surveyWithAnswers() {
  await saveSurvey(survey, null);
  await addAnswer(answer('a1', 9));
  await addAnswer(answer('a22', 3));
}

describe('surveys in a backup', () => {
  it('moves a survey and its answers to another device', async () => {
    await surveyWithAnswers();
    const file = await createBackup();
    anotherDevice();
    const { items } = await previewRestore(file);
    expect(items.map((i) => [i.kind, i.key, i.status, i.label])).toEqual(
      expect.arrayContaining([
        ['survey', 's1', 'add', 'Shop survey'],
        ['answer', 'a1', 'add', answer('a1', 9).answeredAt],
        ['answer', 'a22', 'add', answer('a22', 3).answeredAt],
      ]),
    );
    expect(await applyRestore(items, new Map(), copyName)).toMatchObject({ added: 3 });
    resetConnection();
    // As saved on the first device, its count of saves (revision.ts) one above the backup's.
    expect(await loadSurvey('s1')).toEqual({ ...survey, revision: 2 });
    expect((await listAnswers('s1')).answers).toEqual([answer('a1', 9), answer('a22', 3)]);
  });

  it('finds everything already here on the same device', async () => {
    await surveyWithAnswers();
    const file = await createBackup();
    expect(await restoreAll(file)).toMatchObject({ added: 0, same: 3 });
  });

  it('keeps this device’s survey in a conflict unless told otherwise, and replaces it when asked', async () => {
    await surveyWithAnswers();
    const file = await createBackup();
    const edited = { ...editedSurvey(survey, { ...survey.versions[0], title: 'Changed here' }, 2, NOW), name: 'Edited here' };
    await saveSurvey(edited, 1);
    const { items } = await previewRestore(file);
    expect(items.find((i) => i.kind === 'survey')).toMatchObject({ status: 'conflict', label: 'Shop survey', existing: { ...edited, revision: 2 } });
    expect(await restoreAll(file)).toMatchObject({ kept: 1, same: 2 });
    expect(await loadSurvey('s1')).toEqual({ ...edited, revision: 2 });
    expect(await restoreAll(file, { 'survey:s1': 'replace' })).toMatchObject({ replaced: 1 });
    // The backup's content above this device's revision 2, so a tab that saw 2 cannot save over it.
    expect(await loadSurvey('s1')).toEqual({ ...survey, revision: 3 });
  });

  it('keeps both surveys: the copy gets a new id and the backup’s answers, the device keeps its own', async () => {
    await surveyWithAnswers();
    const file = await createBackup();
    const edited = editedSurvey(survey, { ...survey.versions[0], title: 'Changed here' }, 2, NOW);
    await saveSurvey(edited, 1);
    await addAnswer(answer('a333', 10));
    const outcome = await restoreAll(file, { 'survey:s1': 'both' });
    expect(outcome).toMatchObject({ copied: 1, added: 2 });
    const { surveys } = await listSurveys();
    expect(surveys.map((s) => s.name).sort()).toEqual(['Shop survey', 'Shop survey (copy)']);
    const copy = surveys.find((s) => s.name === 'Shop survey (copy)')!;
    expect(copy.id).not.toBe('s1');
    expect(copy.versions).toEqual(survey.versions);
    const copied = (await listAnswers(copy.id)).answers;
    expect(copied.map((a) => a.answer.nps)).toEqual([9, 3]);
    expect(copied.every((a) => a.id !== 'a1' && a.id !== 'a22')).toBe(true);
    expect((await listAnswers('s1')).answers.map((a) => a.id)).toEqual(['a1', 'a22', 'a333']);
    expect(await loadSurvey('s1')).toEqual({ ...edited, revision: 2 });
  });

  it('an answer changed on this device is a conflict: kept by default, replaced when asked; it cannot be kept twice', async () => {
    await surveyWithAnswers();
    const file = await createBackup();
    await addAnswer(answer('a0', 1));
    const { items } = await previewRestore(file);
    expect(items.filter((i) => i.status !== 'same')).toEqual([]);
    anotherDevice();
    await saveSurvey(survey, null);
    await addAnswer(answer('a1', 0));
    const plan = await previewRestore(file);
    expect(plan.items.find((i) => i.key === 'a1')).toMatchObject({ kind: 'answer', status: 'conflict' });
    expect(await applyRestore(plan.items, new Map([['answer:a1', 'both']]), copyName)).toMatchObject({ kept: 1, added: 1, copied: 0 });
    expect((await listAnswers('s1')).answers.find((a) => a.id === 'a1')?.answer.nps).toBe(0);
    await restoreAll(file, { 'answer:a1': 'replace' });
    expect((await listAnswers('s1')).answers.find((a) => a.id === 'a1')?.answer.nps).toBe(9);
  });

  it('a survey or an answer that does not pass its check is left out, and the answers of a survey left out go with it', async () => {
    await surveyWithAnswers();
    const backup = await readBackup(await createBackup(), DB_VERSION);
    const withValue = (store: string, key: string, value: unknown) => backup.entries.map((e) => (e.store === store && e.key === key ? { ...e, value } : e));

    anotherDevice();
    const badAnswer = await previewRestore(await writeBackup({ ...backup, entries: withValue('survey-answers', 'a1', { ...answer('a1', 9), answer: { ...answer('a1', 9).answer, nps: 11 } }) }));
    expect(badAnswer.items.filter((i) => i.status === 'invalid').map((i) => i.key)).toEqual(['a1']);
    await applyRestore(badAnswer.items, new Map(), (name) => name);
    expect((await listSurveys()).surveys.map((s) => s.id)).toEqual(['s1']);
    expect((await listAnswers('s1')).answers.map((a) => a.id)).not.toContain('a1');

    anotherDevice();
    const badSurvey = await previewRestore(await writeBackup({ ...backup, entries: withValue('surveys', 's1', { ...survey, versions: [] }) }));
    expect(badSurvey.items.every((i) => i.kind !== 'survey' && i.kind !== 'answer' ? true : i.status === 'invalid')).toBe(true);
    expect(await applyRestore(badSurvey.items, new Map(), (name) => name)).toMatchObject({ added: 0 });
    expect((await listSurveys()).surveys).toEqual([]);
    expect(await (await cvmDb()).count('survey-answers')).toBe(0);
  });
});
