// Switching the grid size keeps the user's archetypes and rules and redraws the cell map by
// relative position: a score s of n bins maps to the score of the old grid at the same place on
// its scale, 1 + round((s - 1) (old - 1) / (n - 1)). The best and worst cells stay the best and
// worst; a 5-bin map squeezed to 3 bins takes its scores 1, 3 and 5 (so 4 and 2 are dropped, and
// come back from their neighbours when it grows again). Rule score ranges move the same way.

import { type ArchetypeConfig, cellKey, type Grid, gridCells, type ScoreRange } from './config';

export function mapScore(score: number, from: number, to: number): number {
  if (from === to) return score;
  return 1 + Math.round(((score - 1) * (to - 1)) / (from - 1));
}

const mapRange = (range: ScoreRange | undefined, from: number, to: number): ScoreRange | undefined =>
  range && [mapScore(range[0], from, to), mapScore(range[1], from, to)];

export function remapConfig(config: ArchetypeConfig, grid: Grid, now = new Date()): ArchetypeConfig {
  const old = config.grid;
  const cells: Record<string, string> = {};
  for (const cell of gridCells(grid)) {
    const archetype = config.cells[cellKey(mapScore(cell.r, grid.r, old.r), mapScore(cell.f, grid.f, old.f), mapScore(cell.m, grid.m, old.m))];
    if (archetype) cells[cell.key] = archetype;
  }
  const rules = config.rules.map((rule) => {
    const when = { ...rule.when };
    if (when.r) when.r = mapRange(when.r, old.r, grid.r);
    if (when.f) when.f = mapRange(when.f, old.f, grid.f);
    if (when.m) when.m = mapRange(when.m, old.m, grid.m);
    return { ...rule, when };
  });
  return { ...config, grid: { ...grid }, cells, rules, updatedAt: now.toISOString() };
}
