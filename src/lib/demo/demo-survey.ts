// The demo shop's own survey. A placeholder with the agreed signature: the real answers (drawn
// from the shop's customers) come from the demo helper's branch, which replaces this file.

import type { DemoShop } from './demo-shop';
import { newSurvey, type StoredAnswer, type Survey, type SurveyStarterText } from '../surveys/survey';

export function demoSurvey(shop: DemoShop, seed: number, text: SurveyStarterText): { survey: Survey; answers: StoredAnswer[] } {
  void shop;
  void seed;
  return { survey: newSurvey('demo', text, new Date('2026-10-31T12:00:00Z')), answers: [] };
}
