// Why the engine could not start, from what the browser said, so the page can say what to try:
// each cause has its own advice (errors.ts, catalog keys error.engine_*). The messages are
// Chromium's, Firefox's and Safari's for the same causes.

import { isOutOfMemory, type ErrorCode } from './errors';

export type StartFailure = Extract<ErrorCode, 'engine_blocked' | 'engine_memory' | 'engine_files' | 'engine_start_failed'>;

/** WebAssembly refused: a Content-Security-Policy without 'wasm-unsafe-eval', or a browser setting (Safari's Lockdown Mode, Edge's enhanced security) that removes it. */
const BLOCKED = /unsafe-eval|Content Security Policy|blocked by CSP|WebAssembly is not defined|Can't find variable: WebAssembly|WebAssembly is (disabled|not supported)/i;
/** The wasm or the worker's code did not arrive whole: a failed download, an error page instead of the file, a damaged offline copy. */
const FILES = /HTTP status|Failed to fetch|NetworkError|Load failed|Incorrect response MIME type|magic word|CompileError|LinkError|wasm validation|invalid (wasm|module)|unexpected end|did not load|SyntaxError/i;
/** The memory DuckDB asks for at start refused (besides the messages of running out of it later). */
const MEMORY = /cannot allocate|allocation failed|WebAssembly\.Memory|insufficient memory/i;

export function startFailureOf(reason: string): StartFailure {
  // Blocked first: Chromium reports a refused compile as a CompileError.
  if (BLOCKED.test(reason)) return 'engine_blocked';
  if (MEMORY.test(reason) || isOutOfMemory(reason)) return 'engine_memory';
  if (FILES.test(reason)) return 'engine_files';
  return 'engine_start_failed';
}
