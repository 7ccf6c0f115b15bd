// A form tool's export kept on the device: the answers become stored answers of a survey (a new
// one named after the file, or one the user has), source 'import'. Each answer's id is derived
// from the survey, the content of the whole answer set and its row, so keeping the same export
// in the same survey again is recognised (and refused) instead of doubling the answers.

import { contentHashOf } from '../engine/content-hash';
import type { SurveyAnswer } from './answer';
import type { SurveyColumns } from './survey-columns';
import { currentVersion, MAX_ANSWER_TEXT, MAX_OPTIONS, MAX_QUESTION_TEXT, newSurvey, type StoredAnswer, type Survey, type SurveyStarterText } from './survey';

/** The answers' content as a short key: the same answers read from the same export give the same key. */
export async function importKey(answers: readonly SurveyAnswer[]): Promise<string> {
  const hash = await contentHashOf(new TextEncoder().encode(JSON.stringify(answers)));
  return hash.slice(hash.lastIndexOf(':') + 1, hash.lastIndexOf(':') + 1 + 24);
}

const answerId = (surveyId: string, key: string, row: number) => `${surveyId}:import:${key}:${row}`;

/** Whether this answer set (by its key) is already among the survey's stored answers. */
export function alreadyKept(surveyId: string, stored: readonly StoredAnswer[], key: string): boolean {
  const first = answerId(surveyId, key, 1);
  return stored.some((a) => a.id === first);
}

const cut = (text: string) => text.slice(0, MAX_QUESTION_TEXT);

/** "answers.csv" -> "answers". */
export function surveyNameOf(fileName: string): string {
  return cut(fileName.replace(/\.[^.]+$/, '').trim() || fileName);
}

/**
 * A new survey for an export: named after the file, asking what the confirmed columns hold (the
 * column headers as the questions' words), its "what matters" options the ones the answers chose.
 */
export function surveyFromImport(id: string, fileName: string, columns: SurveyColumns, answers: readonly SurveyAnswer[], text: SurveyStarterText, now: Date): Survey {
  const base = newSurvey(id, { ...text, name: surveyNameOf(fileName), title: surveyNameOf(fileName) }, now);
  const options = [...new Set(answers.flatMap((a) => a.matters).map((o) => o.trim()).filter((o) => o !== ''))].map(cut).slice(0, MAX_OPTIONS);
  const matters = columns.matters;
  const version = currentVersion(base);
  const q = version.questions;
  return {
    ...base,
    versions: [
      {
        ...version,
        questions: {
          nps: { ask: columns.nps !== undefined, text: cut(columns.nps ?? q.nps.text) },
          satisfaction: { ask: columns.satisfaction !== undefined, text: cut(columns.satisfaction ?? q.satisfaction.text) },
          matters: { ask: matters !== undefined, text: cut(matters?.kind === 'list' ? matters.column : q.matters.text), options },
          openText: { ask: columns.text !== undefined, text: cut(columns.text ?? q.openText.text) },
          identifier: { ask: columns.id !== undefined, kind: 'any', text: cut(columns.id ?? q.identifier.text) },
        },
      },
    ],
  };
}

/** The answers as stored answers of `survey` (its current version), one millisecond apart in file order so the file's order is kept. */
export function keptAnswers(survey: Survey, answers: readonly SurveyAnswer[], key: string, now: Date): StoredAnswer[] {
  const version = currentVersion(survey).version;
  return answers.map((answer, i) => ({
    id: answerId(survey.id, key, i + 1),
    surveyId: survey.id,
    version,
    answeredAt: new Date(now.getTime() + i).toISOString(),
    source: 'import',
    // Cut to what a stored answer may hold: a longer one would be unreadable when read back.
    answer: {
      id: answer.id === null ? null : cut(answer.id),
      nps: answer.nps,
      satisfaction: answer.satisfaction,
      matters: answer.matters.map(cut),
      text: answer.text === null ? null : answer.text.slice(0, MAX_ANSWER_TEXT),
    },
  }));
}
