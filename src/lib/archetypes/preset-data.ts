// The built-in presets as data: ids, colours, value order and which cells belong to which
// archetype. Names and descriptions are translated elsewhere (presets.ts: presetNameKey); how a
// preset becomes a configuration on any grid is presets.ts too.
import type { RuleConditions } from './config';

/**
 * Every archetype of the two configuration presets, in value order (most valuable first).
 * Colours from Paul Tol's schemes (muted, vibrant, bright, medium-contrast, dark) and Okabe-Ito,
 * which were designed to stay apart under colour-vision deficiency. Chosen so that every colour
 * has at least 3:1 contrast on white, and that under simulated protanopia, deuteranopia and
 * tritanopia (Machado 2009) any two, Other's grey (config.ts) included, stay at CIEDE2000 >= 7.5
 * and neighbours in value order at >= 14, so adjacent rows of a table never look alike. Twelve
 * categories cannot all be told apart by colour alone under every deficiency, so charts should
 * also label them.
 */
export const PRESET_ARCHETYPES = [
  { id: 'champions', color: '#117733' }, // deep green
  { id: 'loyal', color: '#009E73' }, // bluish green
  { id: 'potential_loyalist', color: '#999933' }, // olive
  { id: 'new', color: '#0077BB' }, // blue
  { id: 'promising', color: '#332288' }, // indigo
  { id: 'need_attention', color: '#997700' }, // ochre
  { id: 'about_to_sleep', color: '#6699CC' }, // pale blue
  { id: 'at_risk', color: '#EE6677' }, // red
  { id: 'cant_lose', color: '#882255' }, // wine
  { id: 'hibernating', color: '#CC79A7' }, // reddish purple
  { id: 'lost', color: '#663333' }, // dark red-brown
] as const;

export type PresetArchetypeId = (typeof PRESET_ARCHETYPES)[number]['id'];

type FmRow = readonly [PresetArchetypeId, PresetArchetypeId, PresetArchetypeId, PresetArchetypeId, PresetArchetypeId];

/**
 * The default preset: every grid is projected onto this one table of R score (rows 5, 4, 3, 2, 1
 * from the top) by combined FM score (columns 1..5). FM is the frequency-and-monetary score, so
 * "frequent but small" and "rare but big" customers meet in the middle columns.
 */
export const DEFAULT_TABLE: readonly [FmRow, FmRow, FmRow, FmRow, FmRow] = [
  //          FM 1              FM 2                  FM 3                  FM 4         FM 5
  /* R 5 */ ['new',            'potential_loyalist', 'potential_loyalist', 'champions', 'champions'],
  /* R 4 */ ['promising',      'potential_loyalist', 'potential_loyalist', 'loyal',     'champions'],
  /* R 3 */ ['about_to_sleep', 'about_to_sleep',     'need_attention',     'loyal',     'loyal'],
  /* R 2 */ ['hibernating',    'hibernating',        'at_risk',            'at_risk',   'cant_lose'],
  /* R 1 */ ['lost',           'lost',               'at_risk',            'at_risk',   'cant_lose'],
];

export interface ScoreRule {
  archetype: PresetArchetypeId;
  /** Ranges on five scores, inclusive, as a configuration's rules write them. */
  when: Required<Pick<RuleConditions, 'r' | 'f' | 'm'>>;
}

/**
 * The ten segments of the R package rfm 0.3.0 README, in its order (docs/rfm-r-package-notes.md,
 * section 4). As in rfm_segment(), ranges are inclusive and the first matching rule wins; cells no
 * rule contains are Other, which the package calls "Others" too.
 */
export const RFM_PACKAGE_RULES: readonly ScoreRule[] = [
  { archetype: 'champions',          when: { r: [5, 5], f: [5, 5], m: [5, 5] } },
  { archetype: 'potential_loyalist', when: { r: [3, 5], f: [3, 5], m: [2, 5] } },
  { archetype: 'loyal',              when: { r: [2, 4], f: [2, 4], m: [2, 4] } },
  { archetype: 'promising',          when: { r: [3, 4], f: [1, 3], m: [3, 5] } },
  { archetype: 'new',                when: { r: [4, 5], f: [1, 3], m: [1, 5] } },
  { archetype: 'cant_lose',          when: { r: [1, 2], f: [3, 4], m: [4, 5] } },
  { archetype: 'at_risk',            when: { r: [1, 2], f: [2, 5], m: [4, 5] } },
  { archetype: 'need_attention',     when: { r: [1, 3], f: [3, 5], m: [3, 5] } },
  { archetype: 'about_to_sleep',     when: { r: [2, 3], f: [1, 3], m: [1, 4] } },
  { archetype: 'lost',               when: { r: [1, 1], f: [1, 5], m: [1, 5] } },
];
