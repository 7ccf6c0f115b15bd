// The kiosk's walk through a survey: one question per screen, in the survey's order, the
// questions the user chose not to ask left out. Every question may be skipped (the answer model
// has no required ones); an answer with nothing in it is not stored.

import type { SurveyAnswer } from '../surveys/answer';
import type { StoredAnswer, SurveyVersion } from '../surveys/survey';

export type StepKind = 'nps' | 'satisfaction' | 'matters' | 'openText' | 'identifier';
const ORDER: readonly StepKind[] = ['nps', 'satisfaction', 'matters', 'openText', 'identifier'];

export function kioskSteps(version: SurveyVersion): StepKind[] {
  return ORDER.filter((kind) => version.questions[kind].ask && (kind !== 'matters' || version.questions.matters.options.length > 0));
}

/** What one person has entered so far. */
export interface Draft {
  nps: number | null;
  satisfaction: number | null;
  matters: string[];
  text: string;
  identifier: string;
}

export const emptyDraft = (): Draft => ({ nps: null, satisfaction: null, matters: [], text: '', identifier: '' });

export function isAnswered(draft: Draft, kind: StepKind): boolean {
  switch (kind) {
    case 'nps':
      return draft.nps !== null;
    case 'satisfaction':
      return draft.satisfaction !== null;
    case 'matters':
      return draft.matters.length > 0;
    case 'openText':
      return draft.text.trim() !== '';
    case 'identifier':
      return draft.identifier.trim() !== '';
  }
}

/** Something worth storing: at least one of the questions asked has an answer. */
export const hasAnswer = (draft: Draft, steps: readonly StepKind[]): boolean => steps.some((kind) => isAnswered(draft, kind));

/** The draft as the engine's answer; a question not asked stays empty even if the draft holds something. */
export function toSurveyAnswer(draft: Draft, steps: readonly StepKind[]): SurveyAnswer {
  const asked = (kind: StepKind) => steps.includes(kind) && isAnswered(draft, kind);
  return {
    id: asked('identifier') ? draft.identifier.trim() : null,
    nps: asked('nps') ? draft.nps : null,
    satisfaction: asked('satisfaction') ? draft.satisfaction : null,
    matters: asked('matters') ? [...draft.matters] : [],
    text: asked('openText') ? draft.text.trim() : null,
  };
}

export function kioskAnswer(id: string, surveyId: string, version: number, answer: SurveyAnswer, now: Date): StoredAnswer {
  return { id, surveyId, version, answeredAt: now.toISOString(), source: 'kiosk', answer };
}

/** Options chosen keep the survey's order, whatever order they were tapped in. */
export function toggledOption(chosen: readonly string[], option: string, options: readonly string[]): string[] {
  const next = chosen.includes(option) ? chosen.filter((o) => o !== option) : [...chosen, option];
  return options.filter((o) => next.includes(o));
}
