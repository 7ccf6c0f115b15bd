// Archetype presets as data. Names and descriptions are translated elsewhere (catalog key
// `archetype.<id>`); here are only ids, colours and the value order.

export interface Archetype {
  id: string;
  /** Hex colour, readable on white; neighbours in value order differ in hue and lightness. */
  color: string;
  /** 1 = most valuable; orders tables and charts. */
  valueRank: number;
}

export const ARCHETYPES: readonly Archetype[] = [
  { id: 'champions', color: '#1b7a3e', valueRank: 1 },
  { id: 'loyal', color: '#2f9e6b', valueRank: 2 },
  { id: 'potential_loyalist', color: '#3a7bd5', valueRank: 3 },
  { id: 'new', color: '#33b5c9', valueRank: 4 },
  { id: 'promising', color: '#7a5cc7', valueRank: 5 },
  { id: 'need_attention', color: '#d4a017', valueRank: 6 },
  { id: 'about_to_sleep', color: '#e08a2c', valueRank: 7 },
  { id: 'at_risk', color: '#d9534f', valueRank: 8 },
  { id: 'cant_lose', color: '#a3195b', valueRank: 9 },
  { id: 'hibernating', color: '#8c7b6b', valueRank: 10 },
  { id: 'lost', color: '#5b5f66', valueRank: 11 },
  { id: 'others', color: '#b8bec7', valueRank: 12 },
];

/**
 * The eleven archetypes on a 5 x 5 grid: rows are R scores from 5 (top) to 1, columns the
 * combined FM score 1..5. Every grid size maps onto this one table (see archetypes.ts).
 */
export const DEFAULT_R_BY_FM: readonly (readonly string[])[] = [
  /* R5 */ ['new', 'potential_loyalist', 'potential_loyalist', 'champions', 'champions'],
  /* R4 */ ['promising', 'potential_loyalist', 'potential_loyalist', 'loyal', 'champions'],
  /* R3 */ ['about_to_sleep', 'about_to_sleep', 'need_attention', 'loyal', 'loyal'],
  /* R2 */ ['hibernating', 'hibernating', 'at_risk', 'at_risk', 'cant_lose'],
  /* R1 */ ['lost', 'lost', 'at_risk', 'at_risk', 'cant_lose'],
];

export interface ScoreRule {
  archetype: string;
  r: readonly [number, number];
  f: readonly [number, number];
  m: readonly [number, number];
}

/**
 * The ten segments of the R package rfm 0.3.0 README (docs/rfm-r-package-notes.md, section 4):
 * inclusive score ranges, the first matching rule wins, anything else is "others".
 */
export const RFM_PACKAGE_RULES: readonly ScoreRule[] = [
  { archetype: 'champions', r: [5, 5], f: [5, 5], m: [5, 5] },
  { archetype: 'potential_loyalist', r: [3, 5], f: [3, 5], m: [2, 5] },
  { archetype: 'loyal', r: [2, 4], f: [2, 4], m: [2, 4] },
  { archetype: 'promising', r: [3, 4], f: [1, 3], m: [3, 5] },
  { archetype: 'new', r: [4, 5], f: [1, 3], m: [1, 5] },
  { archetype: 'cant_lose', r: [1, 2], f: [3, 4], m: [4, 5] },
  { archetype: 'at_risk', r: [1, 2], f: [2, 5], m: [4, 5] },
  { archetype: 'need_attention', r: [1, 3], f: [3, 5], m: [3, 5] },
  { archetype: 'about_to_sleep', r: [2, 3], f: [1, 3], m: [1, 4] },
  { archetype: 'lost', r: [1, 1], f: [1, 5], m: [1, 5] },
];
