// Playbooks per archetype (issue 16, item 2): prefilled for every built-in archetype in both
// languages, the user's words shown where written, format-1 configurations upgraded, bad
// playbooks refused by field.
import { describe, expect, it } from 'vitest';
import { type ArchetypeConfig, CONFIG_FORMAT } from '../../src/lib/archetypes/config';
import { updateArchetype } from '../../src/lib/archetypes/edit';
import { blankPlaybook, goalLine, MAX_PLAYBOOK_ITEMS, PLAYBOOK_GOALS, playbookOf, PREFILLED_PLAYBOOKS, presetGoal } from '../../src/lib/archetypes/playbook';
import { PRESET_ARCHETYPES } from '../../src/lib/archetypes/preset-data';
import { CONFIG_PRESETS, configFromPreset, RULE_PRESETS, rulePreset } from '../../src/lib/archetypes/presets';
import { type ArchetypeConfigV1, upgradeConfig } from '../../src/lib/archetypes/upgrade';
import { MAX_TEXT, validateConfig } from '../../src/lib/archetypes/validate';
import { en as enCatalog } from '../../src/lib/i18n/en';
import { ru as ruCatalog } from '../../src/lib/i18n/ru';
import { createTranslator } from '../../src/lib/i18n/translate';

const en = createTranslator('en');
const ru = createTranslator('ru');
const GRID = { r: 5, f: 5, m: 5 };
const NOW = new Date('2026-12-02T05:00:00.000Z');

/** A default-preset configuration as format 1 stored it: no playbooks. */
function v1(): ArchetypeConfigV1 {
  const config = configFromPreset('default', GRID, 'old', NOW);
  return {
    ...config,
    format: 1,
    archetypes: [
      ...config.archetypes.map(({ playbook: _, ...a }) => ({ ...a, action: '' })),
      { id: 'mine', name: 'Mine', color: '#444444', description: '', action: '' },
      { id: 'future', name: '', color: '#555555', description: '', action: '', preset: 'not_in_this_version' },
    ],
  };
}

describe('prefilled playbooks', () => {
  it('cover every archetype of both presets and of the rule presets', () => {
    const ids = [...PRESET_ARCHETYPES.map((a) => a.id), ...RULE_PRESETS];
    expect(Object.keys(PREFILLED_PLAYBOOKS).sort()).toEqual([...ids].sort());
    for (const preset of CONFIG_PRESETS) {
      const config = configFromPreset(preset, GRID, preset, NOW);
      for (const a of config.archetypes) {
        const shown = playbookOf(config, a.id, en)!;
        expect(PLAYBOOK_GOALS).toContain(shown.goal);
        expect(shown.actions.length, `${preset}/${a.id}`).toBeGreaterThan(0);
        expect(shown.avoid.length, `${preset}/${a.id}`).toBeGreaterThan(0);
        expect(shown.offer, `${preset}/${a.id}`).not.toBe('');
      }
    }
  });

  it('have every catalog key in English and Russian, and a name for every goal', () => {
    const keys = Object.values(PREFILLED_PLAYBOOKS).flatMap((p) => [...p.actions, ...p.avoid, p.offer]);
    const goals = PLAYBOOK_GOALS.map((g) => `playbook.goal.${g}`);
    for (const key of [...keys, ...goals]) {
      expect((enCatalog as Record<string, string>)[key], key).toBeTruthy();
      expect((ruCatalog as Record<string, string>)[key], key).toBeTruthy();
    }
    for (const p of Object.values(PREFILLED_PLAYBOOKS)) expect(p.actions.length + p.avoid.length).toBeLessThanOrEqual(2 * MAX_PLAYBOOK_ITEMS);
  });

  it('follow CVM practice: keep Champions without discounts, win back At Risk and Can’t Lose Them asking why, let Lost go', () => {
    expect(presetGoal('champions')).toBe('keep');
    expect(presetGoal('at_risk')).toBe('win_back');
    expect(presetGoal('cant_lose')).toBe('win_back');
    expect(presetGoal('lost')).toBe('let_go');
    expect(presetGoal('mine')).toBe('keep');
    expect(presetGoal(undefined)).toBe('keep');
    const config = configFromPreset('default', GRID, 'd', NOW);
    expect(playbookOf(config, 'champions', en)!.avoid.join(' ')).toMatch(/discount/);
    for (const id of ['at_risk', 'cant_lose']) expect(playbookOf(config, id, en)!.actions.join(' ')).toMatch(/why did you leave/);
    expect(playbookOf(config, 'cant_lose', ru)!.actions.join(' ')).toMatch(/почему вы ушли/);
    expect(playbookOf(config, 'lost', en)!.actions.join(' ')).toMatch(/one win-back attempt.*stop/is);
  });
});

describe('playbookOf', () => {
  const config = configFromPreset('default', GRID, 'd', NOW);

  it('shows a preset archetype the user has not edited in the user’s language', () => {
    expect(playbookOf(config, 'at_risk', en)).toEqual({
      goal: 'win_back',
      actions: [en('playbook.at_risk.actions.1'), en('playbook.at_risk.actions.2'), en('playbook.at_risk.actions.3')],
      avoid: [en('playbook.at_risk.avoid.1'), en('playbook.at_risk.avoid.2')],
      offer: en('playbook.at_risk.offer'),
    });
    expect(playbookOf(config, 'at_risk', ru)!.offer).toBe(ru('playbook.at_risk.offer'));
    // The prefill is never written into the configuration.
    expect(config.archetypes.find((a) => a.id === 'at_risk')!.playbook).toEqual({ goal: 'win_back', actions: [], avoid: [], offer: '' });
  });

  it('shows the user’s words field by field, trimmed; blank lines do not count as text', () => {
    const edited = updateArchetype(config, 'champions', { playbook: { goal: 'grow', actions: [' Birthday gift ', ''], avoid: ['  '], offer: '' } });
    expect(playbookOf(edited, 'champions', ru)).toEqual({
      goal: 'grow',
      actions: ['Birthday gift'],
      avoid: [ru('playbook.champions.avoid.1'), ru('playbook.champions.avoid.2')],
      offer: ru('playbook.champions.offer'),
    });
  });

  it('shows only the user’s words for an archetype of their own, and null for Other or an unknown id', () => {
    const mine: ArchetypeConfig = { ...config, archetypes: [...config.archetypes, { id: 'mine', name: 'Mine', color: '#444444', description: '', playbook: { ...blankPlaybook(), offer: 'Coffee' } }] };
    expect(playbookOf(mine, 'mine', en)).toEqual({ goal: 'keep', actions: [], avoid: [], offer: 'Coffee' });
    expect(playbookOf(mine, 'others', en)).toBeNull();
    expect(playbookOf(mine, 'gone', en)).toBeNull();
  });

  it('prefills the rule presets’ archetypes too', () => {
    const { archetype } = rulePreset('vip', GRID, 'r');
    const withVip = { ...config, archetypes: [...config.archetypes, archetype] };
    expect(playbookOf(withVip, 'vip', en)!.offer).toBe(en('playbook.vip.offer'));
  });
});

describe('upgrade from format 1', () => {
  it('gives each archetype its preset’s goal, or keep, and no texts; the rest unchanged', () => {
    const old = v1();
    const upgraded = upgradeConfig(old);
    expect(upgraded.format).toBe(CONFIG_FORMAT);
    expect(upgraded.archetypes.map((a) => a.playbook.goal)).toEqual([...PRESET_ARCHETYPES.map((a) => PREFILLED_PLAYBOOKS[a.id].goal), 'keep', 'keep']);
    for (const a of upgraded.archetypes) expect(a.playbook).toEqual({ goal: a.playbook.goal, actions: [], avoid: [], offer: '' });
    const { format: _f, archetypes: _a, ...rest } = upgraded;
    const { format: _f1, archetypes: _a1, ...oldRest } = old;
    expect(rest).toEqual(oldRest);
    expect(upgraded.archetypes.map(({ playbook: _, ...a }) => a)).toEqual(old.archetypes.map(({ action: _, ...a }) => a));
    // Same as a configuration made today from the preset.
    expect(upgradeConfig({ ...old, archetypes: old.archetypes.slice(0, -2) })).toEqual(configFromPreset('default', GRID, 'old', NOW));
  });

  it('is what loading a format-1 file or record does; a playbook in a format-1 file is not read', () => {
    const old = v1();
    expect(validateConfig(JSON.parse(JSON.stringify(old)))).toEqual({ ok: true, config: upgradeConfig(old) });
    const odd = JSON.parse(JSON.stringify(old));
    odd.archetypes[0].playbook = { goal: 'nonsense' };
    expect(validateConfig(odd)).toEqual({ ok: true, config: upgradeConfig(old) });
  });

  it('makes a custom action the recommended actions (one a line), in place of the prefilled ones, and writes no action', () => {
    const old = v1();
    old.archetypes[0].action = 'Call them personally';
    old.archetypes[1].action = ' Invite to the club \n\nSend a card ';
    const upgraded = upgradeConfig(old);
    expect(upgraded.archetypes[0].playbook).toEqual({ goal: 'keep', actions: ['Call them personally'], avoid: [], offer: '' });
    expect(upgraded.archetypes[1].playbook.actions).toEqual(['Invite to the club', 'Send a card']);
    expect(upgraded.archetypes.every((a) => !('action' in a))).toBe(true);
    const shown = playbookOf(upgraded, 'champions', en)!;
    expect(shown.actions).toEqual(['Call them personally']);
    expect(shown.avoid).toEqual([en('playbook.champions.avoid.1'), en('playbook.champions.avoid.2')]);
    // Through loading, as a stored record or an imported file is.
    expect(validateConfig(JSON.parse(JSON.stringify(old)))).toEqual({ ok: true, config: upgraded });
  });

  it('reads an action a format-2 file still has, unless its playbook has actions of its own', () => {
    const current = JSON.parse(JSON.stringify(configFromPreset('default', GRID, 'd', NOW)));
    current.archetypes[0].action = 'Call them';
    current.archetypes[1].action = 'Ignored';
    current.archetypes[1].playbook.actions = ['Their own'];
    const result = validateConfig(current);
    expect(result.ok && result.config.archetypes[0].playbook.actions).toEqual(['Call them']);
    expect(result.ok && result.config.archetypes[1].playbook.actions).toEqual(['Their own']);
    expect(result.ok && result.config.archetypes.every((a) => !('action' in a))).toBe(true);
  });

  it('still refuses a bad format-1 file by field, and a newer format whole', () => {
    const bad = JSON.parse(JSON.stringify(v1()));
    bad.archetypes[1].color = 'green';
    expect(validateConfig(bad)).toEqual({ ok: false, problems: [{ path: 'archetypes[1].color', kind: 'bad_color' }] });
    const current = JSON.parse(JSON.stringify(configFromPreset('default', GRID, 'd', NOW)));
    expect(validateConfig({ ...current, format: 3 })).toEqual({ ok: false, problems: [{ path: 'format', kind: 'newer_format' }] });
    expect(validateConfig({ ...current, format: 0 })).toEqual({ ok: false, problems: [{ path: 'format', kind: 'out_of_range' }] });
  });
});

describe('validation of playbooks (format 2)', () => {
  const good = () => JSON.parse(JSON.stringify(configFromPreset('default', GRID, 'd', NOW))) as Record<string, any>;
  const problems = (value: unknown) => {
    const result = validateConfig(value);
    return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.kind}`);
  };

  it('accepts the user’s playbook as written', () => {
    const c = good();
    c.archetypes[0].playbook = { goal: 'let_go', actions: ['a', 'b'], avoid: ['x'.repeat(MAX_TEXT)], offer: 'Tea' };
    const result = validateConfig(c);
    expect(result.ok && result.config.archetypes[0].playbook).toEqual(c.archetypes[0].playbook);
  });

  it('names every bad field', () => {
    const c = good();
    delete c.archetypes[0].playbook;
    c.archetypes[1].playbook = 'grow';
    c.archetypes[2].playbook = { goal: 'sell', actions: 'call them', avoid: [1], offer: 'x'.repeat(MAX_TEXT + 1) };
    c.archetypes[3].playbook = { goal: 3, actions: Array(MAX_PLAYBOOK_ITEMS + 1).fill('a'), avoid: ['ok', 'y'.repeat(MAX_TEXT + 1)] };
    c.archetypes[4].playbook = { actions: [], avoid: [], offer: '' };
    expect(problems(c)).toEqual([
      'archetypes[0].playbook: missing',
      'archetypes[1].playbook: wrong_type',
      'archetypes[2].playbook.goal: out_of_range',
      'archetypes[2].playbook.actions: wrong_type',
      'archetypes[2].playbook.avoid[0]: wrong_type',
      'archetypes[2].playbook.offer: too_long',
      'archetypes[3].playbook.goal: wrong_type',
      'archetypes[3].playbook.actions: too_many',
      'archetypes[3].playbook.avoid[1]: too_long',
      'archetypes[3].playbook.offer: missing',
      'archetypes[4].playbook.goal: missing',
    ]);
  });

  it('drops fields of a playbook it does not know', () => {
    const c = good();
    c.archetypes[0].playbook.channel = 'sms';
    const result = validateConfig(c);
    expect(result.ok && result.config.archetypes[0].playbook).toEqual({ goal: 'keep', actions: [], avoid: [], offer: '' });
  });
});

describe('goalLine', () => {
  it('names the goal in the user’s language', () => {
    expect(goalLine('win_back', en)).toBe('Goal: Win back');
    expect(goalLine('let_go', ru)).toBe('Цель: Отпустить');
  });
});
