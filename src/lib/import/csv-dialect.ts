// How a CSV is read once DuckDB's sniffer has looked at its first rows. The sniffer sees a sample
// (20,480 rows); what it could not see must not change how the rest is read.

/** The quote of RFC 4180, which is also how a quote inside a quoted cell is escaped (doubled). */
export const RFC_QUOTE = '"';

/** Quoting off: every quote is text (DuckDB's quote = ''). A choice, and the way to read a file whose quote never closes. */
export const NO_QUOTE = '';

/** DuckDB reports "no quote found in the sample" as "(empty)" (older builds: an empty text or NUL). */
const isChar = (sniffed: string | null | undefined): sniffed is string =>
  typeof sniffed === 'string' && sniffed.length === 1 && sniffed !== '\0';

export interface CsvQuoting {
  quote: string;
  escape: string;
  /** Whether the quote is RFC 4180's by default because the sniffer found none in its sample. */
  assumed: boolean;
  /** Whether the user chose it: then it is never changed behind their back. */
  chosen: boolean;
}

/**
 * The quote and escape to read the whole file with: the sniffer's when it found one, otherwise
 * RFC 4180's. Left unset, DuckDB reads the file with quoting off when the sample had no quote,
 * and a quoted line break or "1,234.50" after the sample silently splits a row or refuses the file.
 */
export function csvQuoting(sniffedQuote: string | null | undefined, sniffedEscape: string | null | undefined): CsvQuoting {
  const assumed = !isChar(sniffedQuote);
  const quote = assumed ? RFC_QUOTE : sniffedQuote;
  return { quote, escape: isChar(sniffedEscape) ? sniffedEscape : quote, assumed, chosen: false };
}

/** The user's quote (NO_QUOTE for none); a quote escapes itself (doubled) unless they chose an escape too. */
export function chosenQuoting(quote: string, escape: string | undefined): CsvQuoting {
  if (quote === NO_QUOTE) return { quote: NO_QUOTE, escape: NO_QUOTE, assumed: false, chosen: true };
  return { quote, escape: escape ?? quote, assumed: false, chosen: true };
}

/**
 * Quoting off, for a file the sniffer found no quote in because a quote there never closes: read
 * with RFC 4180's quote, that quote takes the rest of the file into one cell and DuckDB cannot
 * tell its columns; read with none, the quote stays in its cell as text and every row is read.
 */
export const UNQUOTED: CsvQuoting = { quote: NO_QUOTE, escape: NO_QUOTE, assumed: false, chosen: false };
