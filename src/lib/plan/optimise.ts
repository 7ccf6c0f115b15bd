// The planner's suggestion: every order of every non-empty subset of the channels (4 channels: 64
// plans) run through the cascade model, then the best by the user's goal. Ties go to the lower
// cost, then to fewer steps, then to the earlier plan in the enumeration (stable, so the page and
// the command line suggest the same).

import { cascadeSteps, totalsOf, type ReachGroup, type StepChannel } from './cascade';

export interface Candidate<C extends StepChannel = StepChannel> {
  steps: C[];
  responses: number;
  cost: number;
}

/** Float sums of the same plan in another order differ in the last bits: equal within this. */
const EPSILON = 1e-9;

/** Every ordered non-empty subset of `channels`, shorter first. */
export function orderedSubsets<C>(channels: readonly C[]): C[][] {
  const out: C[][] = [];
  const grow = (prefix: C[], rest: readonly C[]) => {
    rest.forEach((c, i) => {
      const next = [...prefix, c];
      out.push(next);
      grow(next, [...rest.slice(0, i), ...rest.slice(i + 1)]);
    });
  };
  grow([], channels);
  return out.sort((a, b) => a.length - b.length);
}

export function candidates<C extends StepChannel>(channels: readonly C[], groups: readonly ReachGroup[]): Candidate<C>[] {
  return orderedSubsets(channels).map((steps) => {
    const { responses, cost } = totalsOf(cascadeSteps(steps, groups));
    return { steps, responses, cost };
  });
}

const better = (a: Candidate, b: Candidate, first: (x: Candidate, y: Candidate) => number) => {
  const primary = first(a, b);
  if (Math.abs(primary) > EPSILON) return primary < 0;
  if (Math.abs(a.cost - b.cost) > EPSILON) return a.cost < b.cost;
  return a.steps.length < b.steps.length;
};

const pick = <C extends StepChannel>(pool: Candidate<C>[], first: (x: Candidate, y: Candidate) => number) =>
  pool.reduce<Candidate<C> | null>((best, c) => (best === null || better(c, best, first) ? c : best), null);

/** The plan with the most expected responses that costs no more than `budget`; null when none does. */
export function mostResponsesWithin<C extends StepChannel>(channels: readonly C[], groups: readonly ReachGroup[], budget: number): Candidate<C> | null {
  return pick(candidates(channels, groups).filter((c) => c.cost <= budget + EPSILON), (a, b) => b.responses - a.responses);
}

/** The cheapest plan expected to bring at least `target` responses; null when none does. */
export function cheapestReaching<C extends StepChannel>(channels: readonly C[], groups: readonly ReachGroup[], target: number): Candidate<C> | null {
  return pick(candidates(channels, groups).filter((c) => c.responses >= target - EPSILON), (a, b) => a.cost - b.cost);
}
