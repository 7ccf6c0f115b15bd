// Archetype presets as data, so that an editor can redraw them later. Names and descriptions
// are translated elsewhere (catalog key `archetype.<id>`); here are only ids, colours, value order
// and which cells belong to which archetype.
import type { ArchetypeId, ArchetypeStyle, RFmTablePresetData, RulesPresetData } from './archetypes';

/**
 * Colours from Paul Tol's schemes (muted, vibrant, bright, medium-contrast, dark) and Okabe-Ito,
 * which were designed to stay apart under colour-vision deficiency. Chosen so that every colour
 * has at least 3:1 contrast on white, and that under simulated protanopia, deuteranopia and
 * tritanopia (Machado 2009) any two stay at CIEDE2000 >= 7.5 and neighbours in value order
 * at >= 14, so adjacent rows of a table never look alike. Twelve categories cannot all be told
 * apart by colour alone under every deficiency, so charts should also label them.
 */
export const ARCHETYPE_STYLES: Readonly<Record<ArchetypeId, ArchetypeStyle>> = {
  champions: { color: '#117733', valueRank: 1 }, // deep green
  loyal: { color: '#009E73', valueRank: 2 }, // bluish green
  potential_loyalist: { color: '#999933', valueRank: 3 }, // olive
  new: { color: '#0077BB', valueRank: 4 }, // blue
  promising: { color: '#332288', valueRank: 5 }, // indigo
  need_attention: { color: '#997700', valueRank: 6 }, // ochre
  about_to_sleep: { color: '#6699CC', valueRank: 7 }, // pale blue
  at_risk: { color: '#EE6677', valueRank: 8 }, // red
  cant_lose: { color: '#882255', valueRank: 9 }, // wine
  hibernating: { color: '#CC79A7', valueRank: 10 }, // reddish purple
  lost: { color: '#663333', valueRank: 11 }, // dark red-brown
  others: { color: '#707070', valueRank: 12 }, // neutral grey
};

/**
 * Every grid size is projected onto this one table (archetypes.ts: projectScore, fmScore).
 * FM is the combined frequency-and-monetary score, so "frequent but small" and "rare but big"
 * customers meet in the middle columns.
 */
export const DEFAULT_PRESET: RFmTablePresetData = {
  id: 'default',
  archetypes: [
    'champions',
    'loyal',
    'potential_loyalist',
    'new',
    'promising',
    'need_attention',
    'about_to_sleep',
    'at_risk',
    'cant_lose',
    'hibernating',
    'lost',
  ],
  table: [
    //          FM 1              FM 2                  FM 3                  FM 4         FM 5
    /* R 5 */ ['new',            'potential_loyalist', 'potential_loyalist', 'champions', 'champions'],
    /* R 4 */ ['promising',      'potential_loyalist', 'potential_loyalist', 'loyal',     'champions'],
    /* R 3 */ ['about_to_sleep', 'about_to_sleep',     'need_attention',     'loyal',     'loyal'],
    /* R 2 */ ['hibernating',    'hibernating',        'at_risk',            'at_risk',   'cant_lose'],
    /* R 1 */ ['lost',           'lost',               'at_risk',            'at_risk',   'cant_lose'],
  ],
};

/**
 * The ten segments of the R package rfm 0.3.0 README, in its order (docs/rfm-r-package-notes.md,
 * section 4). As in rfm_segment(), ranges are inclusive and the first matching rule wins; cells no
 * rule contains are "others". The rules are written for 5-point scores; smaller grids are matched
 * on their projected scores (a 2-bin axis projects to 1 and 5).
 */
export const RFM_PACKAGE_PRESET: RulesPresetData = {
  id: 'rfm-package',
  archetypes: [
    'champions',
    'loyal',
    'potential_loyalist',
    'new',
    'promising',
    'need_attention',
    'about_to_sleep',
    'at_risk',
    'cant_lose',
    'lost',
    'others',
  ],
  rules: [
    { archetype: 'champions',          r: [5, 5], f: [5, 5], m: [5, 5] },
    { archetype: 'potential_loyalist', r: [3, 5], f: [3, 5], m: [2, 5] },
    { archetype: 'loyal',              r: [2, 4], f: [2, 4], m: [2, 4] },
    { archetype: 'promising',          r: [3, 4], f: [1, 3], m: [3, 5] },
    { archetype: 'new',                r: [4, 5], f: [1, 3], m: [1, 5] },
    { archetype: 'cant_lose',          r: [1, 2], f: [3, 4], m: [4, 5] },
    { archetype: 'at_risk',            r: [1, 2], f: [2, 5], m: [4, 5] },
    { archetype: 'need_attention',     r: [1, 3], f: [3, 5], m: [3, 5] },
    { archetype: 'about_to_sleep',     r: [2, 3], f: [1, 3], m: [1, 4] },
    { archetype: 'lost',               r: [1, 1], f: [1, 5], m: [1, 5] },
  ],
  fallback: 'others',
};
