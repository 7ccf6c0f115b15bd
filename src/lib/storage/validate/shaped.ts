// Surveys, answers and campaigns have their own checkers (surveys/survey.ts,
// campaign/campaign-check.ts), which say yes or no; here they also must sit under their own id.

import { isCampaign } from '../../campaign/campaign-check';
import { isStoredAnswer, isSurvey } from '../../surveys/survey';
import { Check, type RecordProblem } from './check';

const byChecker =
  (isValid: (v: unknown) => boolean) =>
  (v: unknown, key: string): RecordProblem | null => {
    const c = new Check();
    if (!c.object('', v)) return c.problem;
    if (c.key('id', v.id, key) && !isValid(v)) c.fail('', 'bad_shape');
    return c.problem;
  };

export const surveyProblem = byChecker(isSurvey);
export const answerProblem = byChecker(isStoredAnswer);
export const campaignProblem = byChecker(isCampaign);
