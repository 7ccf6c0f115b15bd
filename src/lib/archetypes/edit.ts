// Every change the editor makes, as a pure function from one configuration to the next, so the
// history (undo/redo) is a list of values and each change is unit-tested.

import { type ArchetypeConfig, type ArchetypeDef, gridCells, type Playbook, type RuleSegment } from './config';
import { blankPlaybook, MAX_PLAYBOOK_ITEMS } from './playbook';

export type Axis = 'r' | 'f' | 'm';

const move = <T>(items: T[], index: number, delta: number): T[] => {
  const target = index + delta;
  if (index < 0 || target < 0 || target >= items.length) return items;
  const next = [...items];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
};

export function addArchetype(config: ArchetypeConfig, archetype: ArchetypeDef): ArchetypeConfig {
  return { ...config, archetypes: [...config.archetypes, archetype] };
}

export function updateArchetype(config: ArchetypeConfig, id: string, patch: Partial<Omit<ArchetypeDef, 'id'>>): ArchetypeConfig {
  return { ...config, archetypes: config.archetypes.map((a) => (a.id === id ? { ...a, ...patch } : a)) };
}

/** Up (-1) or down (+1) in value order. */
export function moveArchetype(config: ArchetypeConfig, id: string, delta: number): ArchetypeConfig {
  return { ...config, archetypes: move(config.archetypes, config.archetypes.findIndex((a) => a.id === id), delta) };
}

/** Its cells fall to Other; rules that led to it go too (a rule needs an archetype to lead to). */
export function deleteArchetype(config: ArchetypeConfig, id: string): ArchetypeConfig {
  return {
    ...config,
    archetypes: config.archetypes.filter((a) => a.id !== id),
    cells: Object.fromEntries(Object.entries(config.cells).filter(([, archetype]) => archetype !== id)),
    rules: config.rules.filter((r) => r.archetype !== id),
  };
}

/** A change of an archetype's playbook: its goal, a whole list, or the offer. */
export function updatePlaybook(config: ArchetypeConfig, id: string, patch: Partial<Playbook>): ArchetypeConfig {
  return { ...config, archetypes: config.archetypes.map((a) => (a.id === id ? { ...a, playbook: { ...a.playbook, ...patch } } : a)) };
}

/** Back to the suggested playbook: the preset's goal and no texts of its own, so the prefill shows again. */
export function resetPlaybook(config: ArchetypeConfig, id: string): ArchetypeConfig {
  return { ...config, archetypes: config.archetypes.map((a) => (a.id === id ? { ...a, playbook: blankPlaybook(a.preset) } : a)) };
}

/**
 * Edits of a playbook list (recommended actions, things to avoid) as shown in the editor: each
 * returns the new list, or the same one when the edit is not possible (a full list, an index
 * outside it), so the caller can tell nothing changed.
 */
export const playbookList = {
  set(items: string[], index: number, text: string): string[] {
    if (index < 0 || index >= items.length || items[index] === text) return items;
    return items.map((item, i) => (i === index ? text : item));
  },
  add(items: string[]): string[] {
    return items.length >= MAX_PLAYBOOK_ITEMS ? items : [...items, ''];
  },
  remove(items: string[], index: number): string[] {
    return index < 0 || index >= items.length ? items : items.filter((_, i) => i !== index);
  },
  /** Up (-1) or down (+1). */
  move(items: string[], index: number, delta: number): string[] {
    return move(items, index, delta);
  },
};

/** `archetype` null leaves the cells unassigned (Other). */
export function assignCells(config: ArchetypeConfig, keys: string[], archetype: string | null): ArchetypeConfig {
  const cells = { ...config.cells };
  for (const key of keys) {
    if (archetype) cells[key] = archetype;
    else delete cells[key];
  }
  return { ...config, cells };
}

/** Every cell with score `score` on `axis`: a whole R row, F column or M panel. */
export function sliceKeys(config: ArchetypeConfig, axis: Axis, score: number): string[] {
  return gridCells(config.grid)
    .filter((c) => c[axis] === score)
    .map((c) => c.key);
}

export function addRule(config: ArchetypeConfig, rule: RuleSegment): ArchetypeConfig {
  return { ...config, rules: [...config.rules, rule] };
}

export function updateRule(config: ArchetypeConfig, id: string, patch: Partial<Omit<RuleSegment, 'id'>>): ArchetypeConfig {
  return { ...config, rules: config.rules.map((r) => (r.id === id ? { ...r, ...patch } : r)) };
}

export function moveRule(config: ArchetypeConfig, id: string, delta: number): ArchetypeConfig {
  return { ...config, rules: move(config.rules, config.rules.findIndex((r) => r.id === id), delta) };
}

export function deleteRule(config: ArchetypeConfig, id: string): ArchetypeConfig {
  return { ...config, rules: config.rules.filter((r) => r.id !== id) };
}

/** Undo and redo over whole configurations. */
export interface History {
  past: ArchetypeConfig[];
  present: ArchetypeConfig;
  future: ArchetypeConfig[];
}

const HISTORY_LIMIT = 100;

export const startHistory = (present: ArchetypeConfig): History => ({ past: [], present, future: [] });

export function record(history: History, next: ArchetypeConfig): History {
  if (next === history.present) return history;
  return { past: [...history.past, history.present].slice(-HISTORY_LIMIT), present: next, future: [] };
}

export function undo(history: History): History {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo(history: History): History {
  const [next, ...rest] = history.future;
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}
