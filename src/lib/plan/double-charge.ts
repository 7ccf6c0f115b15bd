// Double charging: a step falls back when no delivery report has come within its timeout, but some
// reports only come later. Those customers did get the message, yet the next step writes to them
// as well, and a channel charged on delivery bills the late message too.
// The model, an assumption stated on the page: of the messages a step counts as not delivered, a
// share L(timeout) is in fact delivered late. L is interpolated on log(hours) between the points
// below (typical report delays of SMS and messenger gateways: most reports come within minutes, a
// few after hours when a phone was off); those late customers then go through the later steps like
// any other open customer.

import { reaches, fallThrough, type ReachGroup, type StepChannel } from './cascade';

/** [hours, share of "not delivered" that is delivered later]: an assumption, not a measurement. */
export const LATE_SHARE_POINTS: readonly (readonly [number, number])[] = [
  [0.25, 0.05],
  [1, 0.02],
  [24, 0.005],
  [72, 0.002],
];

export function lateShare(timeoutHours: number): number {
  const points = LATE_SHARE_POINTS;
  if (!(timeoutHours > points[0][0])) return points[0][1];
  const last = points[points.length - 1];
  if (timeoutHours >= last[0]) return last[1];
  const i = points.findIndex(([h]) => h >= timeoutHours);
  const [h0, s0] = points[i - 1];
  const [h1, s1] = points[i];
  const x = (Math.log(timeoutHours) - Math.log(h0)) / (Math.log(h1) - Math.log(h0));
  return s0 + (s1 - s0) * x;
}

export interface DoubleCharge {
  /** Per step: customers expected to be counted as not delivered but delivered after the timeout. */
  late: number[];
  /** Messages of later steps sent to those customers, already reached. */
  extraMessages: number;
  /** What those messages cost, plus the late messages themselves on a channel charged on delivery. */
  extraCost: number;
  /** The same two, by the step whose timeout let the customers through. */
  byStep: { extraMessages: number; extraCost: number }[];
}

export function doubleCharge(steps: readonly (StepChannel & { timeoutHours: number })[], groups: readonly ReachGroup[]): DoubleCharge {
  const late = steps.map(() => 0);
  const byStep = steps.map(() => ({ extraMessages: 0, extraCost: 0 }));
  for (const group of groups) {
    let open = group.customers;
    steps.forEach((step, k) => {
      if (!reaches(group, step.contact)) return;
      // The last step has no fallback: a late report there double-charges nothing.
      if (k < steps.length - 1) {
        const lateHere = open * (1 - step.delivery) * lateShare(step.timeoutHours);
        late[k] += lateHere;
        if (step.charged === 'delivered') byStep[k].extraCost += lateHere * step.price;
        let still = lateHere;
        for (const next of steps.slice(k + 1)) {
          if (!reaches(group, next.contact)) continue;
          byStep[k].extraMessages += still;
          byStep[k].extraCost += next.price * (next.charged === 'delivered' ? still * next.delivery : still);
          still *= fallThrough(next);
        }
      }
      open *= fallThrough(step);
    });
  }
  const sum = (f: (s: (typeof byStep)[number]) => number) => byStep.reduce((a, s) => a + f(s), 0);
  return { late, extraMessages: sum((s) => s.extraMessages), extraCost: sum((s) => s.extraCost), byStep };
}
