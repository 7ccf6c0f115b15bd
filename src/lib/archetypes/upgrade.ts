// Configurations of an older format, made current. Format 1 (until issue 16) had no playbooks:
// each archetype gets its preset's goal (by its `preset` field), or "keep" for one the user made,
// and no texts of its own, so a preset's archetype shows the prefilled playbook exactly as one
// made today does. Called by validate.ts on stored records and imported files alike, after the
// format-1 fields have been checked; pure, so the same file always upgrades the same way.

import { type ArchetypeConfig, type ArchetypeDef, CONFIG_FORMAT } from './config';
import { blankPlaybook } from './playbook';

/** A configuration as format 1 wrote it. */
export interface ArchetypeConfigV1 extends Omit<ArchetypeConfig, 'format' | 'archetypes'> {
  format: 1;
  archetypes: Omit<ArchetypeDef, 'playbook'>[];
}

export function upgradeConfig(v1: ArchetypeConfigV1): ArchetypeConfig {
  return {
    ...v1,
    format: CONFIG_FORMAT,
    archetypes: v1.archetypes.map((a) => ({ ...a, playbook: blankPlaybook(a.preset) })),
  };
}
