// The words a survey made here starts with, in the user's language (catalog keys survey.starter.*):
// for a survey created from an export and for the demo shop's survey.

import type { SurveyStarterText } from '../../lib/surveys/survey';
import type { Translate } from '../../lib/i18n/translate';

const OPTIONS = ['survey.starter.option.price', 'survey.starter.option.quality', 'survey.starter.option.range', 'survey.starter.option.service', 'survey.starter.option.delivery'] as const;

export function starterText(t: Translate): SurveyStarterText {
  return {
    name: t('survey.starter.name'),
    title: t('survey.starter.title'),
    thanks: t('survey.starter.thanks'),
    nps: t('survey.starter.nps'),
    satisfaction: t('survey.starter.satisfaction'),
    matters: t('survey.starter.matters'),
    options: OPTIONS.map((key) => t(key)),
    openText: t('survey.starter.openText'),
    identifier: t('survey.starter.identifier'),
  };
}
