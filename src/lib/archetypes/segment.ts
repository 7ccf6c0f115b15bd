// Which segment a scored customer falls into under a configuration: rules in order, then the
// cell map, then Other. The engine does the same in SQL (create-customer-segments.sql) from
// `segmentationInput`; this is the reference the SQL tests compare it with.

import { type ArchetypeConfig, cellKey, OTHER_ID, type RuleConditions, type ScoreRange } from './config';

export interface ScoredValues {
  r: number;
  f: number;
  m: number;
  /** Purchases before the as-of date. */
  frequency: number;
  /** Net spend. */
  monetary: number;
  recencyDays: number;
}

const inRange = (value: number, range: ScoreRange | undefined) => !range || (value >= range[0] && value <= range[1]);

/** The score part of a rule: does the cell lie in its R, F and M ranges? The presets' rules are these alone. */
export function scoresWithin(when: Pick<RuleConditions, 'r' | 'f' | 'm'>, cell: { r: number; f: number; m: number }): boolean {
  return inRange(cell.r, when.r) && inRange(cell.f, when.f) && inRange(cell.m, when.m);
}

export function ruleMatches(when: RuleConditions, c: ScoredValues): boolean {
  return (
    scoresWithin(when, c) &&
    (when.minOrders === undefined || c.frequency >= when.minOrders) &&
    (when.maxOrders === undefined || c.frequency <= when.maxOrders) &&
    (when.minSpend === undefined || c.monetary > when.minSpend) &&
    (when.maxSpend === undefined || c.monetary <= when.maxSpend) &&
    (when.maxRecencyDays === undefined || c.recencyDays <= when.maxRecencyDays) &&
    (when.minRecencyDays === undefined || c.recencyDays > when.minRecencyDays)
  );
}

export function segmentOf(config: ArchetypeConfig, customer: ScoredValues): string {
  const rule = config.rules.find((x) => x.enabled && ruleMatches(x.when, customer));
  if (rule) return rule.archetype;
  return config.cells[cellKey(customer.r, customer.f, customer.m)] ?? OTHER_ID;
}

/** One rule as the engine binds it: every bound a number or null (no condition). */
export interface RuleRow {
  ord: number;
  segment: string;
  rLo: number | null;
  rHi: number | null;
  fLo: number | null;
  fHi: number | null;
  mLo: number | null;
  mHi: number | null;
  minOrders: number | null;
  maxOrders: number | null;
  minSpend: number | null;
  maxSpend: number | null;
  maxRecencyDays: number | null;
  minRecencyDays: number | null;
}

/** What the engine needs to segment customers: plain data, bound as parameters, never spliced. */
export interface SegmentationInput {
  /** Cell as r * 100 + f * 10 + m. */
  cells: { cell: number; segment: string }[];
  rules: RuleRow[];
}

export function segmentationInput(config: ArchetypeConfig): SegmentationInput {
  const cells = Object.entries(config.cells).map(([key, segment]) => {
    const [r, f, m] = key.split('-').map(Number);
    return { cell: r * 100 + f * 10 + m, segment };
  });
  const n = (v: number | undefined) => v ?? null;
  const rules = config.rules
    .filter((rule) => rule.enabled)
    .map((rule, ord): RuleRow => ({
      ord,
      segment: rule.archetype,
      rLo: n(rule.when.r?.[0]),
      rHi: n(rule.when.r?.[1]),
      fLo: n(rule.when.f?.[0]),
      fHi: n(rule.when.f?.[1]),
      mLo: n(rule.when.m?.[0]),
      mHi: n(rule.when.m?.[1]),
      minOrders: n(rule.when.minOrders),
      maxOrders: n(rule.when.maxOrders),
      minSpend: n(rule.when.minSpend),
      maxSpend: n(rule.when.maxSpend),
      maxRecencyDays: n(rule.when.maxRecencyDays),
      minRecencyDays: n(rule.when.minRecencyDays),
    }));
  return { cells, rules };
}
