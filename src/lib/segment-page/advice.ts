// What to do with a segment: who its customers are, recommended actions and things to avoid.
// Every built-in archetype (the two presets' and the rule presets') and Other has default texts
// in the message catalog: who they are (advice.<preset>.about) and what to do and avoid, which
// are its playbook's (archetypes/playbook.ts; Other, which has no playbook: advice.others.do|avoid,
// one item a line). They are
// resolved here, when shown, never written into a configuration: a stored or exported
// configuration keeps the user's own text or nothing, so it shows the defaults in whatever
// language it is opened in, and a better default in a later version reaches it too. The user's
// text wins: a description replaces the default one, the playbook's own actions, things to avoid
// and offer the prefilled ones (each on its own).

import { OTHER_ID, type ArchetypeDef } from '../archetypes/config';
import { PRESET_ARCHETYPES } from '../archetypes/preset-data';
import { RULE_PRESETS } from '../archetypes/presets';
import { hasOwnTexts, prefilledAdvice, shownPlaybook } from '../archetypes/playbook';
import { keyOf } from '../i18n/keys';
import type { Translate } from '../i18n/translate';

/** Every archetype with default texts, and Other. */
export const ADVICE_IDS = [...PRESET_ARCHETYPES.map((a) => a.id), ...RULE_PRESETS, OTHER_ID] as const;
export type AdviceId = (typeof ADVICE_IDS)[number];

const isAdviceId = (id: string | undefined): id is AdviceId => id !== undefined && (ADVICE_IDS as readonly string[]).includes(id);

export interface SegmentAdvice {
  description: string;
  actions: string[];
  avoid: string[];
  /** What to offer them: the playbook's (Other has none). */
  offer: string;
  /** Where the description and playbook come from: the user's own words, the defaults, or nothing at all. */
  source: 'own' | 'default' | 'none';
}

const items = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** The defaults of a built-in archetype (or Other), in the language of `t`. */
export function defaultAdvice(id: AdviceId, t: Translate): { description: string; actions: string[]; avoid: string[] } {
  const playbook = prefilledAdvice(id, t);
  return {
    description: t(keyOf('advice', id, 'about')),
    actions: playbook?.actions ?? items(t('advice.others.do')),
    avoid: playbook?.avoid ?? items(t('advice.others.avoid')),
  };
}

/** The archetype whose defaults `def` shows: its preset's; Other's for Other (`def` null). */
export function adviceIdOf(def: ArchetypeDef | null): AdviceId | null {
  if (!def) return OTHER_ID;
  return isAdviceId(def.preset) ? def.preset : null;
}

/** What the segment page says to do with a segment: the user's text where given, else the defaults. */
export function segmentAdvice(def: ArchetypeDef | null, t: Translate): SegmentAdvice {
  const id = adviceIdOf(def);
  const defaults = id ? defaultAdvice(id, t) : { description: '', actions: [], avoid: [] };
  const ownDescription = def?.description.trim() ?? '';
  const own = ownDescription !== '' || (def !== null && hasOwnTexts(def.playbook));
  const description = ownDescription || defaults.description;
  // Other has no playbook: its defaults; an archetype shows its playbook (own words or prefill).
  const playbook = def ? shownPlaybook(def, t) : { actions: defaults.actions, avoid: defaults.avoid, offer: '' };
  const { actions, avoid, offer } = playbook;
  return {
    description,
    actions,
    avoid,
    offer,
    source: own ? 'own' : description || actions.length || avoid.length || offer ? 'default' : 'none',
  };
}

/** The editor's placeholder: the default description an empty field stands for. */
export function adviceHints(def: ArchetypeDef, t: Translate): { description: string } | null {
  const id = adviceIdOf(def);
  return id ? { description: defaultAdvice(id, t).description } : null;
}
