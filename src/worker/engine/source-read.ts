// DuckDB's parallel CSV reader is the default: on a large file it needs far less memory than the
// single-threaded one (UCI Online Retail four times over, 2.2 M rows: 350 MB against 498 MB of
// wasm memory) and no more time. But with null_padding it refuses a quoted line break that falls
// across two of its buffers ("The parallel scanner does not support null_padding in conjunction
// with quoted new lines"), so a file with multi-line notes, an Excel cell with Alt+Enter or JSON
// with "\n" in a string can be refused, anywhere in the file. Then the file is read again without
// it, and every later statement over this source reads it that way too.
// Since issue 13 cvm_csv reads without null_padding (a short row is left out, not padded), which
// removes the cause DuckDB names; the retry stays for any other refusal of the parallel reader
// ("Parameter Not Allowed Error: CSV Error"), which costs nothing when it never happens.

import { EngineError, messageOf } from '../../lib/engine/errors';
import type { OpenSource } from '../sql-template';

// The sentence is on the message's second line; an export's error keeps only the first (reasonOf),
// which names the kind: "Parameter Not Allowed Error: CSV Error on Line: 3".
const PARALLEL_REFUSED = /parallel scanner does not support null_padding in conjunction with quoted new lines|^Parameter Not Allowed Error: CSV Error/im;

const textOf = (error: unknown) => (error instanceof EngineError ? String(error.details.reason ?? '') : messageOf(error));

/** Index of `parallel` in SourceParams. */
const PARALLEL = 6;

/**
 * Runs `read`, which must take the source's parameters when it runs (source.params, or a line
 * job's params()); if DuckDB's parallel reader refuses the file, runs it again without.
 */
export function readingSource<T>(source: OpenSource, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (source.params[PARALLEL] !== true || !PARALLEL_REFUSED.test(textOf(error))) throw error;
    source.params = source.params.with(PARALLEL, false) as OpenSource['params'];
    return read();
  }
}
