// A survey the user builds (questions in the user's own words) and the answers collected for it.
// A survey keeps every version it was saved with: an answer names the version it was given to,
// so an edit (an option renamed, a question dropped) never changes what an old answer meant.

import type { SurveyAnswer } from './answer';

/** Format of a stored survey record; a newer one is refused, never half-read. */
export const SURVEY_FORMAT = 1;

/** What the optional identifier asks for: it is used only to find the customer in the user's own data. */
export type IdentifierKind = 'email' | 'phone' | 'card' | 'any';
export const IDENTIFIER_KINDS: readonly IdentifierKind[] = ['email', 'phone', 'card', 'any'];

export interface SurveyQuestions {
  /** 0-10: how likely to recommend the shop. */
  nps: { ask: boolean; text: string };
  /** 1-5. */
  satisfaction: { ask: boolean; text: string };
  /** Several options may be chosen. */
  matters: { ask: boolean; text: string; options: string[] };
  openText: { ask: boolean; text: string };
  identifier: { ask: boolean; kind: IdentifierKind; text: string };
}

export interface SurveyVersion {
  /** 1, 2, ...: the order of saving. */
  version: number;
  savedAt: string;
  /** Shown on top of the kiosk and the entry form. */
  title: string;
  /** The kiosk's thank-you screen. */
  thanks: string;
  questions: SurveyQuestions;
}

export interface Survey {
  format: typeof SURVEY_FORMAT;
  id: string;
  /** The name in the user's list (the title of the latest version unless renamed). */
  name: string;
  createdAt: string;
  /** Oldest first; the last one is the survey as it is asked now. */
  versions: SurveyVersion[];
  /** Bumped by every save, so a tab never saves over a version it has not seen (storage/revision.ts); absent (0) in older records. */
  revision?: number;
}

export type AnswerSource = 'kiosk' | 'manual' | 'import';
export const ANSWER_SOURCES: readonly AnswerSource[] = ['kiosk', 'manual', 'import'];

/** One answer kept on the device. */
export interface StoredAnswer {
  id: string;
  surveyId: string;
  /** The survey version it was given to. */
  version: number;
  answeredAt: string;
  source: AnswerSource;
  answer: SurveyAnswer;
}

export const currentVersion = (survey: Survey): SurveyVersion => survey.versions[survey.versions.length - 1];

/** The words a new survey starts with, in the user's language (the survey's own text is then the user's). */
export interface SurveyStarterText {
  name: string;
  title: string;
  thanks: string;
  nps: string;
  satisfaction: string;
  matters: string;
  options: string[];
  openText: string;
  identifier: string;
}

export function newSurvey(id: string, text: SurveyStarterText, now: Date): Survey {
  const savedAt = now.toISOString();
  return {
    format: SURVEY_FORMAT,
    id,
    name: text.name,
    createdAt: savedAt,
    versions: [
      {
        version: 1,
        savedAt,
        title: text.title,
        thanks: text.thanks,
        questions: {
          nps: { ask: true, text: text.nps },
          satisfaction: { ask: true, text: text.satisfaction },
          matters: { ask: true, text: text.matters, options: [...text.options] },
          openText: { ask: true, text: text.openText },
          identifier: { ask: true, kind: 'any', text: text.identifier },
        },
      },
    ],
  };
}

/**
 * The survey after an edit. With no answers yet the latest version is replaced (nothing depends
 * on it); once answers exist, a changed survey becomes a new version and the old one stays.
 */
export function editedSurvey(survey: Survey, edit: Pick<SurveyVersion, 'title' | 'thanks' | 'questions'>, answers: number, now: Date): Survey {
  const latest = currentVersion(survey);
  const same = JSON.stringify([latest.title, latest.thanks, latest.questions]) === JSON.stringify([edit.title, edit.thanks, edit.questions]);
  if (same) return survey;
  const version: SurveyVersion = { ...edit, version: answers > 0 ? latest.version + 1 : latest.version, savedAt: now.toISOString() };
  const versions = answers > 0 ? [...survey.versions, version] : [...survey.versions.slice(0, -1), version];
  return { ...survey, versions };
}

/** Free text has a limit: a survey is not a document, and an answer is not a letter. */
export const MAX_QUESTION_TEXT = 500;
export const MAX_ANSWER_TEXT = 5000;
export const MAX_OPTIONS = 20;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max = MAX_QUESTION_TEXT): v is string => typeof v === 'string' && v.length <= max;
const isIso = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isQuestion = (v: unknown): boolean => isObject(v) && typeof v.ask === 'boolean' && isText(v.text);

function isVersion(v: unknown): v is SurveyVersion {
  if (!isObject(v) || !Number.isInteger(v.version) || (v.version as number) < 1 || !isIso(v.savedAt)) return false;
  if (!isText(v.title) || !isText(v.thanks) || !isObject(v.questions)) return false;
  const q = v.questions;
  if (!isQuestion(q.nps) || !isQuestion(q.satisfaction) || !isQuestion(q.openText) || !isQuestion(q.matters) || !isQuestion(q.identifier)) return false;
  const options = (q.matters as { options?: unknown }).options;
  if (!Array.isArray(options) || options.length > MAX_OPTIONS || !options.every((o) => isText(o) && o.trim() !== '')) return false;
  return IDENTIFIER_KINDS.includes((q.identifier as { kind?: unknown }).kind as IdentifierKind);
}

/** A survey record read from storage or a backup, checked whole: nothing half-valid is used. */
export function isSurvey(value: unknown): value is Survey {
  if (!isObject(value) || value.format !== SURVEY_FORMAT) return false;
  if (typeof value.id !== 'string' || value.id === '' || !isText(value.name) || !isIso(value.createdAt)) return false;
  const versions = value.versions;
  if (!Array.isArray(versions) || versions.length === 0 || !versions.every(isVersion)) return false;
  return versions.every((v, i) => i === 0 || v.version > versions[i - 1].version);
}

const isScore = (v: unknown, lo: number, hi: number) => v === null || (Number.isInteger(v) && (v as number) >= lo && (v as number) <= hi);

export function isSurveyAnswer(value: unknown): value is SurveyAnswer {
  if (!isObject(value)) return false;
  return (
    (value.id === null || isText(value.id)) &&
    isScore(value.nps, 0, 10) &&
    isScore(value.satisfaction, 1, 5) &&
    Array.isArray(value.matters) &&
    value.matters.every((m) => isText(m)) &&
    (value.text === null || isText(value.text, MAX_ANSWER_TEXT))
  );
}

export function isStoredAnswer(value: unknown): value is StoredAnswer {
  if (!isObject(value)) return false;
  return (
    typeof value.id === 'string' &&
    value.id !== '' &&
    typeof value.surveyId === 'string' &&
    Number.isInteger(value.version) &&
    isIso(value.answeredAt) &&
    ANSWER_SOURCES.includes(value.source as AnswerSource) &&
    isSurveyAnswer(value.answer)
  );
}
