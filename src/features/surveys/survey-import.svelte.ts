// The survey export the user opened for this analysis and the columns confirmed for it: the
// answers follow from them (lib/surveys/answer.ts). Kept in the page for the session; the
// answers are read again from the file when it is opened again. It also remembers, for the
// session, which answers the Survey tab shows (a stored survey, this export, the demo's).

import type { EngineHost } from '../../app/engine-host.svelte';
import type { SurveyContacts, SurveyTable } from '../../lib/engine/api';
import { toErrorData, type EngineErrorData } from '../../lib/engine/errors';
import { answersFromRows, type SurveyAnswer } from '../../lib/surveys/answer';
import { guessSurveyColumns, type SurveyColumns } from '../../lib/surveys/survey-columns';

export type SurveyField = 'id' | 'nps' | 'satisfaction' | 'text';

/** Where the answers on the Survey tab come from. */
export type SurveySourceChoice = { kind: 'stored'; id: string } | { kind: 'file' } | { kind: 'demo' };

export class SurveyImport {
  table = $state.raw<SurveyTable | null>(null);
  fileName = $state<string | null>(null);
  columns = $state.raw<SurveyColumns>({});
  contacts = $state.raw<SurveyContacts>({});
  error = $state.raw<EngineErrorData | null>(null);
  reading = $state(false);
  /** null: not chosen yet (the tab picks one: see survey-sources.svelte.ts). */
  choice = $state.raw<SurveySourceChoice | null>(null);

  readonly answers: SurveyAnswer[] = $derived(this.table ? answersFromRows(this.table.headers, this.table.rows, this.columns) : []);

  async open(host: EngineHost, file: File): Promise<void> {
    this.reading = true;
    this.error = null;
    try {
      const table = await host.query((engine) => engine.readSurveyFile(file));
      this.table = table;
      this.fileName = file.name;
      this.columns = guessSurveyColumns(table.headers, table.rows);
      this.choice = { kind: 'file' };
    } catch (error) {
      this.error = toErrorData(error);
    } finally {
      this.reading = false;
    }
  }

  choose(choice: SurveySourceChoice): void {
    this.choice = choice;
  }

  setColumn(field: SurveyField, column: string | undefined): void {
    const { [field]: _old, ...rest } = this.columns;
    this.columns = column ? { ...rest, [field]: column } : rest;
  }

  /** "What matters" as one column of options (a form tool's checkboxes); undefined: none. */
  setMatters(column: string | undefined): void {
    const { matters: _old, ...rest } = this.columns;
    this.columns = column ? { ...rest, matters: { kind: 'list', column } } : rest;
  }

  setContact(field: keyof SurveyContacts, column: string | undefined): void {
    const { [field]: _old, ...rest } = this.contacts;
    this.contacts = column ? { ...rest, [field]: column } : rest;
  }

  clear(): void {
    this.table = null;
    this.fileName = null;
    this.columns = {};
    this.error = null;
  }
}
