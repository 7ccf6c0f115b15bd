// Configurations made from the presets: the 11 archetypes (one R x FM table projected onto any
// grid) and the R rfm package's rules, plus three rule segments from CVM practice.

import { ARCHETYPE_STYLES } from '../rfm/archetype-presets';
import { type ArchetypeId, presetById } from '../rfm/archetypes';
import { type ArchetypeConfig, type ArchetypeDef, cellKey, CONFIG_FORMAT, type Grid, OTHER_ID, type RuleSegment } from './config';

export const CONFIG_PRESETS = ['default', 'rfm-package'] as const;
export type ConfigPresetId = (typeof CONFIG_PRESETS)[number];

export const RULE_PRESETS = ['vip', 'forgotten', 'newcomers'] as const;
export type RulePresetId = (typeof RULE_PRESETS)[number];

/** Colours of the rule presets' archetypes: apart from the eleven (archetype-presets.ts) and 3:1 on white. */
const RULE_PRESET_COLORS: Record<RulePresetId, string> = { vip: '#AA3377', forgotten: '#BB5500', newcomers: '#004488' };

export function presetArchetype(id: string, color: string): ArchetypeDef {
  return { id, name: '', color, description: '', action: '', preset: id };
}

/** A configuration equal to a preset on this grid; `id` and `updatedAt` as given. */
export function configFromPreset(preset: ConfigPresetId, grid: Grid, id: string = preset, now = new Date()): ArchetypeConfig {
  const source = presetById(preset);
  const cells: Record<string, string> = {};
  for (const cell of source.assign(grid)) if (cell.archetype !== OTHER_ID) cells[cellKey(cell.r, cell.f, cell.m)] = cell.archetype;
  return {
    format: CONFIG_FORMAT,
    id,
    name: '',
    basedOn: preset,
    grid: { ...grid },
    archetypes: source.archetypes.filter((a) => a.id !== OTHER_ID).map((a) => presetArchetype(a.id, ARCHETYPE_STYLES[a.id as ArchetypeId].color)),
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

export const isPresetId = (id: string): id is ConfigPresetId => (CONFIG_PRESETS as readonly string[]).includes(id);
