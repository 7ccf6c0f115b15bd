// A screen fetched on first use: nothing until it arrives, then shown at once every later time
// (no loading flash when coming back); one fetch however often it is asked for; a failed fetch
// (offline before the precache holds it) is said, and fetched again when the user asks.
import { describe, expect, it } from 'vitest';
import { lazy } from '../../src/ui/lazy.svelte';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('lazy', () => {
  it('fetches once when first asked, then has the module at once', async () => {
    let fetches = 0;
    const part = lazy(async () => (fetches++, { default: 'screen' }));
    expect(fetches).toBe(0);
    expect(part.current).toBeNull();
    expect(part.current).toBeNull();
    await settle();
    expect(part.current).toBe('screen');
    expect(fetches).toBe(1);
  });

  it('preloads without being shown', async () => {
    let fetches = 0;
    const part = lazy(async () => (fetches++, { default: 'screen' }));
    part.preload();
    part.preload();
    await settle();
    expect(fetches).toBe(1);
    expect(part.current).toBe('screen');
  });

  it('says so after a failed fetch, does not repeat it by itself, and fetches again on retry', async () => {
    let fetches = 0;
    let fail = true;
    const part = lazy(async () => {
      fetches++;
      if (fail) throw new TypeError('Failed to fetch dynamically imported module');
      return { default: 'screen' };
    });
    expect(part.current).toBeNull();
    await settle();
    expect(part.failed).toBe(true);
    expect(part.current).toBeNull();
    await settle();
    expect(fetches).toBe(1);
    fail = false;
    part.retry();
    expect(part.failed).toBe(false);
    await settle();
    expect(part.current).toBe('screen');
    expect(fetches).toBe(2);
  });
});
