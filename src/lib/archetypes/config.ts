// The archetype configuration: how customers are segmented, as users shape it in the editor.
// This type, with its comments, is the documented format of a configuration; export files are
// this object as JSON, and validate.ts checks every field on load and on import.
//
// Segmentation, first match wins:
//   1. rule segments, in the order of `rules` (only `enabled` ones);
//   2. the cell map: the archetype of the customer's (R, F, M) cell;
//   3. "Other" (OTHER_ID) for a cell the map leaves unassigned. Other is always shown, never hidden.

/**
 * Version of this format; a file with a higher number was written by a newer app. 1: no
 * playbooks (upgraded on load by upgrade.ts); 2: each archetype has its playbook. Both once had
 * a single free-text `action` per archetype: read on load into the playbook's recommended
 * actions (upgrade.ts), never written.
 */
export const CONFIG_FORMAT = 2;

/** The segment of customers no rule and no cell assigns. Reserved: no archetype may use this id. */
export const OTHER_ID = 'others';

/** Other's colour wherever segments are drawn: a neutral grey, 3:1 on white like the presets'. */
export const OTHER_COLOR = '#707070';

export interface Grid {
  /** Bins (scores) per axis, each 2..5. */
  r: number;
  f: number;
  m: number;
}

/** What the shop wants from an archetype's customers. */
export const PLAYBOOK_GOALS = ['keep', 'grow', 'wake_up', 'win_back', 'let_go'] as const;
export type PlaybookGoal = (typeof PLAYBOOK_GOALS)[number];

/**
 * An archetype's playbook; the user's free text. Empty texts of a preset's archetype mean its
 * prefilled ones, shown in the user's language (playbook.ts), exactly as an empty `name` does.
 */
export interface Playbook {
  goal: PlaybookGoal;
  /** Recommended actions, one item each. */
  actions: string[];
  /** Things to avoid, one item each. */
  avoid: string[];
  offer: string;
}

export interface ArchetypeDef {
  /** Stable within the configuration: cells and rules refer to it. */
  id: string;
  /**
   * What the user calls it, in any language. Empty for an archetype of a preset the user has not
   * renamed: the app then shows the catalog name of `preset` in the user's language.
   */
  name: string;
  /** `#rrggbb`. */
  color: string;
  /** Free text shown on the segment card: who these customers are. */
  description: string;
  /** The preset archetype this one started as (for its translated name and texts), if any. */
  preset?: string;
  /** Goal, actions, things to avoid and offer. */
  playbook: Playbook;
}

/** Inclusive score range on the configuration's grid, for example [4, 5]. */
export type ScoreRange = [lo: number, hi: number];

/** Every condition given must hold; an absent condition always holds. */
export interface RuleConditions {
  r?: ScoreRange;
  f?: ScoreRange;
  m?: ScoreRange;
  /** Purchases (orders with a positive value) before the as-of date: at least / at most. */
  minOrders?: number;
  maxOrders?: number;
  /** Net spend before the as-of date: more than / at most. */
  minSpend?: number;
  maxSpend?: number;
  /** Days from the last purchase to the as-of date: at most / more than. */
  maxRecencyDays?: number;
  minRecencyDays?: number;
}

export interface RuleSegment {
  id: string;
  /** The archetype the customers it matches join. */
  archetype: string;
  enabled: boolean;
  when: RuleConditions;
  /** The preset it came from (vip, forgotten, newcomers), for its translated label. */
  preset?: string;
}

export interface ArchetypeConfig {
  format: typeof CONFIG_FORMAT;
  id: string;
  /** The user's name for the configuration; empty for a preset's (then translated). */
  name: string;
  /** The preset it was made from, for "reset to preset" and its translated name. */
  basedOn: string;
  grid: Grid;
  /** In value order: the first is the most valuable (tables, legends, "moved up/down"). */
  archetypes: ArchetypeDef[];
  /** Cell "r-f-m" (scores on `grid`) to archetype id; a missing cell is Other. */
  cells: Record<string, string>;
  /** Checked in this order before the cell map; the first that matches wins. */
  rules: RuleSegment[];
  /** ISO timestamp of the last change. */
  updatedAt: string;
  /**
   * Bumped by every save on this device, so a tab never saves over a version it has not seen
   * (lib/storage/revision.ts). Absent in configurations saved before it existed (counts as 0).
   */
  revision?: number;
}

export function cellKey(r: number, f: number, m: number): string {
  return `${r}-${f}-${m}`;
}

/** Every cell of a grid, in ascending (r, f, m) order. */
export function gridCells(grid: Grid): { r: number; f: number; m: number; key: string }[] {
  const cells: { r: number; f: number; m: number; key: string }[] = [];
  for (let r = 1; r <= grid.r; r++) for (let f = 1; f <= grid.f; f++) for (let m = 1; m <= grid.m; m++) cells.push({ r, f, m, key: cellKey(r, f, m) });
  return cells;
}
