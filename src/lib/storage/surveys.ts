// Surveys and their answers on the device. Every record is checked when read (survey.ts): one
// that no longer passes is left out and counted, never used half-valid. An answer is written in
// its own transaction and the promise settles only when it has committed, so "thank you" on the
// kiosk means the answer is on the disk. A survey is saved and deleted only over the revision its
// editor started from (revision.ts); every write is announced to the other tabs (sync-channel.ts).

import { isStoredAnswer, isSurvey, type StoredAnswer, type Survey } from '../surveys/survey';
import { cvmDb } from './connection';
import { asStorageError } from './storage-error';
import { type Base, checkRevision, type SaveOutcome, saveRevised } from './revision';
import { storeChannel } from './sync-channel';
import { allOrNothing } from './transaction';

const announce = () => storeChannel('surveys').announce();

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asStorageError(error);
  }
}

export function listSurveys(): Promise<{ surveys: Survey[]; unreadable: number }> {
  return guarded(async () => {
    const records = await (await cvmDb()).getAll('surveys');
    const surveys = records.filter(isSurvey).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return { surveys, unreadable: records.length - surveys.length };
  });
}

export function loadSurvey(id: string): Promise<Survey | null> {
  return guarded(async () => {
    const record = await (await cvmDb()).get('surveys', id);
    return isSurvey(record) ? record : null;
  });
}

/** Saves over the stored version only if it is still `base` (null: a new survey). */
export function saveSurvey(survey: Survey, base: Base): Promise<SaveOutcome<Survey>> {
  return saveRevised('surveys', survey, base);
}

/** How many answers each survey holds, by survey id. */
export function countAnswers(): Promise<Map<string, number>> {
  return guarded(async () => {
    const index = (await cvmDb()).transaction('survey-answers').store.index('surveyId');
    const counts = new Map<string, number>();
    let cursor = await index.openKeyCursor();
    while (cursor) {
      counts.set(String(cursor.key), (counts.get(String(cursor.key)) ?? 0) + 1);
      cursor = await cursor.continue();
    }
    return counts;
  });
}

export function listAnswers(surveyId: string): Promise<{ answers: StoredAnswer[]; unreadable: number }> {
  return guarded(async () => {
    const records = await (await cvmDb()).getAllFromIndex('survey-answers', 'surveyId', surveyId);
    const answers = records.filter(isStoredAnswer).sort((a, b) => a.answeredAt.localeCompare(b.answeredAt));
    return { answers, unreadable: records.length - answers.length };
  });
}

/** Resolves once the answer has committed. */
export function addAnswer(answer: StoredAnswer): Promise<void> {
  return guarded(async () => {
    const tx = (await cvmDb()).transaction('survey-answers', 'readwrite');
    await allOrNothing(tx, [() => tx.store.add(answer)]);
    announce();
  });
}

/** Many answers (an import) in one transaction: all of them or none. */
export function addAnswers(answers: readonly StoredAnswer[]): Promise<void> {
  return guarded(async () => {
    const tx = (await cvmDb()).transaction('survey-answers', 'readwrite');
    await allOrNothing(tx, answers.map((answer) => () => tx.store.add(answer)));
    announce();
  });
}

export function deleteAnswer(id: string): Promise<void> {
  return guarded(async () => {
    await (await cvmDb()).delete('survey-answers', id);
    announce();
  });
}

/**
 * Deletes a survey and every answer it holds, in one transaction; returns how many answers went,
 * or 'changed' (nothing deleted) when another tab saved a newer version than `base` meanwhile.
 */
export function deleteSurvey(id: string, base: Base): Promise<number | 'changed'> {
  return guarded(async () => {
    const tx = (await cvmDb()).transaction(['surveys', 'survey-answers'], 'readwrite');
    const surveys = tx.objectStore('surveys');
    if (checkRevision(await surveys.get(id), base) === 'changed') {
      await tx.done;
      return 'changed';
    }
    const answers = tx.objectStore('survey-answers');
    const keys = await answers.index('surveyId').getAllKeys(id);
    await allOrNothing(tx, [() => surveys.delete(id), ...keys.map((key) => () => answers.delete(key))]);
    announce();
    return keys.length;
  });
}
