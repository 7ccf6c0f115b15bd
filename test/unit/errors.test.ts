import { describe, expect, it } from 'vitest';
import { EngineError, isOutOfMemory, toErrorData } from '../../src/lib/engine/errors';

describe('engine errors', () => {
  it('recognises the ways DuckDB-WASM reports running out of memory', () => {
    expect(isOutOfMemory(new Error('Out of Memory Error: failed to allocate data of size 256.0 MiB (3.1 GiB/3.1 GiB used)'))).toBe(true);
    expect(isOutOfMemory(Object.assign(new Error('memory access out of bounds'), { name: 'RuntimeError' }))).toBe(true);
    expect(isOutOfMemory(new Error('Aborted(OOM)'))).toBe(true);
    expect(isOutOfMemory(new Error('Binder Error: column "x" not found'))).toBe(false);
  });

  it('keeps code and details of engine errors and wraps anything else as engine_failed', () => {
    expect(toErrorData(new EngineError('file_empty', { file: 'a.csv' }))).toMatchObject({ code: 'file_empty', details: { file: 'a.csv' } });
    expect(toErrorData(new TypeError('boom'))).toMatchObject({ code: 'engine_failed', details: { reason: 'boom' } });
  });
});
