// Archetypes: which named customer group each RFM cell (r, f, m) belongs to.
// The presets are data (archetype-presets.ts) so that an editor can redraw them later;
// this module only projects cells onto the 5-point scale and reads that data.
import { ARCHETYPE_STYLES, DEFAULT_PRESET, RFM_PACKAGE_PRESET } from './archetype-presets';
import { MAX_BINS, MIN_BINS } from './cuts';

export type ArchetypeId =
  | 'champions'
  | 'loyal'
  | 'potential_loyalist'
  | 'new'
  | 'promising'
  | 'need_attention'
  | 'about_to_sleep'
  | 'at_risk'
  | 'cant_lose'
  | 'hibernating'
  | 'lost'
  | 'others';

/** Names and descriptions are catalog keys `archetype.<id>`, not stored here. */
export interface Archetype {
  id: string;
  /** Hex colour, distinct within a preset and at least 3:1 against white. */
  color: string;
  /** 1 = most valuable; orders tables and legends. */
  valueRank: number;
}

/** Bins per axis, each 2..5. */
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
  /** Ordered by valueRank. */
  archetypes: Archetype[];
  /** One entry per cell of the grid, in ascending (r, f, m) order. */
  assign(grid: Grid): CellAssignment[];
}

export type ArchetypeStyle = Omit<Archetype, 'id'>;

type FmRow = readonly [ArchetypeId, ArchetypeId, ArchetypeId, ArchetypeId, ArchetypeId];

/** Rows are R = 5, 4, 3, 2, 1 (top to bottom); columns are FM = 1..5 (left to right). */
export type RFmTable = readonly [FmRow, FmRow, FmRow, FmRow, FmRow];

export interface RFmTablePresetData {
  id: string;
  archetypes: readonly ArchetypeId[];
  table: RFmTable;
}

/** Inclusive bounds on the 5-point scale. */
export type ScoreRange = readonly [lo: number, hi: number];

export interface SegmentRule {
  archetype: ArchetypeId;
  r: ScoreRange;
  f: ScoreRange;
  m: ScoreRange;
}

export interface RulesPresetData {
  id: string;
  archetypes: readonly ArchetypeId[];
  /** Checked in order; the first rule that contains the cell wins. */
  rules: readonly SegmentRule[];
  /** For cells no rule contains. */
  fallback: ArchetypeId;
}

export function cellKey(r: number, f: number, m: number): string {
  return `${r}-${f}-${m}`;
}

/**
 * Projects score `s` out of `n` bins onto the 5-point scale the preset tables are written for,
 * spreading the scores evenly from 1 to 5: s5 = 1 + round(4 (s - 1) / (n - 1)). n = 5 is the
 * identity, n = 4 gives 1, 2, 4, 5, n = 3 gives 1, 3, 5 and n = 2 gives 1 and 5, so the best
 * cell of any grid is Champions and the worst Lost (a band-midpoint projection would put a
 * 2-bin grid at 2 and 4, where neither is reachable). 4 (s - 1) / (n - 1) is never x.5.
 */
export function projectScore(s: number, n: number): number {
  checkBins(n, 'bins');
  if (!Number.isInteger(s) || s < 1 || s > n) {
    throw new RangeError(`Score ${s} is outside 1..${n}`);
  }
  return 1 + Math.round((4 * (s - 1)) / (n - 1));
}

/** The mean of the 5-point F and M scores, rounded half up: (5, 4) -> 5, (3, 4) -> 4. */
export function fmScore(f5: number, m5: number): number {
  return Math.floor((f5 + m5 + 1) / 2);
}

function checkBins(n: number, axis: string): void {
  if (!Number.isInteger(n) || n < MIN_BINS || n > MAX_BINS) {
    throw new RangeError(`Bins for ${axis} must be an integer from ${MIN_BINS} to ${MAX_BINS}, got ${n}`);
  }
}

function eachCell(grid: Grid, archetypeAt: (r5: number, f5: number, m5: number) => string): CellAssignment[] {
  checkBins(grid.r, 'R');
  checkBins(grid.f, 'F');
  checkBins(grid.m, 'M');
  const cells: CellAssignment[] = [];
  for (let r = 1; r <= grid.r; r++) {
    for (let f = 1; f <= grid.f; f++) {
      for (let m = 1; m <= grid.m; m++) {
        const archetype = archetypeAt(projectScore(r, grid.r), projectScore(f, grid.f), projectScore(m, grid.m));
        cells.push({ r, f, m, archetype });
      }
    }
  }
  return cells;
}

function archetypeList(ids: readonly ArchetypeId[]): Archetype[] {
  return ids.map((id) => ({ id, ...ARCHETYPE_STYLES[id] })).sort((a, b) => a.valueRank - b.valueRank);
}

function rfmTablePreset(data: RFmTablePresetData): ArchetypePreset {
  return {
    id: data.id,
    archetypes: archetypeList(data.archetypes),
    assign: (grid) => eachCell(grid, (r5, f5, m5) => data.table[5 - r5][fmScore(f5, m5) - 1]),
  };
}

const within = (score: number, [lo, hi]: ScoreRange): boolean => score >= lo && score <= hi;

/** Rules are written for 5-point scores; smaller grids are matched on their projected scores. */
function rulesPreset(data: RulesPresetData): ArchetypePreset {
  return {
    id: data.id,
    archetypes: archetypeList(data.archetypes),
    assign: (grid) =>
      eachCell(grid, (r5, f5, m5) => {
        const rule = data.rules.find((x) => within(r5, x.r) && within(f5, x.f) && within(m5, x.m));
        return rule ? rule.archetype : data.fallback;
      }),
  };
}

const PRESETS: readonly ArchetypePreset[] = [rfmTablePreset(DEFAULT_PRESET), rulesPreset(RFM_PACKAGE_PRESET)];

export const PRESET_IDS: readonly string[] = PRESETS.map((p) => p.id);

export function presetById(id: string): ArchetypePreset {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) {
    throw new Error(`Unknown archetype preset "${id}"; known presets: ${PRESET_IDS.join(', ')}`);
  }
  return preset;
}
