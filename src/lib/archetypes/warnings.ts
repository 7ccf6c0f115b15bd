// What the editor points out as the user edits: archetypes nothing reaches, rules an earlier rule
// always wins over, cells left to Other.

import { type ArchetypeConfig, gridCells, type RuleConditions, type ScoreRange } from './config';

export type ConfigWarning =
  | { kind: 'unreachable'; archetype: string }
  | { kind: 'shadowed'; rule: string; by: string }
  | { kind: 'unassigned'; cells: number };

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
  return warnings;
}
