// Checks an archetype configuration read from storage or from a file the user imports. A bad
// one is refused whole, with every problem named by its field path ("archetypes[2].color") and
// kind, so the message can say what is wrong where; nothing half-valid is ever used.

import { MAX_BINS, MIN_BINS } from '../rfm/cuts';
import { type ArchetypeConfig, CONFIG_FORMAT, type Grid, type Playbook, type RuleSegment, type ScoreRange } from './config';
import { isPlaybookGoal, MAX_PLAYBOOK_ITEMS } from './playbook';
import { isReservedId } from './reserved-ids';
import { type ArchetypeConfigV1, type ArchetypeDefV1, foldAction, upgradeConfig } from './upgrade';

export type ProblemKind =
  | 'not_json'
  | 'not_object'
  | 'newer_format'
  | 'missing'
  | 'wrong_type'
  | 'out_of_range'
  | 'bad_color'
  | 'duplicate_id'
  | 'reserved_id'
  | 'unknown_archetype'
  | 'bad_cell'
  | 'too_long'
  | 'too_many';

export interface ConfigProblem {
  /** Where: "grid.r", "archetypes[2].color", "cells.6-1-1", "rules[0].when.r". Empty for the whole file. */
  path: string;
  kind: ProblemKind;
}

export type Validated = { ok: true; config: ArchetypeConfig } | { ok: false; problems: ConfigProblem[] };

/** Names, descriptions and actions are free text, but a configuration is not a document. */
export const MAX_TEXT = 500;
const MAX_ARCHETYPES = 40;
const MAX_RULES = 40;
const COLOR = /^#[0-9a-fA-F]{6}$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseConfigJson(text: string): Validated {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ path: '', kind: 'not_json' }] };
  }
  return validateConfig(value);
}

export function validateConfig(value: unknown): Validated {
  const problems: ConfigProblem[] = [];
  const problem = (path: string, kind: ProblemKind) => problems.push({ path, kind });
  if (!isObject(value)) return { ok: false, problems: [{ path: '', kind: 'not_object' }] };
  if (typeof value.format !== 'number') problem('format', value.format === undefined ? 'missing' : 'wrong_type');
  else if (value.format > CONFIG_FORMAT) return { ok: false, problems: [{ path: 'format', kind: 'newer_format' }] };
  else if (value.format !== 1 && value.format !== CONFIG_FORMAT) problem('format', 'out_of_range');
  // Format 1 had no playbooks: its archetypes get theirs from upgrade.ts once the rest is checked.
  const hasPlaybooks = value.format !== 1;

  const text = (path: string, v: unknown, required: boolean) => {
    if (v === undefined && !required) return;
    if (v === undefined) problem(path, 'missing');
    else if (typeof v !== 'string') problem(path, 'wrong_type');
    else if (v.length > MAX_TEXT) problem(path, 'too_long');
  };
  text('id', value.id, true);
  if (value.id === '') problem('id', 'missing');
  text('name', value.name, true);
  text('basedOn', value.basedOn, true);
  text('updatedAt', value.updatedAt, true);
  if (value.revision !== undefined && !(Number.isInteger(value.revision) && (value.revision as number) >= 0)) problem('revision', 'wrong_type');

  const grid = value.grid;
  if (!isObject(grid)) problem('grid', grid === undefined ? 'missing' : 'wrong_type');
  else {
    for (const axis of ['r', 'f', 'm'] as const) {
      const bins = grid[axis];
      if (bins === undefined) problem(`grid.${axis}`, 'missing');
      else if (!Number.isInteger(bins)) problem(`grid.${axis}`, 'wrong_type');
      else if ((bins as number) < MIN_BINS || (bins as number) > MAX_BINS) problem(`grid.${axis}`, 'out_of_range');
    }
  }
  const validGrid = problems.every((p) => !p.path.startsWith('grid')) ? (grid as unknown as Grid) : null;

  const ids = new Set<string>();
  if (!Array.isArray(value.archetypes)) problem('archetypes', value.archetypes === undefined ? 'missing' : 'wrong_type');
  else {
    if (value.archetypes.length > MAX_ARCHETYPES) problem('archetypes', 'out_of_range');
    value.archetypes.forEach((a: unknown, i: number) => {
      const path = `archetypes[${i}]`;
      if (!isObject(a)) return problem(path, 'wrong_type');
      text(`${path}.id`, a.id, true);
      if (typeof a.id === 'string') {
        if (a.id === '') problem(`${path}.id`, 'missing');
        else if (isReservedId(a.id)) problem(`${path}.id`, 'reserved_id');
        else if (ids.has(a.id)) problem(`${path}.id`, 'duplicate_id');
        ids.add(a.id);
      }
      text(`${path}.name`, a.name, true);
      text(`${path}.description`, a.description, true);
      // The legacy action: required where format 1 wrote it, read if present in format 2 (upgrade.ts).
      text(`${path}.action`, a.action, !hasPlaybooks);
      text(`${path}.preset`, a.preset, false);
      if (typeof a.color !== 'string') problem(`${path}.color`, a.color === undefined ? 'missing' : 'wrong_type');
      else if (!COLOR.test(a.color)) problem(`${path}.color`, 'bad_color');
      if (hasPlaybooks) checkPlaybook(`${path}.playbook`, a.playbook, problem);
    });
  }

  if (!isObject(value.cells)) problem('cells', value.cells === undefined ? 'missing' : 'wrong_type');
  else {
    for (const [key, archetype] of Object.entries(value.cells)) {
      const path = `cells.${key}`;
      const match = /^(\d)-(\d)-(\d)$/.exec(key);
      const limits = validGrid ?? { r: MAX_BINS, f: MAX_BINS, m: MAX_BINS };
      if (!match || +match[1] < 1 || +match[1] > limits.r || +match[2] < 1 || +match[2] > limits.f || +match[3] < 1 || +match[3] > limits.m) {
        problem(path, 'bad_cell');
      } else if (typeof archetype !== 'string') problem(path, 'wrong_type');
      else if (!ids.has(archetype)) problem(path, 'unknown_archetype');
    }
  }

  const ruleIds = new Set<string>();
  if (!Array.isArray(value.rules)) problem('rules', value.rules === undefined ? 'missing' : 'wrong_type');
  else {
    if (value.rules.length > MAX_RULES) problem('rules', 'out_of_range');
    value.rules.forEach((rule: unknown, i: number) => {
      const path = `rules[${i}]`;
      if (!isObject(rule)) return problem(path, 'wrong_type');
      text(`${path}.id`, rule.id, true);
      if (typeof rule.id === 'string') {
        if (ruleIds.has(rule.id)) problem(`${path}.id`, 'duplicate_id');
        ruleIds.add(rule.id);
      }
      if (typeof rule.archetype !== 'string') problem(`${path}.archetype`, rule.archetype === undefined ? 'missing' : 'wrong_type');
      else if (!ids.has(rule.archetype)) problem(`${path}.archetype`, 'unknown_archetype');
      if (typeof rule.enabled !== 'boolean') problem(`${path}.enabled`, rule.enabled === undefined ? 'missing' : 'wrong_type');
      text(`${path}.preset`, rule.preset, false);
      if (!isObject(rule.when)) problem(`${path}.when`, rule.when === undefined ? 'missing' : 'wrong_type');
      else checkConditions(`${path}.when`, rule.when, validGrid, problem);
    });
  }

  if (problems.length > 0) return { ok: false, problems };
  const v = value as unknown as ArchetypeConfig;
  // Rebuilt field by field: unknown fields of a file do not travel into storage.
  const checked: ArchetypeConfigV1 = {
    format: 1,
    id: v.id,
    name: v.name,
    basedOn: v.basedOn,
    grid: { r: v.grid.r, f: v.grid.f, m: v.grid.m },
    archetypes: (value.archetypes as unknown as ArchetypeDefV1[]).map((a): ArchetypeDefV1 => ({
      id: a.id,
      name: a.name,
      color: a.color,
      description: a.description,
      action: a.action ?? '',
      ...(a.preset !== undefined ? { preset: a.preset } : {}),
    })),
    cells: { ...v.cells },
    rules: v.rules.map((r): RuleSegment => ({
      id: r.id,
      archetype: r.archetype,
      enabled: r.enabled,
      when: { ...r.when },
      ...(r.preset !== undefined ? { preset: r.preset } : {}),
    })),
    updatedAt: v.updatedAt,
    ...(v.revision !== undefined ? { revision: v.revision } : {}),
  };
  if (!hasPlaybooks) return { ok: true, config: upgradeConfig(checked) };
  const config: ArchetypeConfig = {
    ...checked,
    format: CONFIG_FORMAT,
    archetypes: checked.archetypes.map(({ action, ...a }, i) => ({ ...a, playbook: foldAction(copyPlaybook(v.archetypes[i].playbook), action) })),
  };
  return { ok: true, config };
}

function checkPlaybook(path: string, playbook: unknown, problem: (path: string, kind: ProblemKind) => void): void {
  if (!isObject(playbook)) return problem(path, playbook === undefined ? 'missing' : 'wrong_type');
  if (playbook.goal === undefined) problem(`${path}.goal`, 'missing');
  else if (!isPlaybookGoal(playbook.goal)) problem(`${path}.goal`, typeof playbook.goal === 'string' ? 'out_of_range' : 'wrong_type');
  for (const field of ['actions', 'avoid'] as const) {
    const items = playbook[field];
    if (!Array.isArray(items)) problem(`${path}.${field}`, items === undefined ? 'missing' : 'wrong_type');
    else {
      if (items.length > MAX_PLAYBOOK_ITEMS) problem(`${path}.${field}`, 'too_many');
      items.forEach((item: unknown, i: number) => {
        if (typeof item !== 'string') problem(`${path}.${field}[${i}]`, 'wrong_type');
        else if (item.length > MAX_TEXT) problem(`${path}.${field}[${i}]`, 'too_long');
      });
    }
  }
  if (typeof playbook.offer !== 'string') problem(`${path}.offer`, playbook.offer === undefined ? 'missing' : 'wrong_type');
  else if (playbook.offer.length > MAX_TEXT) problem(`${path}.offer`, 'too_long');
}

const copyPlaybook = (p: Playbook): Playbook => ({ goal: p.goal, actions: [...p.actions], avoid: [...p.avoid], offer: p.offer });

const RANGE_KEYS = ['r', 'f', 'm'] as const;
const NUMBER_KEYS = ['minOrders', 'maxOrders', 'minSpend', 'maxSpend', 'maxRecencyDays', 'minRecencyDays'] as const;
const KNOWN = new Set<string>([...RANGE_KEYS, ...NUMBER_KEYS]);

function checkConditions(path: string, when: Record<string, unknown>, grid: Grid | null, problem: (path: string, kind: ProblemKind) => void): void {
  for (const key of Object.keys(when)) if (!KNOWN.has(key)) problem(`${path}.${key}`, 'wrong_type');
  for (const axis of RANGE_KEYS) {
    const range = when[axis];
    if (range === undefined) continue;
    if (!Array.isArray(range) || range.length !== 2 || !range.every(Number.isInteger)) problem(`${path}.${axis}`, 'wrong_type');
    else {
      const [lo, hi] = range as ScoreRange;
      if (lo < 1 || hi < lo || hi > (grid?.[axis] ?? MAX_BINS)) problem(`${path}.${axis}`, 'out_of_range');
    }
  }
  for (const key of NUMBER_KEYS) {
    const n = when[key];
    if (n === undefined) continue;
    if (typeof n !== 'number' || !Number.isFinite(n)) problem(`${path}.${key}`, 'wrong_type');
    else if ((key.endsWith('Orders') || key.endsWith('Days')) && (!Number.isInteger(n) || n < 0)) problem(`${path}.${key}`, 'out_of_range');
  }
}
