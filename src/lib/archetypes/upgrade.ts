// Configurations of an older format, made current. Format 1 (until issue 16) had no playbooks:
// each archetype gets its preset's goal (by its `preset` field), or "keep" for one the user made,
// and no texts of its own, so a preset's archetype shows the prefilled playbook exactly as one
// made today does. The single free-text `action` both formats once had (what to do with them)
// becomes the recommended actions, one a line, as the segment page showed it, in place of the
// prefilled ones exactly as it replaced them there. Called by validate.ts on stored records and imported files alike, after the
// format-1 fields have been checked; pure, so the same file always upgrades the same way.

import { type ArchetypeConfig, type ArchetypeDef, CONFIG_FORMAT, type Playbook } from './config';
import { blankPlaybook, MAX_PLAYBOOK_ITEMS } from './playbook';

/** An archetype as format 1 wrote it: no playbook, a free-text action. */
export type ArchetypeDefV1 = Omit<ArchetypeDef, 'playbook'> & { action: string };

/** A configuration as format 1 wrote it. */
export interface ArchetypeConfigV1 extends Omit<ArchetypeConfig, 'format' | 'archetypes'> {
  format: 1;
  archetypes: ArchetypeDefV1[];
}

/** `playbook` with the legacy `action` text as its recommended actions, unless it has actions of its own. */
export function foldAction(playbook: Playbook, action: string | undefined): Playbook {
  const lines = (action ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length === 0 || playbook.actions.some((item) => item.trim() !== '')) return playbook;
  return { ...playbook, actions: lines.slice(0, MAX_PLAYBOOK_ITEMS) };
}

export function upgradeConfig(v1: ArchetypeConfigV1): ArchetypeConfig {
  return {
    ...v1,
    format: CONFIG_FORMAT,
    archetypes: v1.archetypes.map(({ action, ...a }) => ({ ...a, playbook: foldAction(blankPlaybook(a.preset), action) })),
  };
}
