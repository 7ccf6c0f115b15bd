// Configurations made from the presets (preset-data.ts): the 11 archetypes (one R x FM table) and
// the R rfm package's rules, both written for five scores and projected onto any grid; plus three
// rule segments from CVM practice.

import { MAX_BINS, MIN_BINS } from '../rfm/cuts';
import { type ArchetypeConfig, type ArchetypeDef, CONFIG_FORMAT, type Grid, gridCells, type RuleSegment } from './config';
import { DEFAULT_TABLE, PRESET_ARCHETYPES, type PresetArchetypeId, RFM_PACKAGE_RULES } from './preset-data';
import { blankPlaybook } from './playbook';
import { mapScore } from './remap';
import { scoresWithin } from './segment';

export const CONFIG_PRESETS = ['default', 'rfm-package'] as const;
export type ConfigPresetId = (typeof CONFIG_PRESETS)[number];
export const isConfigPresetId = (id: string): id is ConfigPresetId => (CONFIG_PRESETS as readonly string[]).includes(id);

export const RULE_PRESETS = ['vip', 'forgotten', 'newcomers'] as const;
export type RulePresetId = (typeof RULE_PRESETS)[number];

/** Colours of the rule presets' archetypes: apart from the eleven (preset-data.ts) and 3:1 on white. */
const RULE_PRESET_COLORS: Record<RulePresetId, string> = { vip: '#AA3377', forgotten: '#BB5500', newcomers: '#004488' };

/** The scores per axis the preset data is written for. */
const PRESET_BINS = 5;

/** The mean of the F and M scores, rounded half up: (5, 4) -> 5, (3, 4) -> 4. */
const fmScore = (f: number, m: number): number => Math.floor((f + m + 1) / 2);

type ArchetypeAt = (r: number, f: number, m: number) => PresetArchetypeId | null;

interface PresetSource {
  /** The archetype of a cell, from its scores on five bins; null leaves the cell to Other. */
  archetypeAt: ArchetypeAt;
  /** Those its cells reach, in the value order of preset-data.ts. */
  archetypes: readonly { id: PresetArchetypeId; color: string }[];
  /** Catalog key of its archetypes' names, before the id. */
  names: string;
}

function presetSource(names: string, archetypeAt: ArchetypeAt): PresetSource {
  const reached = new Set(gridCells({ r: PRESET_BINS, f: PRESET_BINS, m: PRESET_BINS }).map((c) => archetypeAt(c.r, c.f, c.m)));
  return { archetypeAt, archetypes: PRESET_ARCHETYPES.filter((a) => reached.has(a.id)), names };
}

const SOURCES: Record<ConfigPresetId, PresetSource> = {
  default: presetSource('archetype.', (r, f, m) => DEFAULT_TABLE[PRESET_BINS - r][fmScore(f, m) - 1]),
  // The package's own English names (Loyal Customers, About To Sleep, Can't Lose Them), so an
  // export reads as R users know it.
  'rfm-package': presetSource(
    'archetype.rfm-package.',
    (r, f, m) => RFM_PACKAGE_RULES.find((rule) => scoresWithin(rule.when, { r, f, m }))?.archetype ?? null,
  ),
};

export function presetArchetype(id: string, color: string): ArchetypeDef {
  return { id, name: '', color, description: '', preset: id, playbook: blankPlaybook(id) };
}

/**
 * Catalog key of the name of preset archetype `preset` (ArchetypeDef.preset) in a configuration
 * based on `basedOn`: "loyal" is Loyal among the eleven archetypes and Loyal Customers among the
 * R package's segments. Reading it from the configuration, not from the stored archetype, names
 * configurations saved before the R package had names of its own the same way. The rule presets'
 * archetypes, and those of a preset this app does not know, are named by their id alone.
 */
export function presetNameKey(basedOn: string, preset: string): string {
  const source = isConfigPresetId(basedOn) ? SOURCES[basedOn] : null;
  return source?.archetypes.some((a) => a.id === preset) ? `${source.names}${preset}` : `archetype.${preset}`;
}

function checkGrid(grid: Grid): void {
  for (const axis of ['r', 'f', 'm'] as const) {
    const bins = grid[axis];
    if (!Number.isInteger(bins) || bins < MIN_BINS || bins > MAX_BINS) {
      throw new RangeError(`Bins for ${axis.toUpperCase()} must be an integer from ${MIN_BINS} to ${MAX_BINS}, got ${bins}`);
    }
  }
}

/**
 * A configuration equal to a preset on this grid; `id` and `updatedAt` as given. Each score is
 * projected onto the five the presets are written for by relative position (remap.ts), so n = 4
 * gives 1, 2, 4, 5, n = 3 gives 1, 3, 5 and n = 2 gives 1 and 5: the best cell of any grid is the
 * best of the preset and the worst its worst (a band-midpoint projection would put a 2-bin grid at
 * 2 and 4, where neither is reachable).
 */
export function configFromPreset(preset: ConfigPresetId, grid: Grid, id: string = preset, now = new Date()): ArchetypeConfig {
  checkGrid(grid);
  const source = SOURCES[preset];
  const onFive = (score: number, bins: number) => mapScore(score, bins, PRESET_BINS);
  const cells: Record<string, string> = {};
  for (const cell of gridCells(grid)) {
    const archetype = source.archetypeAt(onFive(cell.r, grid.r), onFive(cell.f, grid.f), onFive(cell.m, grid.m));
    if (archetype) cells[cell.key] = archetype;
  }
  return {
    format: CONFIG_FORMAT,
    id,
    name: '',
    basedOn: preset,
    grid: { ...grid },
    archetypes: source.archetypes.map((a) => presetArchetype(a.id, a.color)),
    cells,
    rules: [],
    updatedAt: now.toISOString(),
  };
}

/** The top `n` scores of an axis with `bins` scores, as a range: [bins - n + 1, bins]. */
const top = (bins: number, n: number): [number, number] => [Math.max(1, bins - n + 1), bins];
const bottom = (bins: number, n: number): [number, number] => [1, Math.min(bins, n)];
/** Two of five scores, one of two or three. */
const band = (bins: number) => (bins >= 4 ? 2 : 1);

/** A rule preset on a grid, and the archetype it needs. */
export function rulePreset(preset: RulePresetId, grid: Grid, id: string): { rule: RuleSegment; archetype: ArchetypeDef } {
  const archetype = presetArchetype(preset, RULE_PRESET_COLORS[preset]);
  const when =
    preset === 'vip'
      ? // Frequent and high spend, whenever they last bought.
        { f: top(grid.f, band(grid.f)), m: top(grid.m, 1) }
      : preset === 'forgotten'
        ? // Bought recently, but rarely and for small sums: R 4-5, F 1-2, M 1-2 on five scores.
          { r: top(grid.r, band(grid.r)), f: bottom(grid.f, band(grid.f)), m: bottom(grid.m, band(grid.m)) }
        : // Newcomers: one purchase, made in the last 30 days.
          { minOrders: 1, maxOrders: 1, maxRecencyDays: 30 };
  return { rule: { id, archetype: preset, enabled: true, when, preset }, archetype };
}
