// Net Promoter Score: "how likely are you to recommend us", 0-10. Promoters answer 9-10,
// passives 7-8, detractors 0-6; NPS is the percentage of promoters less that of detractors,
// from -100 to 100, given with one decimal. The engine computes the same in SQL
// (worker/sql/survey/survey-segments.sql); test/unit/nps.test.ts holds both to these rules.

export type NpsGroup = 'promoter' | 'passive' | 'detractor';

export function npsGroup(score: number): NpsGroup {
  if (!Number.isInteger(score) || score < 0 || score > 10) throw new RangeError(`not an NPS answer: ${score}`);
  if (score >= 9) return 'promoter';
  if (score >= 7) return 'passive';
  return 'detractor';
}

export interface NpsSummary {
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** null without any answer. */
  nps: number | null;
}

export function npsSummary(scores: readonly number[]): NpsSummary {
  const groups = scores.map(npsGroup);
  const count = (g: NpsGroup) => groups.filter((x) => x === g).length;
  const promoters = count('promoter');
  const detractors = count('detractor');
  const responses = scores.length;
  return {
    responses,
    promoters,
    passives: count('passive'),
    detractors,
    nps: responses === 0 ? null : Math.round(((promoters - detractors) / responses) * 1000) / 10,
  };
}

/** Answers below which an NPS is marked as resting on too few answers to be a finding. */
export const FEW_NPS_ANSWERS = 30;

/**
 * A 95 % interval of an NPS (in points) from its counts: the NPS is a difference of two shares of
 * one multinomial sample, whose variance is (p+ + p- - (p+ - p-)^2) / n. Null without answers.
 */
export function npsInterval(promoters: number, detractors: number, answers: number): { low: number; high: number } | null {
  if (answers === 0) return null;
  const plus = promoters / answers;
  const minus = detractors / answers;
  const nps = plus - minus;
  const half = 1.96 * Math.sqrt(Math.max(0, plus + minus - nps * nps) / answers);
  const clamp = (x: number) => Math.round(Math.min(100, Math.max(-100, x * 100)) * 10) / 10;
  return { low: clamp(nps - half), high: clamp(nps + half) };
}
