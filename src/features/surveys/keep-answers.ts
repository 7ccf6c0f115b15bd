// "Keep these answers on this device": an export's answers saved as stored answers of a new
// survey (named after the file) or of one the user has, in one transaction (lib/storage).
// Keeping the same export in the same survey twice is told, not done (lib/surveys/kept-import.ts).

import { newId } from '../../lib/ids';
import { addAnswers, listAnswers, saveSurvey } from '../../lib/storage/surveys';
import { asStorageError, type StorageErrorCode } from '../../lib/storage/storage-error';
import type { SurveyAnswer } from '../../lib/surveys/answer';
import { alreadyKept, importKey, keptAnswers, surveyFromImport } from '../../lib/surveys/kept-import';
import type { SurveyColumns } from '../../lib/surveys/survey-columns';
import type { Survey, SurveyStarterText } from '../../lib/surveys/survey';

export type KeepOutcome =
  | { kind: 'kept'; survey: Survey; count: number }
  | { kind: 'already'; survey: Survey }
  | { kind: 'failed'; code: StorageErrorCode };

export interface KeepRequest {
  fileName: string;
  columns: SurveyColumns;
  answers: readonly SurveyAnswer[];
  /** An existing survey, or null for a new one. */
  into: Survey | null;
  /** Every stored survey: the same export kept in any of them is told. */
  surveys: readonly Survey[];
  text: SurveyStarterText;
}

export async function keepAnswers({ fileName, columns, answers, into, surveys, text }: KeepRequest): Promise<KeepOutcome> {
  try {
    const now = new Date();
    const key = await importKey(answers);
    // Surveys are small: reading each one's answers is cheap next to answers kept twice.
    for (const other of surveys) {
      const { answers: stored } = await listAnswers(other.id);
      if (alreadyKept(other.id, stored, key)) return { kind: 'already', survey: other };
    }
    const survey = into ?? surveyFromImport(newId(), fileName, columns, answers, text, now);
    if (!into) await saveSurvey(survey, null);
    await addAnswers(keptAnswers(survey, answers, key, now));
    return { kind: 'kept', survey, count: answers.length };
  } catch (error) {
    return { kind: 'failed', code: asStorageError(error).code };
  }
}
