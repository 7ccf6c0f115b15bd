// What the survey list shows of a survey's answers: how many, the last one's date, and how many
// were given to each version (an edit after answers makes a new version; the old answers stay
// with the version they were given to).

import type { StoredAnswer } from './survey';

export interface AnswerSummary {
  count: number;
  /** The latest answeredAt, or null without answers. */
  last: string | null;
  /** Answers by version number. */
  perVersion: Map<number, number>;
}

export const NO_ANSWERS: AnswerSummary = { count: 0, last: null, perVersion: new Map() };

export function summariseAnswers(answers: readonly StoredAnswer[]): AnswerSummary {
  const perVersion = new Map<number, number>();
  let last: string | null = null;
  for (const a of answers) {
    perVersion.set(a.version, (perVersion.get(a.version) ?? 0) + 1);
    if (last === null || a.answeredAt > last) last = a.answeredAt;
  }
  return { count: answers.length, last, perVersion };
}
