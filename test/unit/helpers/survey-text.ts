// The words of a survey in tests: a small shop's survey with two options, or the app's own
// starter texts (the six options of the issue, in the order the demo shop's answers refer to).
import { createTranslator } from '../../../src/lib/i18n/translate';
import type { Locale } from '../../../src/lib/i18n/locale';
import { starterText } from '../../../src/lib/surveys/starter-text';
import type { SurveyStarterText } from '../../../src/lib/surveys/survey';

export const SHOP_TEXT: SurveyStarterText = {
  name: 'Shop survey',
  title: 'Tell us about your visit',
  thanks: 'Thank you!',
  nps: 'How likely are you to recommend us?',
  satisfaction: 'How satisfied are you?',
  matters: 'What matters most to you?',
  options: ['Speed of service', 'Price'],
  openText: 'Anything else?',
  identifier: 'Your e-mail or phone (optional)',
};

export const appStarterText = (locale: Locale): SurveyStarterText => starterText(createTranslator(locale));
