// The words a new survey starts with, in the UI's language at the moment it is created; from
// then on they are the user's text and no longer follow the language.
import type { Translate } from '../i18n/translate';
import type { SurveyStarterText } from './survey';

export function starterText(t: Translate): SurveyStarterText {
  return {
    name: t('surveys.starter.name'),
    title: t('surveys.starter.title'),
    thanks: t('surveys.starter.thanks'),
    nps: t('surveys.starter.nps'),
    satisfaction: t('surveys.starter.satisfaction'),
    matters: t('surveys.starter.matters'),
    options: [
      t('surveys.starter.option.speed'),
      t('surveys.starter.option.personal'),
      t('surveys.starter.option.unique'),
      t('surveys.starter.option.price'),
      t('surveys.starter.option.quality'),
      t('surveys.starter.option.convenience'),
    ],
    openText: t('surveys.starter.openText'),
    identifier: t('surveys.starter.identifier'),
  };
}
