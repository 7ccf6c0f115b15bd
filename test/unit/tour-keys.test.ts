import { describe, expect, it } from 'vitest';
import { tourKey, type KeyContext } from '../../src/lib/tour/keys.ts';

const on = (key: string, focus: Partial<KeyContext> = {}): ReturnType<typeof tourKey> =>
  tourKey({ key, modified: false, tag: 'body', role: null, editable: false, ...focus });

describe('the keyboard during the tour', () => {
  it('goes on with ArrowRight and Space, back with ArrowLeft, leaves with Escape', () => {
    expect(on('ArrowRight')).toBe('next');
    expect(on(' ')).toBe('next');
    expect(on('ArrowLeft')).toBe('back');
    expect(on('Escape')).toBe('close');
    expect(on('Enter')).toBe(null);
  });

  it('leaves every key to a field being typed in, Escape included', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', ' ', 'Escape']) {
      expect(on(key, { tag: 'input' }), key).toBe(null);
      expect(on(key, { tag: 'textarea' }), key).toBe(null);
      expect(on(key, { tag: 'div', editable: true }), key).toBe(null);
    }
  });

  it('leaves arrows to a tab bar and Space to a button, which act on them themselves', () => {
    expect(on('ArrowRight', { tag: 'button', role: 'tab' })).toBe(null);
    expect(on(' ', { tag: 'button' })).toBe(null);
    expect(on('ArrowRight', { tag: 'button' })).toBe('next');
    expect(on('Escape', { tag: 'button', role: 'tab' })).toBe('close');
  });

  it('ignores browser shortcuts', () => {
    expect(tourKey({ key: 'ArrowLeft', modified: true, tag: 'body', role: null, editable: false })).toBe(null);
  });
});
