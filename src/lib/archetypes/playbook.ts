// The playbook of an archetype: what the shop wants from these customers (the goal), what to do
// and what to avoid, and what to offer. Stored in each ArchetypeDef (config.ts). As with `name`,
// an empty text of a preset's archetype means "the prefilled text": the catalog's, resolved here
// when shown in the user's language and never written into a configuration, so a stored or
// exported configuration keeps only the user's own words and a better prefill reaches it too.
// The prefills follow CVM practice: reward Champions without training them to wait for discounts;
// a personal win-back and "why did you leave" for At Risk and Can't Lose Them; one attempt for
// Lost, then stop.

import { keyOf } from '../i18n/keys';
import type { TranslationKey } from '../i18n/types';
import type { Translate } from '../i18n/translate';
import { type ArchetypeConfig, type ArchetypeDef, type Playbook, PLAYBOOK_GOALS, type PlaybookGoal } from './config';

// The type is part of the configuration format (config.ts); re-exported for those that only need playbooks.
export { PLAYBOOK_GOALS, type Playbook, type PlaybookGoal } from './config';

export const isPlaybookGoal = (v: unknown): v is PlaybookGoal => (PLAYBOOK_GOALS as readonly unknown[]).includes(v);

/** A playbook is a short plan, not a document: at most this many actions, and as many things to avoid. */
export const MAX_PLAYBOOK_ITEMS = 10;

type PlaybookKey = Extract<TranslationKey, `playbook.${string}`>;

interface PrefilledPlaybook {
  goal: PlaybookGoal;
  actions: readonly PlaybookKey[];
  avoid: readonly PlaybookKey[];
  offer: PlaybookKey;
}

/**
 * Every built-in archetype's prefilled playbook: the eleven of the two configuration presets
 * (preset-data.ts) and the rule presets' three (presets.ts). Hibernating is "wake up": one
 * low-cost reminder, and out of regular mailings if it goes unanswered.
 */
export const PREFILLED_PLAYBOOKS = {
  champions: {
    goal: 'keep',
    actions: ['playbook.champions.actions.1', 'playbook.champions.actions.2', 'playbook.champions.actions.3', 'playbook.champions.actions.4'],
    avoid: ['playbook.champions.avoid.1', 'playbook.champions.avoid.2'],
    offer: 'playbook.champions.offer',
  },
  loyal: {
    goal: 'grow',
    actions: ['playbook.loyal.actions.1', 'playbook.loyal.actions.2', 'playbook.loyal.actions.3'],
    avoid: ['playbook.loyal.avoid.1', 'playbook.loyal.avoid.2'],
    offer: 'playbook.loyal.offer',
  },
  potential_loyalist: {
    goal: 'grow',
    actions: ['playbook.potential_loyalist.actions.1', 'playbook.potential_loyalist.actions.2', 'playbook.potential_loyalist.actions.3'],
    avoid: ['playbook.potential_loyalist.avoid.1', 'playbook.potential_loyalist.avoid.2'],
    offer: 'playbook.potential_loyalist.offer',
  },
  new: {
    goal: 'grow',
    actions: ['playbook.new.actions.1', 'playbook.new.actions.2', 'playbook.new.actions.3'],
    avoid: ['playbook.new.avoid.1', 'playbook.new.avoid.2'],
    offer: 'playbook.new.offer',
  },
  promising: {
    goal: 'grow',
    actions: ['playbook.promising.actions.1', 'playbook.promising.actions.2', 'playbook.promising.actions.3'],
    avoid: ['playbook.promising.avoid.1', 'playbook.promising.avoid.2'],
    offer: 'playbook.promising.offer',
  },
  need_attention: {
    goal: 'wake_up',
    actions: ['playbook.need_attention.actions.1', 'playbook.need_attention.actions.2', 'playbook.need_attention.actions.3'],
    avoid: ['playbook.need_attention.avoid.1', 'playbook.need_attention.avoid.2'],
    offer: 'playbook.need_attention.offer',
  },
  about_to_sleep: {
    goal: 'wake_up',
    actions: ['playbook.about_to_sleep.actions.1', 'playbook.about_to_sleep.actions.2', 'playbook.about_to_sleep.actions.3'],
    avoid: ['playbook.about_to_sleep.avoid.1', 'playbook.about_to_sleep.avoid.2'],
    offer: 'playbook.about_to_sleep.offer',
  },
  at_risk: {
    goal: 'win_back',
    actions: ['playbook.at_risk.actions.1', 'playbook.at_risk.actions.2', 'playbook.at_risk.actions.3'],
    avoid: ['playbook.at_risk.avoid.1', 'playbook.at_risk.avoid.2'],
    offer: 'playbook.at_risk.offer',
  },
  cant_lose: {
    goal: 'win_back',
    actions: ['playbook.cant_lose.actions.1', 'playbook.cant_lose.actions.2', 'playbook.cant_lose.actions.3'],
    avoid: ['playbook.cant_lose.avoid.1', 'playbook.cant_lose.avoid.2'],
    offer: 'playbook.cant_lose.offer',
  },
  hibernating: {
    goal: 'wake_up',
    actions: ['playbook.hibernating.actions.1', 'playbook.hibernating.actions.2'],
    avoid: ['playbook.hibernating.avoid.1', 'playbook.hibernating.avoid.2'],
    offer: 'playbook.hibernating.offer',
  },
  lost: {
    goal: 'let_go',
    actions: ['playbook.lost.actions.1', 'playbook.lost.actions.2'],
    avoid: ['playbook.lost.avoid.1', 'playbook.lost.avoid.2'],
    offer: 'playbook.lost.offer',
  },
  vip: {
    goal: 'keep',
    actions: ['playbook.vip.actions.1', 'playbook.vip.actions.2', 'playbook.vip.actions.3'],
    avoid: ['playbook.vip.avoid.1', 'playbook.vip.avoid.2'],
    offer: 'playbook.vip.offer',
  },
  forgotten: {
    goal: 'grow',
    actions: ['playbook.forgotten.actions.1', 'playbook.forgotten.actions.2', 'playbook.forgotten.actions.3'],
    avoid: ['playbook.forgotten.avoid.1'],
    offer: 'playbook.forgotten.offer',
  },
  newcomers: {
    goal: 'grow',
    actions: ['playbook.newcomers.actions.1', 'playbook.newcomers.actions.2'],
    avoid: ['playbook.newcomers.avoid.1', 'playbook.newcomers.avoid.2'],
    offer: 'playbook.newcomers.offer',
  },
} as const satisfies Record<string, PrefilledPlaybook>;

export type PrefilledPlaybookId = keyof typeof PREFILLED_PLAYBOOKS;

const prefilled = (preset: string | undefined): PrefilledPlaybook | null =>
  preset !== undefined && Object.hasOwn(PREFILLED_PLAYBOOKS, preset) ? PREFILLED_PLAYBOOKS[preset as PrefilledPlaybookId] : null;

/** The goal an archetype starts with: its preset's, or "keep" for one the user made (or a preset this version does not know). */
export function presetGoal(preset: string | undefined): PlaybookGoal {
  return prefilled(preset)?.goal ?? 'keep';
}

/** A built-in archetype's prefilled actions and things to avoid, in the language of `t`; null for one the user made. */
export function prefilledAdvice(preset: string | undefined, t: Translate): { actions: string[]; avoid: string[] } | null {
  const fill = prefilled(preset);
  return fill ? { actions: fill.actions.map((key) => t(key)), avoid: fill.avoid.map((key) => t(key)) } : null;
}

/** The playbook stored in a new archetype: the preset's goal and no texts of its own. */
export function blankPlaybook(preset?: string): Playbook {
  return { goal: presetGoal(preset), actions: [], avoid: [], offer: '' };
}

/** Texts the user has not written, or only blanks. */
const blank = (items: readonly string[]): boolean => items.every((item) => item.trim() === '');

/** A built-in archetype's prefilled texts (actions, things to avoid, offer) in the language of `t`; null for one the user made. */
export function prefilledTexts(preset: string | undefined, t: Translate): Omit<Playbook, 'goal'> | null {
  const fill = prefilled(preset);
  return fill ? { actions: fill.actions.map((key) => t(key)), avoid: fill.avoid.map((key) => t(key)), offer: t(fill.offer) } : null;
}

/** The user's text where they wrote one, else the prefilled text of its preset, else empty; in the language of `t`. */
export function shownPlaybook(def: ArchetypeDef, t: Translate): Playbook {
  const own = def.playbook;
  const fill = prefilledTexts(def.preset, t);
  const list = (items: readonly string[], filled: string[] | undefined): string[] =>
    blank(items) && filled ? filled : items.map((item) => item.trim()).filter((item) => item !== '');
  return {
    goal: own.goal,
    actions: list(own.actions, fill?.actions),
    avoid: list(own.avoid, fill?.avoid),
    offer: own.offer.trim() || (fill?.offer ?? ''),
  };
}

/** Whether any text of the playbook is the user's own (not the prefill, not blank). */
export function hasOwnTexts(playbook: Playbook): boolean {
  return !blank(playbook.actions) || !blank(playbook.avoid) || playbook.offer.trim() !== '';
}

/**
 * A list as the editor shows it: a preset's archetype with no items of its own shows its prefill
 * (editing it makes the prefill the user's own list); otherwise the user's items, blanks included,
 * so a row just added can be typed in.
 */
export function editableItems(items: readonly string[], filled: readonly string[] | undefined): string[] {
  return blank(items) && filled ? [...filled] : [...items];
}

/**
 * The playbook shown for archetype `archetypeId` of `config`, in the language of `t` (see
 * shownPlaybook). Null for an id the configuration has no archetype for (Other, or one since deleted).
 */
export function playbookOf(config: ArchetypeConfig, archetypeId: string, t: Translate): Playbook | null {
  const def = config.archetypes.find((a) => a.id === archetypeId);
  return def ? shownPlaybook(def, t) : null;
}

/** "Goal: Win back", in the language of `t`. */
export function goalLine(goal: PlaybookGoal, t: Translate): string {
  return t('playbook.goalLine', { goal: t(keyOf('playbook', 'goal', goal)) });
}
