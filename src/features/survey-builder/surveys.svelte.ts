// The surveys kept on this device and what their answers come to, as the surveys screen lists
// them. Every change is written to IndexedDB first and the list is read again after it, so the
// screen never shows what was not saved. Another tab's writes are heard (sync-channel.ts) and the
// list read again; a save names the revision its editor opened and never goes over a newer one:
// this tab's edit is then kept as a copy, or offered to keep as new when the survey was deleted.

import type { EngineErrorData } from '../../lib/engine/errors';
import { newId } from '../../lib/ids';
import { type Base, revisionOf } from '../../lib/storage/revision';
import { addAnswer, deleteAnswer, deleteSurvey, listAnswers, listSurveys, saveSurvey } from '../../lib/storage/surveys';
import { storeChannel } from '../../lib/storage/sync-channel';
import type { SyncNotice } from '../../lib/storage/sync-notice';
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
  #notice = $state.raw<SyncNotice | null>(null);
  /** This tab's edit of a survey deleted in another tab, until it is kept as new or dismissed. */
  #orphan: Survey | null = null;
  /** Only the list of the last read started is shown: an earlier read may miss a later write. */
  #reads = 0;
  readonly #now: () => Date;

  constructor(now: () => Date = () => new Date()) {
    this.#now = now;
    storeChannel('surveys').listen(() => void this.refresh());
  }

  /** Another tab got to a survey first: what became of this tab's edit. */
  get notice(): SyncNotice | null {
    return this.#notice;
  }

  dismissNotice(): void {
    this.#notice = null;
    this.#orphan = null;
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
    const read = ++this.#reads;
    try {
      const { surveys, unreadable } = await listSurveys();
      const answers = await Promise.all(surveys.map((s) => listAnswers(s.id)));
      if (read !== this.#reads) return;
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
   * meaning), else the current version changes in place. `survey` is the one the editor opened
   * (a draft when `isNew`); when another tab saved it meanwhile the edit is saved as a copy named
   * `copyName(name)`, when another tab deleted it nothing is written (see `notice`). Returns the
   * survey as saved, or null.
   */
  async save(survey: Survey, name: string, edit: SurveyEdit, options: { isNew: boolean; copyName: (name: string) => string }): Promise<Survey | null> {
    const stored = this.find(survey.id);
    const from = stored ?? survey;
    const answered = this.summary(from.id).perVersion.get(currentVersion(from).version) ?? 0;
    const edited = { ...editedSurvey(from, cleanedEdit(edit), answered, this.#now()), name: name.trim() };
    const base: Base = options.isNew ? null : revisionOf(survey);
    const done = (await this.#write(() => saveSurvey(edited, base)))?.value;
    if (!done) return null;
    if (done.kind === 'saved') return done.record;
    if (done.kind === 'deleted') {
      this.#orphan = edited;
      this.#notice = { kind: 'deleted', name: edited.name };
      return null;
    }
    return this.#saveCopy(edited, options.copyName(edited.name));
  }

  /** The survey deleted in another tab, saved again as this tab had it. */
  async keepAsNew(): Promise<Survey | null> {
    const orphan = this.#orphan;
    if (!orphan) return null;
    this.dismissNotice();
    return this.#saveCopy(orphan, orphan.name);
  }

  async #saveCopy(survey: Survey, name: string): Promise<Survey | null> {
    const copy: Survey = { ...survey, id: newId(), name, createdAt: this.#now().toISOString() };
    const outcome = (await this.#write(() => saveSurvey(copy, null)))?.value;
    const saved = outcome?.kind === 'saved' ? outcome.record : null;
    if (saved && name !== survey.name) this.#notice = { kind: 'copied', name: survey.name, copy: name };
    return saved;
  }

  /** Deletes the survey and its answers; returns how many answers went, or null when nothing was deleted. */
  async remove(id: string): Promise<number | null> {
    const survey = this.find(id);
    const gone = (await this.#write(() => deleteSurvey(id, survey ? revisionOf(survey) : null)))?.value ?? null;
    if (gone === 'changed') {
      this.#notice = { kind: 'not-deleted', name: survey?.name ?? '' };
      return null;
    }
    return gone;
  }

  /** An answer typed in by hand, for the survey's current version; null when the form is empty or saving failed. */
  async enter(survey: Survey, form: ManualForm): Promise<StoredAnswer | null> {
    const answer = manualAnswer(form, survey.id, currentVersion(survey), newId(), this.#now());
    if (!answer) return null;
    return (await this.#write(() => addAnswer(answer))) ? answer : null;
  }

  async undo(answerId: string): Promise<boolean> {
    return (await this.#write(() => deleteAnswer(answerId))) !== null;
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

  /** Runs a write, then reads the list again; the write's value, or null when it failed (the error is shown). */
  async #write<T>(work: () => Promise<T>): Promise<{ value: T } | null> {
    let failed: EngineErrorData | null = null;
    let done: { value: T } | null = null;
    try {
      done = { value: await work() };
    } catch (error) {
      failed = storageErrorData(error);
    }
    await this.refresh();
    // Set after the refresh, which clears the error when it reads the list.
    if (failed) this.#error = failed;
    return done;
  }
}

export const surveyList = new SurveyList();
