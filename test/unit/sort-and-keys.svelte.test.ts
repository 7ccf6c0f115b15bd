import { describe, expect, it } from 'vitest';
import { SortState } from '../../src/ui/sort-state.svelte';
import { keyOf, messageKey } from '../../src/lib/i18n/keys';

describe('sorting a table by a column', () => {
  it('starts each column the way it reads best and turns the sorted column round', () => {
    const sort = new SortState<'name' | 'revenue'>('name', (key) => key === 'revenue');
    expect([sort.key, sort.descending, sort.aria('name'), sort.aria('revenue')]).toEqual(['name', false, 'ascending', 'none']);
    sort.by('revenue');
    expect([sort.key, sort.descending, sort.aria('revenue')]).toEqual(['revenue', true, 'descending']);
    sort.by('revenue');
    expect(sort.aria('revenue')).toBe('ascending');
    sort.by('name');
    expect([sort.key, sort.descending]).toEqual(['name', false]);
  });
});

describe('catalog keys made of parts', () => {
  it('joins the parts, and knows at run time which keys the catalog has', () => {
    expect(keyOf('health.verdict', 'aov', 'better')).toBe('health.verdict.aov.better');
    expect(messageKey('archetype', 'champions')).toBe('archetype.champions');
    // A plural family counts as a key.
    expect(messageKey('count', 'customers')).toBe('count.customers');
    expect(messageKey('archetype', 'from-a-newer-version')).toBeNull();
  });
});
