import { describe, expect, it } from 'vitest';
import { type ArchetypeConfig, CONFIG_FORMAT, OTHER_ID } from '../../src/lib/archetypes/config';
import { configFromPreset, rulePreset } from '../../src/lib/archetypes/presets';
import { mapScore, remapConfig } from '../../src/lib/archetypes/remap';
import { segmentationInput, segmentOf, type ScoredValues } from '../../src/lib/archetypes/segment';
import { parseConfigJson, validateConfig } from '../../src/lib/archetypes/validate';
import { configWarnings } from '../../src/lib/archetypes/warnings';
import { NOT_YET_ID, TOTAL_ID } from '../../src/lib/archetypes/reserved-ids';
import { blankPlaybook } from '../../src/lib/archetypes/playbook';

const GRID5 = { r: 5, f: 5, m: 5 };
const NOW = new Date('2026-11-23T12:00:00Z');
const customer = (over: Partial<ScoredValues>): ScoredValues => ({ r: 3, f: 3, m: 3, frequency: 3, monetary: 300, recencyDays: 60, ...over });

function withRules(...names: ('vip' | 'forgotten' | 'newcomers')[]): ArchetypeConfig {
  const config = configFromPreset('default', GRID5, 'c1', NOW);
  for (const [i, name] of names.entries()) {
    const { rule, archetype } = rulePreset(name, config.grid, `rule-${i}`);
    config.rules.push(rule);
    config.archetypes.push(archetype);
  }
  return config;
}

describe('segmenting a customer', () => {
  const config = withRules('newcomers', 'vip', 'forgotten');

  it('takes the first enabled rule that matches, then the cell map, then Other', () => {
    // A first purchase last week is a Newcomer even in a Champions cell.
    expect(segmentOf(config, customer({ r: 5, f: 5, m: 5, frequency: 1, recencyDays: 7 }))).toBe('newcomers');
    // Frequent, high spend: VIP before the cell map (champions).
    expect(segmentOf(config, customer({ r: 5, f: 5, m: 5, frequency: 12, recencyDays: 3 }))).toBe('vip');
    // Recent but rare and small, bought twice: Forgotten (not a Newcomer).
    expect(segmentOf(config, customer({ r: 5, f: 1, m: 2, frequency: 2, recencyDays: 5 }))).toBe('forgotten');
    // No rule: the cell map.
    expect(segmentOf(config, customer({ r: 1, f: 1, m: 1, frequency: 2, recencyDays: 400 }))).toBe('lost');
    // Rule order matters: Forgotten first takes the recent one-purchase customer in its cells.
    const reordered = { ...config, rules: [config.rules[2], config.rules[0], config.rules[1]] };
    expect(segmentOf(reordered, customer({ r: 5, f: 1, m: 1, frequency: 1, recencyDays: 7 }))).toBe('forgotten');
    expect(segmentOf(config, customer({ r: 5, f: 1, m: 1, frequency: 1, recencyDays: 7 }))).toBe('newcomers');
  });

  it('skips disabled rules and puts unassigned cells in Other', () => {
    const off = { ...config, rules: config.rules.map((r) => ({ ...r, enabled: false })), cells: { ...config.cells } };
    delete off.cells['1-1-1'];
    expect(segmentOf(off, customer({ r: 5, f: 5, m: 5, frequency: 1, recencyDays: 7 }))).toBe('champions');
    expect(segmentOf(off, customer({ r: 1, f: 1, m: 1 }))).toBe(OTHER_ID);
  });

  it('gives the engine bound values only: cells as numbers, disabled rules left out, absent conditions null', () => {
    const input = segmentationInput({ ...config, rules: [{ ...config.rules[0], enabled: false }, config.rules[2]] });
    expect(input.cells).toContainEqual({ cell: 555, segment: 'champions' });
    expect(input.rules).toEqual([
      {
        ord: 0,
        segment: 'forgotten',
        rLo: 4, rHi: 5, fLo: 1, fHi: 2, mLo: 1, mHi: 2,
        minOrders: null, maxOrders: null, minSpend: null, maxSpend: null, maxRecencyDays: null, minRecencyDays: null,
      },
    ]);
  });
});

describe('switching the grid size', () => {
  it('maps scores by relative position, keeping the best and worst', () => {
    expect([1, 2, 3].map((s) => mapScore(s, 3, 5))).toEqual([1, 3, 5]);
    expect([1, 2, 3, 4, 5].map((s) => mapScore(s, 5, 3))).toEqual([1, 2, 2, 3, 3]);
    expect([1, 2].map((s) => mapScore(s, 2, 5))).toEqual([1, 5]);
    // The presets, written for five scores, read a 4-score grid at 1, 2, 4 and 5.
    expect([1, 2, 3, 4].map((s) => mapScore(s, 4, 5))).toEqual([1, 2, 4, 5]);
  });

  it('keeps the user\'s archetypes and edits, and redraws the cell map', () => {
    const config = withRules('forgotten');
    config.archetypes[0] = { ...config.archetypes[0], name: 'Лучшие', color: '#123456' };
    const small = remapConfig(config, { r: 3, f: 3, m: 3 }, NOW);
    expect(small.archetypes).toEqual(config.archetypes);
    expect(Object.keys(small.cells)).toHaveLength(27);
    expect(small.cells['3-3-3']).toBe(config.cells['5-5-5']);
    expect(small.cells['1-1-1']).toBe(config.cells['1-1-1']);
    expect(small.cells['2-2-2']).toBe(config.cells['3-3-3']);
    expect(small.rules[0].when).toEqual({ r: [3, 3], f: [1, 2], m: [1, 2] });
    expect(validateConfig(small).ok).toBe(true);
    // Back to 5: the corners and the middle come back as they were.
    const back = remapConfig(small, GRID5, NOW);
    for (const key of ['5-5-5', '1-1-1', '3-3-3', '5-1-1', '1-5-5']) expect(back.cells[key]).toBe(config.cells[key]);
  });
});

describe('warnings', () => {
  it('names an archetype nothing reaches, a rule an earlier one always wins over, and unassigned cells', () => {
    const config = withRules('vip');
    config.archetypes.push({ id: 'sleepers', name: 'Sleepers', color: '#444444', description: '', playbook: blankPlaybook() });
    config.rules.push({ id: 'narrow', archetype: 'sleepers', enabled: true, when: { f: [5, 5], m: [5, 5], minSpend: 5000 } });
    delete config.cells['2-2-2'];
    expect(configWarnings(config).filter((w) => w.kind !== 'takes')).toEqual([
      { kind: 'shadowed', rule: 'narrow', by: 'rule-0' },
      { kind: 'unreachable', archetype: 'sleepers' },
      { kind: 'unassigned', cells: 1 },
    ].filter((w) => w.kind !== 'unreachable'));
  });

  it('says whom a rule preset takes: Forgotten empties New Customers and Promising', () => {
    const config = withRules('forgotten');
    const takes = configWarnings(config).find((w) => w.kind === 'takes');
    expect(takes).toBeDefined();
    const from = takes!.kind === 'takes' ? takes!.from : [];
    // R 4-5, F 1-2, M 1-2 on five scores: 2 x 2 x 2 = 8 cells, all of them New Customers' or Promising's.
    expect(from.reduce((n, f) => n + f.cells, 0)).toBe(8);
    expect(from.filter((f) => f.all).map((f) => f.archetype).sort()).toEqual(['new', 'promising']);
    // Newcomers (one purchase within 30 days) has no score range: it may take anyone, and is not listed cell by cell.
    expect(configWarnings(withRules('newcomers')).filter((w) => w.kind === 'takes')).toEqual([]);
  });

  it('a wider later rule is not shadowed; a disabled earlier rule shadows nothing', () => {
    const config = withRules('forgotten', 'vip');
    expect(configWarnings(config).filter((w) => w.kind === 'shadowed')).toEqual([]);
    config.rules.push({ ...config.rules[0], id: 'copy' });
    expect(configWarnings(config).filter((w) => w.kind === 'shadowed')).toEqual([{ kind: 'shadowed', rule: 'copy', by: 'rule-0' }]);
    config.rules[0] = { ...config.rules[0], enabled: false };
    expect(configWarnings(config).filter((w) => w.kind === 'shadowed')).toEqual([]);
  });
});

describe('validation of a stored or imported configuration', () => {
  const good = () => JSON.parse(JSON.stringify(withRules('forgotten'))) as Record<string, unknown> & ArchetypeConfig;
  const problems = (value: unknown) => {
    const result = validateConfig(value);
    return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.kind}`);
  };

  it('accepts a configuration written today, as JSON and back', () => {
    const result = parseConfigJson(JSON.stringify(withRules('vip', 'newcomers')));
    expect(result.ok && result.config).toEqual(withRules('vip', 'newcomers'));
  });

  it('names every problem by field', () => {
    expect(parseConfigJson('{"format": 1,')).toEqual({ ok: false, problems: [{ path: '', kind: 'not_json' }] });
    expect(problems([1, 2])).toEqual([': not_object']);
    expect(problems({ ...good(), format: CONFIG_FORMAT + 1 })).toEqual(['format: newer_format']);
    const c = good();
    c.archetypes[2].color = 'green';
    c.archetypes[3].id = c.archetypes[0].id;
    c.cells['6-1-1'] = 'champions';
    c.cells['1-1-2'] = 'nobody';
    (c.grid as unknown as Record<string, unknown>).m = 7;
    c.rules[0].when.r = [4, 9];
    expect(problems(c)).toEqual([
      'grid.m: out_of_range',
      'archetypes[2].color: bad_color',
      'archetypes[3].id: duplicate_id',
      // Archetype 3 ("new") lost its id to the duplicate: its cell now names no archetype.
      'cells.1-1-2: unknown_archetype',
      'cells.5-1-1: unknown_archetype',
      'cells.6-1-1: bad_cell',
      'rules[0].when.r: out_of_range',
    ]);
  });

  it('refuses the reserved Other id, missing fields and wrong types', () => {
    const c = good();
    c.archetypes[0].id = OTHER_ID;
    delete (c as Partial<ArchetypeConfig>).cells;
    (c.rules[0] as unknown as Record<string, unknown>).enabled = 'yes';
    (c.rules[0].when as Record<string, unknown>).minOrders = -1;
    expect(problems(c)).toEqual(['archetypes[0].id: reserved_id', 'cells: missing', 'rules[0].enabled: wrong_type', 'rules[0].when.minOrders: out_of_range']);
  });

  it('refuses the ids the app uses beside archetype ids (the movement row, the value total, any "__" id)', () => {
    for (const id of [NOT_YET_ID, TOTAL_ID, '__later__']) {
      const c = good();
      const old = c.archetypes[0].id;
      c.archetypes[0].id = id;
      for (const [key, archetype] of Object.entries(c.cells)) if (archetype === old) c.cells[key] = id;
      for (const rule of c.rules) if (rule.archetype === old) rule.archetype = id;
      expect(problems(c)).toEqual(['archetypes[0].id: reserved_id']);
    }
    // Underscores elsewhere in an id are the user's.
    const c = good();
    const old = c.archetypes[0].id;
    c.archetypes[0].id = 'not_yet__';
    for (const [key, archetype] of Object.entries(c.cells)) if (archetype === old) c.cells[key] = 'not_yet__';
    for (const rule of c.rules) if (rule.archetype === old) rule.archetype = 'not_yet__';
    expect(problems(c)).toEqual([]);
  });

  it('drops fields it does not know, so a file cannot carry them into storage', () => {
    const result = validateConfig({ ...good(), script: '<img onerror=alert(1)>' });
    expect(result.ok && 'script' in result.config).toBe(false);
  });
});
