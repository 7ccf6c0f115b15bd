// One answer typed in from paper or a phone call. The form holds only what its controls allow
// (radios for the scales, checkboxes for the options), and this turns it into the stored answer:
// what was not asked is left out, blank text is no answer, and an answer with nothing in it is
// not saved at all.

import { MAX_ANSWER_TEXT, MAX_QUESTION_TEXT, type StoredAnswer, type SurveyVersion } from './survey';

export interface ManualForm {
  nps: number | null;
  satisfaction: number | null;
  matters: string[];
  text: string;
  identifier: string;
}

export const emptyForm = (): ManualForm => ({ nps: null, satisfaction: null, matters: [], text: '', identifier: '' });

const inScale = (v: number | null, lo: number, hi: number) => (v !== null && Number.isInteger(v) && v >= lo && v <= hi ? v : null);
const textOrNull = (v: string, max: number) => {
  const t = v.trim();
  return t === '' ? null : t.slice(0, max);
};

/** The answer as stored, or null when the form holds nothing the survey asked. */
export function manualAnswer(form: ManualForm, surveyId: string, version: SurveyVersion, id: string, now: Date): StoredAnswer | null {
  const q = version.questions;
  const answer = {
    id: q.identifier.ask ? textOrNull(form.identifier, MAX_QUESTION_TEXT) : null,
    nps: q.nps.ask ? inScale(form.nps, 0, 10) : null,
    satisfaction: q.satisfaction.ask ? inScale(form.satisfaction, 1, 5) : null,
    // In the order the survey lists them, and only options of this version.
    matters: q.matters.ask ? q.matters.options.filter((o) => form.matters.includes(o)) : [],
    text: q.openText.ask ? textOrNull(form.text, MAX_ANSWER_TEXT) : null,
  };
  if (answer.nps === null && answer.satisfaction === null && answer.matters.length === 0 && answer.text === null) return null;
  return { id, surveyId, version: version.version, answeredAt: now.toISOString(), source: 'manual', answer };
}

/**
 * A digit key on a scale: the value it picks. On 0-10 a "0" right after a "1" (within `window`
 * ms) makes 10; any other digit outside the scale picks nothing.
 */
export function digitPick(
  digit: number,
  lo: number,
  hi: number,
  previous: { digit: number; at: number } | null,
  at: number,
  window = 900,
): number | null {
  if (hi >= 10 && digit === 0 && previous?.digit === 1 && at - previous.at <= window) return 10;
  return digit >= lo && digit <= hi ? digit : null;
}
