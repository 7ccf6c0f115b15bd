import { probabilityGreater } from './beta';
import { normalQuantile } from './normal';

/** Responders out of customers in one group. */
export interface Proportion {
  responders: number;
  customers: number;
}

export interface Interval {
  lower: number;
  upper: number;
}

export interface ResponseUplift {
  rateContacted: number | null;
  rateControl: number | null;
  /** rateContacted − rateControl as a proportion (0.05 = 5 percentage points). */
  uplift: number | null;
  /** uplift / rateControl; null when the control group had no responder. */
  relativeUplift: number | null;
  /** Newcombe's hybrid score interval for the uplift. */
  interval: Interval | null;
  confidence: number;
  /** Posterior probability that the contacted rate is above the control rate (uniform priors). */
  probabilityReal: number | null;
}

const rate = ({ responders, customers }: Proportion): number | null => (customers > 0 ? responders / customers : null);

function check({ responders, customers }: Proportion): void {
  if (!(Number.isInteger(responders) && Number.isInteger(customers) && responders >= 0 && responders <= customers)) {
    throw new RangeError(`responders must be a whole number between 0 and customers, got ${responders} of ${customers}`);
  }
}

/** Wilson's score interval for one proportion, without continuity correction (Newcombe 1998, method 10 builds on it). */
export function wilsonInterval({ responders: x, customers: n }: Proportion, z: number): Interval {
  const z2 = z * z;
  const centre = (x + z2 / 2) / (n + z2);
  const half = (z * Math.sqrt((x * (n - x)) / n + z2 / 4)) / (n + z2);
  return { lower: centre - half, upper: centre + half };
}

/**
 * Newcombe's hybrid score interval for p_t − p_c (method 10 of Newcombe 1998, Statistics in
 * Medicine 17:873-890): each bound moves from the difference by the Wilson distances of the two
 * groups on the matching sides. It stays inside [-1, 1] and keeps its coverage for a dozen
 * customers, where the normal (Wald) interval does not.
 */
export function newcombeInterval(contacted: Proportion, control: Proportion, confidence = 0.95): Interval {
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const p1 = contacted.responders / contacted.customers;
  const p2 = control.responders / control.customers;
  const w1 = wilsonInterval(contacted, z);
  const w2 = wilsonInterval(control, z);
  const d = p1 - p2;
  return {
    lower: d - Math.sqrt((p1 - w1.lower) ** 2 + (w2.upper - p2) ** 2),
    upper: d + Math.sqrt((w1.upper - p1) ** 2 + (p2 - w2.lower) ** 2),
  };
}

/** P(p_t > p_c) with Beta(1 + x, 1 + n − x) posteriors for both groups, computed exactly. */
export function probabilityUpliftReal(contacted: Proportion, control: Proportion): number {
  return probabilityGreater(
    1 + contacted.responders, 1 + contacted.customers - contacted.responders,
    1 + control.responders, 1 + control.customers - control.responders,
  );
}

export function responseUplift(contacted: Proportion, control: Proportion, confidence = 0.95): ResponseUplift {
  check(contacted);
  check(control);
  const rateContacted = rate(contacted);
  const rateControl = rate(control);
  const both = rateContacted !== null && rateControl !== null;
  const uplift = both ? rateContacted - rateControl : null;
  return {
    rateContacted,
    rateControl,
    uplift,
    relativeUplift: uplift !== null && rateControl ? uplift / rateControl : null,
    interval: both ? newcombeInterval(contacted, control, confidence) : null,
    confidence,
    probabilityReal: both ? probabilityUpliftReal(contacted, control) : null,
  };
}
