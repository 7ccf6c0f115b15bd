// The survey answers per segment of the scores on screen: asked again when the scores, the answers
// (another source chosen, another column confirmed) or the contact columns change.

import { query, type Query } from '../../app/query.svelte';
import type { SurveyContacts, SurveyResults } from '../../lib/engine/api';
import type { SurveyAnswer } from '../../lib/surveys/answer';
import type { Analysis } from '../results/analysis.svelte';

export interface SurveyInput {
  answers: SurveyAnswer[];
  contacts: SurveyContacts;
}

export function surveyQuery(analysis: () => Analysis, input: () => SurveyInput | null): Query<SurveyResults> {
  return query(
    () => {
      const asked = analysis().asked;
      const given = input();
      return asked && given && given.answers.length > 0 ? { asked, answers: given.answers, contacts: given.contacts } : null;
    },
    ({ asked, answers, contacts }) =>
      // Plain objects ($derived and $state.raw hold no proxies): they are structured-cloned to the worker.
      analysis().ask((engine) => engine.surveyResults(asked.settings, asked.segmentation, answers, { ...contacts })),
  );
}
