// The answers the Survey tab can show: each survey stored on the device (kiosk, manual entry,
// kept imports), the export opened here (survey-import.svelte.ts), and for the demo shop its own
// survey (asked of the engine, which generated the shop). The one chosen is remembered by the
// SurveyImport of the session; this reads the list and the chosen survey's answers.

import type { EngineHost } from '../../app/engine-host.svelte';
import { countAnswers, listAnswers, listSurveys } from '../../lib/storage/surveys';
import { asStorageError, type StorageErrorCode } from '../../lib/storage/storage-error';
import type { SurveyAnswer } from '../../lib/surveys/answer';
import type { Locale } from '../../lib/i18n/locale';
import type { StoredAnswer, Survey, SurveyStarterText } from '../../lib/surveys/survey';
import type { SurveySourceChoice } from './survey-import.svelte';

export interface StoredSurveyEntry {
  survey: Survey;
  answers: number;
}

/** Answers of a stored or the demo survey, as the engine and the open answers need them. */
export interface LoadedAnswers {
  /** Which choice they are of: `stored:<id>` or `demo`. */
  key: string;
  survey: Survey;
  answers: SurveyAnswer[];
  dates: string[];
  unreadable: number;
}

export const choiceKey = (choice: SurveySourceChoice): string => (choice.kind === 'stored' ? `stored:${choice.id}` : choice.kind);

export class SurveySources {
  /** null while the list is read. */
  surveys = $state.raw<StoredSurveyEntry[] | null>(null);
  unreadableSurveys = $state(0);
  loaded = $state.raw<LoadedAnswers | null>(null);
  loading = $state(false);
  error = $state.raw<StorageErrorCode | 'engine' | null>(null);
  /** The choice whose answers could not be read: not read again until chosen again. */
  failed = $state<string | null>(null);
  readonly #host: () => EngineHost;
  /** Stale reads (the user chose again meanwhile) are dropped. */
  #asked = 0;

  constructor(host: () => EngineHost) {
    this.#host = host;
  }

  async refresh(): Promise<void> {
    try {
      const [{ surveys, unreadable }, counts] = await Promise.all([listSurveys(), countAnswers()]);
      this.surveys = surveys.map((survey) => ({ survey, answers: counts.get(survey.id) ?? 0 }));
      this.unreadableSurveys = unreadable;
    } catch (error) {
      this.surveys = [];
      this.error = asStorageError(error).code;
    }
  }

  /** Reads the answers of a stored survey or the demo's; the file's answers are SurveyImport's. */
  async load(choice: SurveySourceChoice, demo: { seed: number; text: SurveyStarterText; locale: Locale }): Promise<void> {
    if (choice.kind === 'file') return;
    const key = choiceKey(choice);
    const asked = ++this.#asked;
    this.loading = true;
    this.error = null;
    this.failed = null;
    try {
      const read =
        choice.kind === 'demo'
          ? { ...(await this.#host().query((engine) => engine.demoSurvey(demo.seed, demo.text, demo.locale))), unreadable: 0 }
          : await this.#stored(choice.id);
      if (asked !== this.#asked) return;
      this.loaded = read && {
        key,
        survey: read.survey,
        answers: read.answers.map((a) => a.answer),
        dates: read.answers.map((a) => a.answeredAt),
        unreadable: read.unreadable,
      };
    } catch (error) {
      if (asked !== this.#asked) return;
      this.loaded = null;
      this.failed = key;
      this.error = choice.kind === 'demo' ? 'engine' : asStorageError(error).code;
    } finally {
      if (asked === this.#asked) this.loading = false;
    }
  }

  /** The answers read last are out of date (more were kept): they are read again. */
  forget(): void {
    this.loaded = null;
  }

  async #stored(id: string): Promise<{ survey: Survey; answers: StoredAnswer[]; unreadable: number } | null> {
    const survey = this.surveys?.find((s) => s.survey.id === id)?.survey;
    if (!survey) return null;
    const { answers, unreadable } = await listAnswers(id);
    return { survey, answers, unreadable };
  }
}
