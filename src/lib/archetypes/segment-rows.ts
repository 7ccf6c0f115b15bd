// Segments as people read them: each archetype's name (the user's, or its preset's in the user's
// language) and the segment totals in the configuration's value order. Pure, for the page, the
// exports and the command line alike.

import type { ScoreResult } from '../engine/api';
import { keyOf, messageKey } from '../i18n/keys';
import type { Translate } from '../i18n/translate';
import { type ArchetypeConfig, type ArchetypeDef, OTHER_COLOR, OTHER_ID } from './config';
import { isConfigPresetId, presetNameKey } from './presets';

/** A segment's size and worth, and its shares of all scored customers. */
export interface SegmentFigures {
  customers: number;
  customerShare: number;
  purchases: number;
  revenue: number;
  revenueShare: number;
  /** Net revenue per purchase (average check); null without purchases. */
  averageOrderValue: number | null;
}

export interface SegmentRow extends SegmentFigures {
  id: string;
  /** As the user named it, or the preset's name in the user's language. */
  name: string;
  /** The user's words: who these customers are, and the first thing to do with them (may be empty). */
  description: string;
  action: string;
  color: string;
  /** 1 = most valuable (the configuration's order); Other comes last. */
  valueRank: number;
}

/** The catalog name of the preset archetype `def` started as, in a configuration based on `basedOn`; its id if none. */
export function presetArchetypeName(def: ArchetypeDef, basedOn: string, t: Translate): string {
  // A stored configuration may name a preset archetype this version does not know.
  const key = def.preset ? messageKey(presetNameKey(basedOn, def.preset)) : null;
  return key ? t(key) : def.id;
}

/** An archetype's name: the user's, or its preset's from the catalog; Other's from the catalog. */
export function archetypeName(def: ArchetypeDef | null, basedOn: string, t: Translate): string {
  if (!def) return t(keyOf('archetype', OTHER_ID));
  return def.name || presetArchetypeName(def, basedOn, t);
}

/** A configuration's name: the user's, or its preset's from the catalog. */
export function configName(config: ArchetypeConfig, t: Translate): string {
  if (config.name) return config.name;
  return isConfigPresetId(config.id) ? t(keyOf('preset', config.id)) : t('editor.unnamed');
}

/** Segment names by id, Other included: for exports and labels. */
export function segmentNames(config: ArchetypeConfig, t: Translate): Record<string, string> {
  return Object.fromEntries([...config.archetypes.map((a) => [a.id, archetypeName(a, config.basedOn, t)]), [OTHER_ID, archetypeName(null, config.basedOn, t)]]);
}

/** The colour a segment is drawn in: its archetype's, or Other's for Other and for an id the configuration no longer has. */
export function segmentColor(config: ArchetypeConfig, id: string): string {
  return config.archetypes.find((a) => a.id === id)?.color ?? OTHER_COLOR;
}

/** Segment totals in the configuration's value order, Other last; segments nobody falls into are left out. */
export function segmentRows(result: ScoreResult, config: ArchetypeConfig, t: Translate): SegmentRow[] {
  const totals = new Map(result.segments.map((s) => [s.segment, s]));
  const { customers, revenue } = result.summary;
  const defs: { def: ArchetypeDef | null; id: string; color: string }[] = [
    ...config.archetypes.map((def) => ({ def, id: def.id, color: def.color })),
    { def: null, id: OTHER_ID, color: OTHER_COLOR },
  ];
  return defs
    .map((d, i) => ({ ...d, rank: i + 1, total: totals.get(d.id) }))
    .filter((d) => d.total && d.total.customers > 0)
    .map(({ def, id, color, rank, total }) => {
      const t_ = total!;
      return {
        id,
        name: archetypeName(def, config.basedOn, t),
        description: def?.description ?? '',
        action: def?.playbook.actions.find((item) => item.trim() !== '')?.trim() ?? '',
        color,
        valueRank: rank,
        customers: t_.customers,
        customerShare: customers ? t_.customers / customers : 0,
        purchases: t_.purchases,
        revenue: t_.revenue,
        revenueShare: revenue ? t_.revenue / revenue : 0,
        averageOrderValue: t_.purchases ? t_.revenue / t_.purchases : null,
      };
    });
}
