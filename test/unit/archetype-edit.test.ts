import { describe, expect, it } from 'vitest';
import { configFromPreset, rulePreset } from '../../src/lib/archetypes/presets';
import {
  addRule,
  assignCells,
  deleteArchetype,
  moveArchetype,
  moveRule,
  record,
  redo,
  sliceKeys,
  startHistory,
  undo,
  updateArchetype,
} from '../../src/lib/archetypes/edit';
import { configWarnings } from '../../src/lib/archetypes/warnings';

const base = () => configFromPreset('default', { r: 5, f: 5, m: 5 }, 'c', new Date('2026-11-23T00:00:00Z'));

describe('editing a configuration', () => {
  it('renames, recolours and reorders archetypes without touching the cells', () => {
    const renamed = updateArchetype(base(), 'champions', { name: 'VIP-клиенты', color: '#000000', action: 'Позвонить' });
    expect(renamed.archetypes[0]).toMatchObject({ id: 'champions', name: 'VIP-клиенты', color: '#000000', action: 'Позвонить' });
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
