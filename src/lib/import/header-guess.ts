// Whether the first line of a CSV is its header when DuckDB's sniffer says it is not. Reading a
// damaged file (a row with a field more, a quote inside a cell), its looser sniffer often loses the
// header and names the columns column0, column1...; the real names then sit in the first row,
// where no mapping guess finds them. A header is a line of distinct names, none a number or a
// date, above rows that hold numbers or dates.

const NUMBER_OR_DATE = /^[\s$€£₽¥+-]*\d[\d\s.,:/%-]*[\s$€£₽¥%]*(?:[ap]\.?m\.?)?$/i;

const isValue = (cell: string) => NUMBER_OR_DATE.test(cell.trim());

export function looksLikeHeader(first: readonly (string | null)[], rest: readonly (readonly (string | null)[])[]): boolean {
  const names = first.map((c) => (c ?? '').trim());
  if (names.length < 2 || names.some((n) => n === '' || isValue(n))) return false;
  if (new Set(names.map((n) => n.toLowerCase())).size !== names.length) return false;
  // Under a header, some column holds numbers or dates in most rows.
  if (rest.length === 0) return false;
  return names.some((_, i) => rest.filter((row) => isValue(row[i] ?? '')).length * 2 > rest.length);
}
