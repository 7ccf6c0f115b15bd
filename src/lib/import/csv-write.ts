// Excel and JSON reach DuckDB as CSV text written here (its own readers for them are
// extensions it would download). The CSV is internal: values go out exactly as read, with
// no spreadsheet-formula neutralisation, which only matters for CSV a person opens
// (lib/spreadsheet-csv.ts).

const NEEDS_QUOTES = /[",\r\n]/;

function field(value: string | null): string {
  if (value === null) return '';
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** RFC 4180 text (comma, `"` quoting only where needed, `\n` line ends) as UTF-8 bytes. */
export function rowsToCsv(rows: Iterable<(string | null)[]>): Uint8Array {
  const lines: string[] = [];
  for (const row of rows) lines.push(row.map(field).join(',') + '\n');
  return new TextEncoder().encode(lines.join(''));
}

/**
 * Plain digits for any finite number. DuckDB would read "1e-7" as a number too, but the
 * engine's amount parser and the preview expect the digits a person would type.
 */
function numberText(n: number): string {
  const shortest = String(n);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (!match) return shortest;
  const [, sign, lead, fraction = '', exp] = match;
  const digits = lead + fraction;
  // Position of the decimal point counted from the start of `digits`.
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A spreadsheet date is a day count with a fraction, with no time zone; readers (ours
 * included) turn it into a Date whose UTC fields are the wall-clock time shown in the
 * cell. Reading the UTC parts gives back exactly what the user saw, whatever zone this
 * machine is in; local parts would shift it by the machine's offset.
 */
function dateText(date: Date): string | null {
  // Readers compute the milliseconds from a float day count (and floor them), so 14:45
  // can arrive as 14:44:59.999; a cell shows whole seconds, so round to the nearest one.
  const ms = Math.round(date.getTime() / 1000) * 1000;
  if (!Number.isFinite(ms)) return null;
  const d = new Date(ms);
  const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (ms % 86_400_000 === 0) return day;
  return `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** One cell as CSV text; null for an empty cell (and for NaN or Infinity, which no export means as a value). */
export function cellText(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? numberText(value) : null;
  if (typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return dateText(value);
  return JSON.stringify(value);
}
