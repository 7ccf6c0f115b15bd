import { createRng } from '../random';

/** A customer of a target list, as far as the control group cares. */
export interface TargetCustomer {
  id: string;
  segment: string;
}

export interface SegmentHoldout {
  segment: string;
  customers: number;
  control: number;
}

export interface Holdout {
  seed: number;
  share: number;
  /** Ids held out (not contacted), sorted. */
  control: string[];
  /** Ids to contact, sorted. */
  contacted: string[];
  /** Per segment, sorted by segment name. */
  segments: SegmentHoldout[];
}

/** Code-point order: localeCompare would make the draw depend on the machine's locale. */
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Drops float noise (0.1 × 30 = 3.0000000000000004, 1.05 − 1 = 0.050000000000000044) that would otherwise decide ties. */
const clean = (x: number): number => Math.round(x * 1e9) / 1e9;
const quota = (share: number, n: number): number => clean(share * n);

/**
 * How many control customers each segment gets: floor(share × n) each, then the units still needed
 * to reach round(share × N) go to the segments with the largest remainders (Hamilton's largest
 * remainder rule; ties by segment name). So the total is always round(share × N) and no segment is
 * more than one customer away from its exact share.
 */
export function allocateControl(sizes: ReadonlyMap<string, number>, share: number): Map<string, number> {
  const segments = [...sizes.keys()].sort(byCodePoint);
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  const target = Math.round(quota(share, total));
  const counts = new Map<string, number>();
  const remainders: { segment: string; rest: number }[] = [];
  let given = 0;
  for (const segment of segments) {
    const exact = quota(share, sizes.get(segment) ?? 0);
    const whole = Math.floor(exact);
    counts.set(segment, whole);
    given += whole;
    remainders.push({ segment, rest: clean(exact - whole) });
  }
  remainders.sort((a, b) => b.rest - a.rest || byCodePoint(a.segment, b.segment));
  for (let i = 0; i < target - given; i++) {
    const { segment } = remainders[i];
    counts.set(segment, (counts.get(segment) ?? 0) + 1);
  }
  return counts;
}

/**
 * Draws the control group at export, stratified by segment, reproducible from the seed: customers
 * are sorted by id and segments by name first, so neither the input order nor the machine changes
 * the result. Within a segment a partial Fisher-Yates shuffle (one mulberry32 stream for the whole
 * draw, segments in name order) picks the control customers.
 */
export function drawHoldout(customers: readonly TargetCustomer[], share: number, seed: number): Holdout {
  if (!(share >= 0 && share <= 1)) throw new RangeError(`control share must be between 0 and 1, got ${share}`);
  const bySegment = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const { id, segment } of customers) {
    if (seen.has(id)) throw new RangeError(`customer ${id} is twice in the target list`);
    seen.add(id);
    const ids = bySegment.get(segment) ?? [];
    ids.push(id);
    bySegment.set(segment, ids);
  }
  const counts = allocateControl(new Map([...bySegment].map(([s, ids]) => [s, ids.length])), share);
  const rng = createRng(seed);
  const control: string[] = [];
  const contacted: string[] = [];
  const segments: SegmentHoldout[] = [];
  for (const segment of [...bySegment.keys()].sort(byCodePoint)) {
    const ids = (bySegment.get(segment) ?? []).sort(byCodePoint);
    const k = counts.get(segment) ?? 0;
    for (let i = 0; i < k; i++) {
      const j = rng.int(i, ids.length - 1);
      [ids[i], ids[j]] = [ids[j], ids[i]];
    }
    control.push(...ids.slice(0, k));
    contacted.push(...ids.slice(k));
    segments.push({ segment, customers: ids.length, control: k });
  }
  return { seed: seed >>> 0, share, control: control.sort(byCodePoint), contacted: contacted.sort(byCodePoint), segments };
}
