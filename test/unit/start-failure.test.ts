// Why the engine could not start, from the browsers' own words (Chromium's as seen in the browser
// tests, Firefox's and Safari's from their sources), each with its own advice.
import { describe, expect, it } from 'vitest';
import { startFailureOf } from '../../src/lib/engine/start-failure';

describe('why the engine could not start', () => {
  it.each([
    [
      'engine_blocked',
      `WebAssembly.instantiateStreaming(): Compiling or instantiating WebAssembly module violates the following Content Security policy directive because 'unsafe-eval' is not an allowed source of script in the following Content Security Policy directive: "script-src 'self'".`,
    ],
    ['engine_blocked', 'call to WebAssembly.instantiate() blocked by CSP'],
    ['engine_blocked', 'WebAssembly is not defined'],
    ['engine_blocked', "Can't find variable: WebAssembly"],
    ['engine_files', "Failed to execute 'compile' on 'WebAssembly': HTTP status code is not ok"],
    ['engine_files', 'WebAssembly.instantiateStreaming(): expected magic word 00 61 73 6d, found 67 61 72 62 @+0'],
    ['engine_files', 'Failed to fetch'],
    ['engine_files', "the engine's code did not load"],
    ['engine_memory', 'WebAssembly.Memory(): could not allocate memory'],
    ['engine_memory', 'Out of memory: Cannot allocate Wasm memory for new instance'],
    ['engine_start_failed', 'Something nobody foresaw'],
  ])('%s: %s', (code, reason) => {
    expect(startFailureOf(reason)).toBe(code);
  });
});
