// Scoring settings as a dataset, a snapshot or the preferences keep them. Bins out of range or a
// method this version does not know would make every analysis started from them fail.

import { AXES, MAX_BINS, MIN_BINS, thresholdProblem } from '../../rfm/cuts';
import { Check, type RecordProblem } from './check';

export const SCORING_METHODS = ['quantile', 'ntile', 'custom'] as const;

/** Bins of the three axes, each MIN_BINS..MAX_BINS. */
export function binsProblem(v: unknown): RecordProblem | null {
  const c = new Check();
  if (c.object('', v)) for (const axis of AXES) c.integerIn(axis, v[axis], MIN_BINS, MAX_BINS);
  return c.problem;
}

export function scoringSettingsProblem(v: unknown): RecordProblem | null {
  const c = new Check();
  if (!c.object('', v)) return c.problem;
  c.day('asOf', v.asOf);
  const method = c.oneOf('method', v.method, SCORING_METHODS) ? v.method : null;
  c.part('bins', binsProblem(v.bins));
  if (c.object('thresholds', v.thresholds)) {
    for (const axis of AXES) {
      const cuts = v.thresholds[axis];
      const path = `thresholds.${axis}`;
      if (!c.array(path, cuts)) continue;
      if (!cuts.every((t) => typeof t === 'number')) c.fail(path, 'wrong_type');
      else if (method === 'custom' && thresholdProblem(cuts as number[])) c.fail(path, 'out_of_range');
    }
  }
  c.text('archetypes', v.archetypes, { nonEmpty: true, max: 500 });
  return c.problem;
}
