// --engine and the native engine's flags (--threads, --memory-limit, --temp-dir): pure, as args.ts.

import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Translate } from '../lib/i18n/translate';
import type { EngineKind } from './duckdb-node';
import type { NativeSettings } from './native/protocol';

export interface CliEngine {
  kind: EngineKind;
  /** The native engine's settings; unused by DuckDB-WASM, which takes none of these flags. */
  native: NativeSettings;
}

/** More threads than this is a typing error, not a machine. */
export const MAX_THREADS = 1024;

/** DuckDB's memory_limit units; a number alone would be read as bytes, which nobody means. */
const MEMORY = /^(\d+(?:\.\d+)?)\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i;

export const NATIVE_FLAGS = ['threads', 'memory-limit', 'temp-dir'] as const;

/** `fail` throws the command line's one-line error. */
export function engineOptions(text: (name: 'engine' | (typeof NATIVE_FLAGS)[number]) => string | undefined, t: Translate, fail: (message: string) => never): CliEngine {
  const kind = text('engine') ?? 'wasm';
  if (kind !== 'wasm' && kind !== 'native') fail(t('cli.engine.badEngine', { value: kind }));
  if (kind === 'wasm') {
    const given = NATIVE_FLAGS.find((name) => text(name) !== undefined);
    if (given) fail(t('cli.engine.needsNative', { flag: `--${given}` }));
  }
  const threadsText = text('threads');
  const threads = threadsText === undefined ? null : /^\d+$/.test(threadsText.trim()) ? Number(threadsText.trim()) : NaN;
  if (threads !== null && !(threads >= 1 && threads <= MAX_THREADS)) fail(t('cli.engine.badThreads', { value: threadsText ?? '', max: String(MAX_THREADS) }));
  const memoryText = text('memory-limit');
  const memory = memoryText === undefined ? null : MEMORY.exec(memoryText.trim());
  if (memoryText !== undefined && (memory === null || !(Number(memory[1]) > 0))) fail(t('cli.engine.badMemoryLimit', { value: memoryText }));
  return {
    kind,
    native: {
      threads,
      memoryLimit: memory ? `${memory[1]}${memory[2].toUpperCase().replace('IB', 'iB')}` : null,
      tempDirectory: path.resolve(text('temp-dir') ?? tmpdir()),
    },
  };
}
