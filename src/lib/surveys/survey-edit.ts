// The survey editor's form as pure data: the option list edits (add, rename, remove, move) and
// the checks a survey must pass before it is saved. The form is a version's editable part; what
// the checks find is a list of problem codes the editor translates.

import { MAX_OPTIONS, MAX_QUESTION_TEXT, type SurveyQuestions, type SurveyVersion } from './survey';

export type SurveyEdit = Pick<SurveyVersion, 'title' | 'thanks' | 'questions'>;

export type QuestionName = keyof SurveyQuestions;
export const QUESTION_NAMES: readonly QuestionName[] = ['nps', 'satisfaction', 'matters', 'openText', 'identifier'];

/** A copy the form can change without touching the saved version. */
export function editOf(version: SurveyVersion): SurveyEdit {
  return structuredClone({ title: version.title, thanks: version.thanks, questions: version.questions });
}

export function addOption(options: readonly string[], option: string): string[] {
  return options.length >= MAX_OPTIONS ? [...options] : [...options, option];
}

export function renameOption(options: readonly string[], index: number, name: string): string[] {
  return options.map((o, i) => (i === index ? name : o));
}

export function removeOption(options: readonly string[], index: number): string[] {
  return options.filter((_o, i) => i !== index);
}

/** Moves the option at `index` by `by` places (-1 up, +1 down); at either end nothing moves. */
export function moveOption(options: readonly string[], index: number, by: -1 | 1): string[] {
  const to = index + by;
  if (index < 0 || index >= options.length || to < 0 || to >= options.length) return [...options];
  const moved = [...options];
  [moved[index], moved[to]] = [moved[to], moved[index]];
  return moved;
}

export type EditProblem =
  | { code: 'noName' }
  | { code: 'noQuestion' }
  | { code: 'emptyText'; question: QuestionName }
  | { code: 'noOptions' }
  | { code: 'emptyOption'; index: number }
  | { code: 'duplicateOption'; index: number }
  | { code: 'tooLong' };

const blank = (text: string) => text.trim() === '';
const sameOption = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** What stops the survey from being saved; empty when it can be. */
export function editProblems(name: string, edit: SurveyEdit): EditProblem[] {
  const problems: EditProblem[] = [];
  const q = edit.questions;
  if (blank(name)) problems.push({ code: 'noName' });
  if (!QUESTION_NAMES.some((n) => q[n].ask)) problems.push({ code: 'noQuestion' });
  for (const n of QUESTION_NAMES) if (q[n].ask && blank(q[n].text)) problems.push({ code: 'emptyText', question: n });
  if (q.matters.ask) {
    if (q.matters.options.length === 0) problems.push({ code: 'noOptions' });
    q.matters.options.forEach((option, index) => {
      if (blank(option)) problems.push({ code: 'emptyOption', index });
      else if (q.matters.options.slice(0, index).some((earlier) => sameOption(earlier, option))) problems.push({ code: 'duplicateOption', index });
    });
  }
  const texts = [name, edit.title, edit.thanks, ...QUESTION_NAMES.map((n) => q[n].text), ...q.matters.options];
  if (texts.some((t) => t.length > MAX_QUESTION_TEXT)) problems.push({ code: 'tooLong' });
  return problems;
}

/** The form as it is saved: texts trimmed (an option's stray space is not a new option). */
export function cleanedEdit(edit: SurveyEdit): SurveyEdit {
  const q = edit.questions;
  return {
    title: edit.title.trim(),
    thanks: edit.thanks.trim(),
    questions: {
      nps: { ...q.nps, text: q.nps.text.trim() },
      satisfaction: { ...q.satisfaction, text: q.satisfaction.text.trim() },
      matters: { ...q.matters, text: q.matters.text.trim(), options: q.matters.options.map((o) => o.trim()) },
      openText: { ...q.openText, text: q.openText.text.trim() },
      identifier: { ...q.identifier, text: q.identifier.text.trim() },
    },
  };
}
