// The per-segment survey table as `npm run rfm --out-survey` writes it, and as the page will show
// it: one row per segment, then one share column per "what matters" option, the options in the
// order of all answers' choices (most chosen first).

import type { SurveyResults } from '../engine/api';

export const SURVEY_COLUMNS = ['segment', 'responses', 'promoters', 'passives', 'detractors', 'nps', 'satisfaction_mean'] as const;

/** Every option chosen in any answer, the most chosen first. */
export function mattersOptionsOf(results: SurveyResults): string[] {
  return results.all.matters.map((m) => m.option);
}

/** The segments in `order` (the configuration's, as the results list them); others after, as they come. */
export function inSegmentOrder<T extends { segment: string | null }>(groups: readonly T[], order: readonly string[]): T[] {
  const rank = (g: T) => {
    const i = order.indexOf(g.segment ?? '');
    return i < 0 ? order.length : i;
  };
  return [...groups].sort((a, b) => rank(a) - rank(b));
}

/**
 * Header and rows, the segments in `order`; `segmentName` names a segment id as the scores CSV
 * does. Shares with four decimals.
 */
export function surveySegmentTable(
  results: SurveyResults,
  order: readonly string[],
  segmentName: (id: string) => string,
): { header: string[]; rows: (string | number | null)[][] } {
  const options = mattersOptionsOf(results);
  const rows = inSegmentOrder(results.segments, order).map((g) => {
    const share = (option: string) => {
      const m = g.matters.find((x) => x.option === option);
      return m ? Math.round(m.share * 10_000) / 10_000 : 0;
    };
    return [segmentName(g.segment ?? ''), g.responses, g.promoters, g.passives, g.detractors, g.nps, g.satisfactionMean, ...options.map(share)];
  });
  return { header: [...SURVEY_COLUMNS, ...options], rows };
}
