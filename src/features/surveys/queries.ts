// The survey answers per segment of the scores on screen: asked again when the scores, the answers
// or the contact columns change.

import { query, type Query } from '../../app/query.svelte';
import type { SurveyResults } from '../../lib/engine/api';
import type { Analysis } from '../results/analysis.svelte';
import type { SurveyImport } from './survey-import.svelte';

export function surveyQuery(analysis: () => Analysis, survey: () => SurveyImport): Query<SurveyResults> {
  return query(
    () => {
      const asked = analysis().asked;
      const { answers, contacts } = survey();
      return asked && answers.length > 0 ? { asked, answers, contacts } : null;
    },
    ({ asked, answers, contacts }) =>
      // Plain objects ($derived and $state.raw hold no proxies): they are structured-cloned to the worker.
      analysis().ask((engine) => engine.surveyResults(asked.settings, asked.segmentation, answers, { ...contacts })),
  );
}
