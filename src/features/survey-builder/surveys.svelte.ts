// The surveys kept on this device and what their answers come to, as the surveys screen lists
// them. Every change is written to IndexedDB first and the list is read again after it, so the
// screen never shows what was not saved.

import type { EngineErrorData } from '../../lib/engine/errors';
import { newId } from '../../lib/ids';
import { addAnswer, deleteAnswer, deleteSurvey, listAnswers, listSurveys, saveSurvey } from '../../lib/storage/surveys';
import { answersCsv } from '../../lib/surveys/answers-csv';
import { NO_ANSWERS, summariseAnswers, type AnswerSummary } from '../../lib/surveys/answer-summary';
import { manualAnswer, type ManualForm } from '../../lib/surveys/manual-answer';
import { cleanedEdit, type SurveyEdit } from '../../lib/surveys/survey-edit';
import { currentVersion, editedSurvey, newSurvey, type StoredAnswer, type Survey, type SurveyStarterText } from '../../lib/surveys/survey';
import { storageErrorData } from '../library/library.svelte';

export class SurveyList {
  #surveys = $state.raw<Survey[]>([]);
  #summaries = $state.raw<Map<string, AnswerSummary>>(new Map());
  #unreadable = $state(0);
  #loaded = $state(false);
  #error = $state.raw<EngineErrorData | null>(null);
  readonly #now: () => Date;

  constructor(now: () => Date = () => new Date()) {
    this.#now = now;
  }

  get surveys(): Survey[] {
    return this.#surveys;
  }
  get loaded(): boolean {
    return this.#loaded;
  }
  /** Records that no longer pass their check: left out, and said so. */
  get unreadable(): number {
    return this.#unreadable;
  }
  get error(): EngineErrorData | null {
    return this.#error;
  }

  dismissError(): void {
    this.#error = null;
  }

  summary(id: string): AnswerSummary {
    return this.#summaries.get(id) ?? NO_ANSWERS;
  }

  find(id: string): Survey | null {
    return this.#surveys.find((s) => s.id === id) ?? null;
  }

  async refresh(): Promise<void> {
    try {
      const { surveys, unreadable } = await listSurveys();
      const answers = await Promise.all(surveys.map((s) => listAnswers(s.id)));
      this.#summaries = new Map(surveys.map((s, i) => [s.id, summariseAnswers(answers[i].answers)]));
      this.#unreadable = unreadable + answers.reduce((sum, a) => sum + a.unreadable, 0);
      this.#surveys = surveys;
      this.#error = null;
    } catch (error) {
      this.#error = storageErrorData(error);
    } finally {
      this.#loaded = true;
    }
  }

  /** A new survey in the UI's language, not saved until the user saves it. */
  draft(text: SurveyStarterText): Survey {
    return newSurvey(newId(), text, this.#now());
  }

  /**
   * Saves an edit: a new version once the current version has answers (theirs keep their
   * meaning), else the current version changes in place. Returns the survey as saved, or null.
   */
  async save(survey: Survey, name: string, edit: SurveyEdit): Promise<Survey | null> {
    const stored = this.find(survey.id);
    const base = stored ?? survey;
    const answered = this.summary(base.id).perVersion.get(currentVersion(base).version) ?? 0;
    const saved = { ...editedSurvey(base, cleanedEdit(edit), answered, this.#now()), name: name.trim() };
    return (await this.#write(() => saveSurvey(saved))) ? saved : null;
  }

  /** Deletes the survey and its answers; returns how many answers went, or null on failure. */
  async remove(id: string): Promise<number | null> {
    let gone: number | null = null;
    await this.#write(async () => {
      gone = await deleteSurvey(id);
    });
    return gone;
  }

  /** An answer typed in by hand, for the survey's current version; null when the form is empty or saving failed. */
  async enter(survey: Survey, form: ManualForm): Promise<StoredAnswer | null> {
    const answer = manualAnswer(form, survey.id, currentVersion(survey), newId(), this.#now());
    if (!answer) return null;
    return (await this.#write(() => addAnswer(answer))) ? answer : null;
  }

  async undo(answerId: string): Promise<boolean> {
    return this.#write(() => deleteAnswer(answerId));
  }

  /** The survey's answers as a formula-safe CSV, or null when they cannot be read. */
  async csv(id: string): Promise<Uint8Array | null> {
    try {
      return answersCsv((await listAnswers(id)).answers);
    } catch (error) {
      this.#error = storageErrorData(error);
      return null;
    }
  }

  async #write(work: () => Promise<void>): Promise<boolean> {
    let failed: EngineErrorData | null = null;
    try {
      await work();
    } catch (error) {
      failed = storageErrorData(error);
    }
    await this.refresh();
    // Set after the refresh, which clears the error when it reads the list.
    if (failed) this.#error = failed;
    return failed === null;
  }
}

export const surveyList = new SurveyList();
