// One survey answer as the engine receives it, whichever way it was collected (kiosk, manual
// entry, a form tool's export): read from a row of an export here, with the columns the user
// confirmed (survey-columns.ts). Values outside their scale are no answer, never clamped.

import { emailKey, phoneKey } from './contact-key';
import { mattersOptions, type SurveyColumns } from './survey-columns';

export interface SurveyAnswer {
  /** The identifier as given (customer id, e-mail, phone, card); null when none was given. */
  id: string | null;
  /** 0-10, or null. */
  nps: number | null;
  /** 1-5, or null. */
  satisfaction: number | null;
  /** The "what matters" options chosen, as written. */
  matters: string[];
  text: string | null;
}

function wholeIn(value: string | null | undefined, lo: number, hi: number): number | null {
  const text = (value ?? '').trim();
  if (!/^\d{1,2}$/.test(text)) return null;
  const n = Number(text);
  return n >= lo && n <= hi ? n : null;
}

const blankToNull = (value: string | null | undefined) => {
  const text = (value ?? '').trim();
  return text === '' ? null : text;
};

export function answersFromRows(headers: readonly string[], rows: readonly (readonly (string | null)[])[], columns: SurveyColumns): SurveyAnswer[] {
  const at = (name: string | undefined) => (name === undefined ? -1 : headers.indexOf(name));
  const [id, nps, satisfaction, text] = [at(columns.id), at(columns.nps), at(columns.satisfaction), at(columns.text)];
  const cell = (row: readonly (string | null)[], i: number) => (i < 0 ? null : (row[i] ?? null));
  const matters = columns.matters;
  return rows.map((row) => ({
    id: blankToNull(cell(row, id)),
    nps: wholeIn(cell(row, nps), 0, 10),
    satisfaction: wholeIn(cell(row, satisfaction), 1, 5),
    matters:
      matters === undefined
        ? []
        : matters.kind === 'list'
          ? mattersOptions(cell(row, at(matters.column)))
          : matters.columns.filter((c) => blankToNull(cell(row, at(c.column))) !== null).map((c) => c.option),
    text: blankToNull(cell(row, text)),
  }));
}

/** The rows the engine's survey_answers table is loaded from (worker/sql/survey/create-survey-answers.sql). */
export function answerTableRows(answers: readonly SurveyAnswer[]): (string | null)[][] {
  return answers.map((a, i) => [
    String(i + 1),
    a.id,
    emailKey(a.id),
    phoneKey(a.id),
    a.nps === null ? null : String(a.nps),
    a.satisfaction === null ? null : String(a.satisfaction),
    // chr(31) cannot be typed into an option, so it cannot split one.
    a.matters.length === 0 ? null : a.matters.join('\u001f'),
    a.text,
  ]);
}
