// Assigns every cell of every grid size (2x2x2 to 5x5x5) to exactly one archetype.
// Presets are data (archetype-presets.ts); this file only projects grids onto them.

import { ARCHETYPES, DEFAULT_R_BY_FM, RFM_PACKAGE_RULES, type Archetype, type ScoreRule } from './archetype-presets';

export type { Archetype } from './archetype-presets';

export interface Grid {
  r: number;
  f: number;
  m: number;
}

export interface CellAssignment {
  r: number;
  f: number;
  m: number;
  archetype: string;
}

export interface ArchetypePreset {
  id: string;
  archetypes: readonly Archetype[];
  assign(grid: Grid): CellAssignment[];
}

export function cellKey(r: number, f: number, m: number): string {
  return `${r}-${f}-${m}`;
}

/**
 * A score s of n bins covers the quantile band ((s - 1) / n, s / n]; its midpoint on the
 * 5-point scale is ceil(5 * (s - 0.5) / n). n = 5 is the identity; n = 2 gives 2, 4;
 * n = 3 gives 1, 3, 5; n = 4 gives 1, 2, 4, 5.
 */
export function toFivePoint(score: number, bins: number): number {
  return Math.ceil((5 * (score - 0.5)) / bins);
}

function cells(grid: Grid, archetypeOf: (r5: number, f5: number, m5: number) => string): CellAssignment[] {
  const out: CellAssignment[] = [];
  for (let r = 1; r <= grid.r; r++)
    for (let f = 1; f <= grid.f; f++)
      for (let m = 1; m <= grid.m; m++)
        out.push({ r, f, m, archetype: archetypeOf(toFivePoint(r, grid.r), toFivePoint(f, grid.f), toFivePoint(m, grid.m)) });
  return out;
}

/** FM = the mean of the 5-point F and M scores, rounded half up: frequent-but-small and rare-but-big meet in the middle. */
export function combinedFm(f5: number, m5: number): number {
  return Math.floor((f5 + m5) / 2 + 0.5);
}

const inRange = (value: number, [lo, hi]: readonly [number, number]) => value >= lo && value <= hi;

function firstMatchingRule(rules: readonly ScoreRule[], r5: number, f5: number, m5: number): string {
  return rules.find((rule) => inRange(r5, rule.r) && inRange(f5, rule.f) && inRange(m5, rule.m))?.archetype ?? 'others';
}

const byIds = (ids: readonly string[]) => ARCHETYPES.filter((a) => ids.includes(a.id));

const PRESETS: readonly ArchetypePreset[] = [
  {
    id: 'default',
    archetypes: byIds([...new Set(DEFAULT_R_BY_FM.flat())]),
    assign: (grid) => cells(grid, (r5, f5, m5) => DEFAULT_R_BY_FM[5 - r5][combinedFm(f5, m5) - 1]),
  },
  {
    id: 'rfm-package',
    archetypes: byIds([...RFM_PACKAGE_RULES.map((rule) => rule.archetype), 'others']),
    // The rules are written for 5-point scores; smaller grids are judged on their projection.
    assign: (grid) => cells(grid, (r5, f5, m5) => firstMatchingRule(RFM_PACKAGE_RULES, r5, f5, m5)),
  },
];

export const PRESET_IDS: readonly string[] = PRESETS.map((p) => p.id);

export function presetById(id: string): ArchetypePreset {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`unknown archetype preset "${id}"; known: ${PRESET_IDS.join(', ')}`);
  return preset;
}
