// A quote opened in a cell and never closed takes every line after it, up to the next quote, into
// that cell, and DuckDB's reader leaves them all out as one damaged line: in a file whose sample
// held no such quote, thousands of rows can go. Read again with quoting off, each quote stays in
// its cell as text; but a file with real quoted cells ("Paddles, wooden") then splits those. The
// reading that uses more rows wins; a quote the user chose is never changed.

import { NO_QUOTE } from '../../lib/import/csv-dialect';
import type { OpenSource, SourceParams } from '../sql-template';

/** Indexes of quote and escape in SourceParams. */
const QUOTE = 4;
const ESCAPE = 5;

export interface QuoteReading {
  used: number;
  unclosedQuote: boolean;
}

/**
 * `first` is `read()`'s result with the source as it is. When it met a quote that never closes,
 * reads again with quoting off and keeps the better; `read` must take the source's parameters
 * when it runs. The source is left as the kept reading read it.
 */
export function withUnclosedQuote<T extends QuoteReading>(source: OpenSource, first: T, read: () => T): { reading: T; quotingOff: boolean } {
  if (!first.unclosedQuote || !source.mayUnquote) return { reading: first, quotingOff: false };
  const quoted: SourceParams = source.params;
  source.params = quoted.with(QUOTE, NO_QUOTE).with(ESCAPE, NO_QUOTE) as SourceParams;
  const unquoted = read();
  if (unquoted.used > first.used) {
    source.mayUnquote = false;
    return { reading: unquoted, quotingOff: true };
  }
  // The tables now hold the unquoted reading: read the better one again.
  source.params = quoted;
  return { reading: read(), quotingOff: false };
}
