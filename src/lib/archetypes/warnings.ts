// What the editor points out as the user edits: archetypes nothing reaches, rules an earlier rule
// always wins over, cells left to Other, and the segments a rule takes customers from (a rule is
// checked before the cell map, so "Forgotten" on R 4-5, F 1-2, M 1-2 takes every cell of New
// Customers and Promising: those segments go empty unless the page says whom the rule took).

import { type ArchetypeConfig, gridCells, type RuleConditions, type ScoreRange } from './config';

export type ConfigWarning =
  | { kind: 'unreachable'; archetype: string }
  | { kind: 'shadowed'; rule: string; by: string }
  | { kind: 'unassigned'; cells: number }
  | { kind: 'takes'; rule: string; from: RuleTakes[] };

/** Cells of the map that a rule's score ranges cover and that the map gives another archetype. */
export interface RuleTakes {
  archetype: string;
  cells: number;
  /** Every cell of that archetype: its segment is left with the customers of other rules only. */
  all: boolean;
  /** The rule has conditions beyond scores (orders, spend, days): only some of the cells' customers are taken. */
  some: boolean;
}

/** Does `outer` hold every customer `inner` holds? An absent condition holds everyone. */
function covers(outer: RuleConditions, inner: RuleConditions): boolean {
  const range = (o: ScoreRange | undefined, i: ScoreRange | undefined) => !o || (!!i && o[0] <= i[0] && i[1] <= o[1]);
  const atLeast = (o: number | undefined, i: number | undefined) => o === undefined || (i !== undefined && i >= o);
  const atMost = (o: number | undefined, i: number | undefined) => o === undefined || (i !== undefined && i <= o);
  return (
    range(outer.r, inner.r) &&
    range(outer.f, inner.f) &&
    range(outer.m, inner.m) &&
    atLeast(outer.minOrders, inner.minOrders) &&
    atMost(outer.maxOrders, inner.maxOrders) &&
    atLeast(outer.minSpend, inner.minSpend) &&
    atMost(outer.maxSpend, inner.maxSpend) &&
    atMost(outer.maxRecencyDays, inner.maxRecencyDays) &&
    atLeast(outer.minRecencyDays, inner.minRecencyDays)
  );
}

export function configWarnings(config: ArchetypeConfig): ConfigWarning[] {
  const warnings: ConfigWarning[] = [];
  const enabled = config.rules.filter((r) => r.enabled);
  for (const [i, rule] of enabled.entries()) {
    const earlier = enabled.slice(0, i).find((e) => covers(e.when, rule.when));
    if (earlier) warnings.push({ kind: 'shadowed', rule: rule.id, by: earlier.id });
  }
  const reached = new Set([...Object.values(config.cells), ...enabled.map((r) => r.archetype)]);
  for (const a of config.archetypes) if (!reached.has(a.id)) warnings.push({ kind: 'unreachable', archetype: a.id });
  const unassigned = gridCells(config.grid).filter((c) => !config.cells[c.key]).length;
  if (unassigned > 0) warnings.push({ kind: 'unassigned', cells: unassigned });
  for (const rule of enabled) {
    const from = ruleTakes(config, rule.when, rule.archetype);
    if (from.length > 0) warnings.push({ kind: 'takes', rule: rule.id, from });
  }
  return warnings;
}

const inRange = (range: ScoreRange | undefined, score: number) => !range || (range[0] <= score && score <= range[1]);

/** Whom a rule takes from the cell map: per archetype, the cells its score ranges cover, the largest first. */
export function ruleTakes(config: ArchetypeConfig, when: RuleConditions, own: string): RuleTakes[] {
  const some = Object.entries(when).some(([k, v]) => v !== undefined && k !== 'r' && k !== 'f' && k !== 'm');
  const cells = gridCells(config.grid);
  const sizes = new Map<string, number>();
  const taken = new Map<string, number>();
  for (const c of cells) {
    const archetype = config.cells[c.key];
    if (!archetype || archetype === own) continue;
    sizes.set(archetype, (sizes.get(archetype) ?? 0) + 1);
    if (inRange(when.r, c.r) && inRange(when.f, c.f) && inRange(when.m, c.m)) taken.set(archetype, (taken.get(archetype) ?? 0) + 1);
  }
  // A rule of days, orders or spend alone may take anyone: named only when it has score ranges too.
  if (some && !when.r && !when.f && !when.m) return [];
  return [...taken.entries()]
    .map(([archetype, n]) => ({ archetype, cells: n, all: n === sizes.get(archetype), some }))
    .sort((a, b) => b.cells - a.cells || a.archetype.localeCompare(b.archetype));
}
