import { describe, expect, it } from 'vitest';
import { configFromPreset, rulePreset } from '../../src/lib/archetypes/presets';
import {
  addRule,
  assignCells,
  deleteArchetype,
  moveArchetype,
  moveRule,
  playbookList,
  record,
  resetPlaybook,
  redo,
  sliceKeys,
  startHistory,
  undo,
  updateArchetype,
  updatePlaybook,
} from '../../src/lib/archetypes/edit';
import { editableItems, MAX_PLAYBOOK_ITEMS, playbookOf, prefilledTexts } from '../../src/lib/archetypes/playbook';
import { validateConfig } from '../../src/lib/archetypes/validate';
import { createTranslator } from '../../src/lib/i18n/translate';
import { configWarnings } from '../../src/lib/archetypes/warnings';

const base = () => configFromPreset('default', { r: 5, f: 5, m: 5 }, 'c', new Date('2026-11-23T00:00:00Z'));

describe('editing a configuration', () => {
  it('renames, recolours and reorders archetypes without touching the cells', () => {
    const renamed = updateArchetype(base(), 'champions', { name: 'VIP-клиенты', color: '#000000', description: 'Лучшие' });
    expect(renamed.archetypes[0]).toMatchObject({ id: 'champions', name: 'VIP-клиенты', color: '#000000', description: 'Лучшие' });
    const moved = moveArchetype(renamed, 'loyal', -1);
    expect(moved.archetypes.slice(0, 2).map((a) => a.id)).toEqual(['loyal', 'champions']);
    expect(moveArchetype(moved, 'loyal', -1)).toEqual(moved);
    expect(moved.cells).toEqual(base().cells);
  });

  it('deleting an archetype sends its cells to Other and drops the rules that led to it', () => {
    let config = addRule(base(), { ...rulePreset('vip', base().grid, 'r1').rule, archetype: 'champions' });
    config = deleteArchetype(config, 'champions');
    expect(config.archetypes.map((a) => a.id)).not.toContain('champions');
    expect(Object.values(config.cells)).not.toContain('champions');
    expect(config.rules).toEqual([]);
    expect(configWarnings(config)).toContainEqual({ kind: 'unassigned', cells: Object.values(base().cells).filter((a) => a === 'champions').length });
  });

  it('assigns single cells and whole R, F or M slices', () => {
    expect(sliceKeys(base(), 'r', 5)).toHaveLength(25);
    const config = assignCells(base(), sliceKeys(base(), 'm', 1), 'lost');
    expect(Object.entries(config.cells).filter(([k]) => k.endsWith('-1')).every(([, a]) => a === 'lost')).toBe(true);
    const cleared = assignCells(config, ['5-5-5'], null);
    expect(cleared.cells['5-5-5']).toBeUndefined();
  });

  it('reorders rules', () => {
    let config = addRule(base(), rulePreset('vip', base().grid, 'a').rule);
    config = addRule(config, rulePreset('forgotten', base().grid, 'b').rule);
    expect(moveRule(config, 'b', -1).rules.map((r) => r.id)).toEqual(['b', 'a']);
  });
});

describe('undo and redo', () => {
  it('steps back and forward through whole configurations; a new edit drops the redo list', () => {
    let h = startHistory(base());
    h = record(h, updateArchetype(h.present, 'champions', { name: 'A' }));
    h = record(h, updateArchetype(h.present, 'champions', { name: 'B' }));
    h = undo(h);
    expect(h.present.archetypes[0].name).toBe('A');
    h = undo(h);
    expect(h.present.archetypes[0].name).toBe('');
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present.archetypes[0].name).toBe('A');
    h = record(h, updateArchetype(h.present, 'champions', { name: 'C' }));
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
  });
});

describe('editing a playbook', () => {
  const en = createTranslator('en');
  const champions = (c: ReturnType<typeof base>) => c.archetypes.find((a) => a.id === 'champions')!;

  it('edits a list item, adds, removes and moves items, and refuses what is not possible', () => {
    const items = ['a', 'b', 'c'];
    expect(playbookList.set(items, 1, 'B')).toEqual(['a', 'B', 'c']);
    expect(playbookList.set(items, 1, 'b')).toBe(items);
    expect(playbookList.set(items, 3, 'x')).toBe(items);
    expect(playbookList.add(items)).toEqual(['a', 'b', 'c', '']);
    const full = Array.from({ length: MAX_PLAYBOOK_ITEMS }, (_, i) => `item ${i}`);
    expect(playbookList.add(full)).toBe(full);
    expect(playbookList.remove(items, 0)).toEqual(['b', 'c']);
    expect(playbookList.remove(items, 5)).toBe(items);
    expect(playbookList.move(items, 2, -1)).toEqual(['a', 'c', 'b']);
    expect(playbookList.move(items, 0, -1)).toBe(items);
    expect(playbookList.move(items, 2, 1)).toBe(items);
    expect(items).toEqual(['a', 'b', 'c']);
  });

  it('editing a suggested list makes the suggestion the user’s own list, with the change', () => {
    const config = base();
    const fill = prefilledTexts('champions', en)!;
    const shown = editableItems(champions(config).playbook.actions, fill.actions);
    expect(shown).toEqual(fill.actions);
    const edited = updatePlaybook(config, 'champions', { actions: playbookList.remove(shown, 0), offer: 'A birthday gift' });
    expect(champions(edited).playbook).toEqual({ goal: 'keep', actions: fill.actions.slice(1), avoid: [], offer: 'A birthday gift' });
    // The other lists still show their suggestion.
    expect(playbookOf(edited, 'champions', en)).toEqual({ goal: 'keep', actions: fill.actions.slice(1), avoid: fill.avoid, offer: 'A birthday gift' });
    expect(champions(config).playbook.offer).toBe('');
  });

  it('changes the goal, and goes back to the suggested playbook', () => {
    const edited = updatePlaybook(updatePlaybook(base(), 'champions', { goal: 'win_back' }), 'champions', { avoid: ['Spam'] });
    expect(champions(edited).playbook).toMatchObject({ goal: 'win_back', avoid: ['Spam'] });
    const reset = resetPlaybook(edited, 'champions');
    expect(champions(reset).playbook).toEqual(champions(base()).playbook);
    expect(reset.archetypes.filter((a) => a.id !== 'champions')).toEqual(base().archetypes.filter((a) => a.id !== 'champions'));
  });

  it('an edited configuration saves only if it passes the checks: too many items or too long a text are refused by field', () => {
    const ok = updatePlaybook(base(), 'champions', { actions: ['Call'], offer: 'Tea' });
    expect(validateConfig(JSON.parse(JSON.stringify(ok)))).toEqual({ ok: true, config: ok });
    const tooMany = updatePlaybook(base(), 'champions', { actions: Array(MAX_PLAYBOOK_ITEMS + 1).fill('x'), offer: 'y'.repeat(501) });
    expect(validateConfig(tooMany)).toEqual({
      ok: false,
      problems: [
        { path: 'archetypes[0].playbook.actions', kind: 'too_many' },
        { path: 'archetypes[0].playbook.offer', kind: 'too_long' },
      ],
    });
  });
});
