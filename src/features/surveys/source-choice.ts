// Which answers the Survey tab shows: the user's choice while it still exists (a stored survey
// may have been deleted on the Surveys screen; the demo's survey only goes with the demo shop),
// otherwise the export opened, the demo shop's survey, the first kept survey with answers.

import type { SurveySourceChoice } from './survey-import.svelte';

export interface ChoiceContext {
  /** The analysis on screen is the demo shop. */
  demo: boolean;
  /** An export has been opened this session. */
  fileOpen: boolean;
  /** The stored surveys with their answer counts; null while being read. */
  surveys: readonly { id: string; answers: number }[] | null;
}

export function shownChoice(chosen: SurveySourceChoice | null, { demo, fileOpen, surveys }: ChoiceContext): SurveySourceChoice {
  if (chosen?.kind === 'file') return chosen;
  if (chosen?.kind === 'demo' && demo) return chosen;
  if (chosen?.kind === 'stored' && (surveys === null || surveys.some((s) => s.id === chosen.id))) return chosen;
  if (fileOpen) return { kind: 'file' };
  if (demo) return { kind: 'demo' };
  const first = surveys?.find((s) => s.answers > 0) ?? surveys?.[0];
  return first ? { kind: 'stored', id: first.id } : { kind: 'file' };
}
