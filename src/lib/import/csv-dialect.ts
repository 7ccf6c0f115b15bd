// How a CSV is read once DuckDB's sniffer has looked at its first rows. The sniffer sees a sample
// (20,480 rows); what it could not see must not change how the rest is read.

/** The quote of RFC 4180, which is also how a quote inside a quoted cell is escaped (doubled). */
export const RFC_QUOTE = '"';

/** DuckDB reports "no quote found in the sample" as "(empty)" (older builds: an empty text or NUL). */
const isChar = (sniffed: string | null | undefined): sniffed is string =>
  typeof sniffed === 'string' && sniffed.length === 1 && sniffed !== '\0';

export interface CsvQuoting {
  quote: string;
  escape: string;
}

/**
 * The quote and escape to read the whole file with: the sniffer's when it found one, otherwise
 * RFC 4180's. Left unset, DuckDB reads the file with quoting off when the sample had no quote,
 * and a quoted line break or "1,234.50" after the sample silently splits a row or refuses the file.
 */
export function csvQuoting(sniffedQuote: string | null | undefined, sniffedEscape: string | null | undefined): CsvQuoting {
  const quote = isChar(sniffedQuote) ? sniffedQuote : RFC_QUOTE;
  return { quote, escape: isChar(sniffedEscape) ? sniffedEscape : quote };
}
