// npx tsx scripts/duckdb-dialect.ts [--markdown]: what in the app's SQL (src/worker/sql/**/*.sql)
// is DuckDB's own, found in the files rather than remembered, for the README's "Scale" section:
// every function called (with the files that call it) and the DuckDB-only syntax, each with its
// Trino and Spark SQL counterpart where one exists. Comments, string literals and the engine's
// {{placeholders}} are removed before matching. A function that is in neither list below is
// printed as "not classified", so a new one cannot slip past unnoticed.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SQL_DIR = path.join(ROOT, 'src/worker/sql');

/** Called the same way on ANSI SQL, Trino and Spark SQL (window functions included). */
const PORTABLE = new Set([
  'avg', 'cast', 'ceil', 'coalesce', 'count', 'first_value', 'floor', 'greatest', 'lag', 'lead', 'length', 'lower',
  'ltrim', 'max', 'min', 'ntile', 'nullif', 'replace', 'round', 'row_number', 'substr', 'sum', 'trim', 'concat_ws',
  'chr', 'split_part', 'try_cast', 'bool_or', 'bool_and', 'regexp_extract', 'regexp_replace', 'date_trunc',
]);

/** Portable in name, but with a difference that matters here. */
const CAVEATS: Record<string, string> = {
  regexp_replace: "DuckDB replaces the first match unless given 'g' and writes back-references \\1; Trino and Spark replace all and write $1; flags such as 'i' become (?i)",
  regexp_extract: 'the group index: DuckDB defaults to 0 (the whole match), Spark to 1',
  date_trunc: "Spark's returns a TIMESTAMP (trunc(d, 'MM') keeps a DATE)",
  try_cast: 'Spark 3.2+; Trino as is',
  bool_or: 'Spark 3.0+',
  split_part: 'Spark 3.3+',
};

/** DuckDB's own functions: [Trino, Spark SQL]; '—' where there is none and the SQL must change shape. */
const DUCKDB_ONLY: Record<string, [string, string]> = {
  read_csv: ['a table of the Hive connector over the files (every column VARCHAR); no sniffer', "a table USING csv (or spark.read.csv); no sniffer"],
  sniff_csv: ['— (the delimiter, quote and date formats found on a sample by the client)', '— (the same; Spark infers types only)'],
  read_parquet: ['a Hive or Iceberg connector table', 'SELECT … FROM parquet.`path`'],
  try_strptime: ['try(date_parse(s, fmt)) (MySQL format codes)', 'try_to_timestamp(s, fmt) (Java date patterns: every format string rewritten)'],
  strftime: ['date_format(d, fmt)', 'date_format(d, pattern) (Java patterns)'],
  make_date: ['date(format(…)) or from parts with date_add', 'make_date'],
  datediff: ["date_diff('day', a, b)", 'datediff(b, a) (days, arguments reversed)'],
  regexp_matches: ['regexp_like', 'rlike / regexp_like'],
  regexp_full_match: ["regexp_like(s, '^(?:…)$')", "s rlike '^(?:…)$'"],
  contains: ['strpos(s, t) > 0 (contains is for arrays)', 'contains (3.3+)'],
  starts_with: ['starts_with', 'startswith (3.3+)'],
  strpos: ['strpos', 'instr / locate'],
  string_split: ['split', 'split (its separator is a regular expression: escape it)'],
  list_apply: ['transform', 'transform'],
  list_filter: ['filter', 'filter'],
  list_contains: ['contains', 'array_contains'],
  len: ['cardinality', 'size'],
  list: ['array_agg', 'collect_list (ORDER BY inside: sort_array or array_sort after)'],
  unnest: ['CROSS JOIN UNNEST(…)', 'explode / LATERAL VIEW'],
  generate_series: ['sequence + UNNEST', 'sequence + explode, or range'],
  arg_min: ['min_by', 'min_by'],
  any_value: ['arbitrary / any_value', 'any_value (3.4+) / first'],
  quantile_cont: ['— exact: approx_percentile is approximate; an exact one from a window (row_number over the count)', 'percentile (exact) / percentile_cont … WITHIN GROUP (3.3+)'],
  hash: ['xxhash64(to_utf8(…)) (other values)', 'xxhash64 / hash (other values; only equality within a run is relied on)'],
  struct_pack: ['CAST(ROW(…) AS ROW(name type, …))', 'named_struct'],
  try: ['try', '— (the try_ variant of each function)'],
};

/** DuckDB-only (or not-everywhere) syntax: a pattern on the cleaned text, and [Trino, Spark SQL]. */
const SYNTAX: { name: string; pattern: RegExp; trino: string; spark: string }[] = [
  { name: 'CREATE MACRO (the cvm_* helpers, shared/macros.sql)', pattern: /\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMP(?:ORARY)?\s+)?MACRO\b/i, trino: 'inline SQL routines (CREATE FUNCTION … RETURN, 431+), or the expression inlined when the SQL is generated', spark: '— in open-source Spark 3: inline the expression, or a UDF' },
  { name: 'COLUMNS(…) star expression', pattern: /\bCOLUMNS\s*\(/i, trino: '— (the column list written out)', spark: '— (written out; a regex column name with spark.sql.parser.quotedRegexColumnNames)' },
  { name: 'SELECT * EXCLUDE (…)', pattern: /\bEXCLUDE\s*\(/i, trino: '— (the column list written out)', spark: '— (Databricks: * EXCEPT)' },
  { name: 'UNPIVOT', pattern: /\bUNPIVOT\b/i, trino: 'CROSS JOIN UNNEST(ARRAY[…], ARRAY[…])', spark: 'UNPIVOT (3.4+)' },
  { name: 'QUALIFY', pattern: /\bQUALIFY\b/i, trino: '— (a subquery with a WHERE)', spark: '— (the same; Databricks has QUALIFY)' },
  { name: 'GROUP BY ALL / ORDER BY ALL', pattern: /\b(?:GROUP|ORDER)\s+BY\s+ALL\b/i, trino: '— (the columns listed)', spark: '— (Databricks has GROUP BY ALL)' },
  { name: 'lambda x -> …', pattern: /\b\w+\s*->/, trino: 'x -> … (the same)', spark: 'x -> … (the same)' },
  { name: 'list literal [a, b]', pattern: /(?:^|[(,=\s])\[(?!\s*\])/m, trino: 'ARRAY[a, b]', spark: 'array(a, b)' },
  { name: 'list index x[1] (1-based)', pattern: /[\w)\]]\[/, trino: 'x[1] / element_at (1-based, the same)', spark: 'element_at(x, 1) (x[0] is 0-based)' },
  { name: "struct literal {'name': v}", pattern: /\{\s*''\s*:/, trino: 'CAST(ROW(…) AS ROW(name type))', spark: 'named_struct' },
  { name: ':: cast', pattern: /::/, trino: 'CAST(x AS t)', spark: 'CAST(x AS t)' },
  { name: 'aggregate FILTER (WHERE …)', pattern: /\bFILTER\s*\(\s*WHERE\b/i, trino: 'the same (ANSI)', spark: 'the same' },
  { name: 'reject tables (reject_errors, reject_scans)', pattern: /\b(?:reject_errors|reject_scans|store_rejects)\b/i, trino: '— (rows that do not parse are found by try_cast on VARCHAR columns)', spark: "— (mode 'PERMISSIVE' with a corrupt-record column)" },
  { name: 'rowid pseudo-column', pattern: /\browid\b/i, trino: '— (a row number the file reader exposes, or row_number() over a stable key)', spark: 'monotonically_increasing_id() (not consecutive) / _metadata' },
  { name: 'SET / PRAGMA settings', pattern: /^\s*(?:SET|PRAGMA)\b/im, trino: 'SET SESSION (other names)', spark: 'SET (other names)' },
  { name: 'CREATE TEMP TABLE / CREATE OR REPLACE TABLE', pattern: /\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMP(?:ORARY)?\s+)?TABLE\b/i, trino: 'CREATE TABLE AS in a catalog (no temporary tables)', spark: 'CREATE OR REPLACE TEMP VIEW, or a table (Delta, Iceberg)' },
  { name: 'unsigned / HUGEINT types (UBIGINT, HUGEINT)', pattern: /\b(?:UBIGINT|UINTEGER|USMALLINT|UTINYINT|HUGEINT)\b/i, trino: 'BIGINT / DECIMAL(38)', spark: 'BIGINT / DECIMAL(38)' },
  { name: 'COPY … TO a file', pattern: /\bCOPY\b/i, trino: 'INSERT into a connector table over files', spark: 'INSERT OVERWRITE DIRECTORY … USING csv' },
  { name: 'INSERT OR REPLACE / ON CONFLICT', pattern: /\bINSERT\s+OR\s+(?:REPLACE|IGNORE)\b|\bON\s+CONFLICT\b/i, trino: 'MERGE', spark: 'MERGE (Delta, Iceberg)' },
  { name: 'ANTI / SEMI JOIN', pattern: /\b(?:ANTI|SEMI)\s+JOIN\b/i, trino: 'NOT EXISTS / EXISTS', spark: 'LEFT ANTI / LEFT SEMI JOIN' },
];

/** Words followed by "(" that are not function calls. */
const NOT_CALLS = new Set([
  'as', 'and', 'or', 'not', 'in', 'from', 'where', 'over', 'filter', 'using', 'values', 'exists', 'decimal', 'varchar',
  'copy', 'exclude', 'columns', 'unpivot', 'table', 'on', 'select', 'when', 'then', 'else', 'join', 'with', 'by',
  'into', 'partition', 'key', 'primary', 'is', 'all', 'any', 'struct', 'map', 'union', 'except', 'intersect', 'macro',
]);

function sqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sqlFiles(full);
    return entry.name.endsWith('.sql') ? [full] : [];
  });
}

/** Comments, string literals (kept as '') and {{placeholders}} (kept as a name) removed. */
function clean(sql: string): string {
  // One pass, whichever comes first: an apostrophe in a comment opens no string, and "--" in a string is no comment.
  return sql
    .replace(/'(?:[^']|'')*'|--[^\n]*/g, (match) => (match.startsWith("'") ? "''" : ''))
    .replace(/\{\{\s*\w+\s*\}\}/g, 'placeholder');
}

type Uses = Map<string, Set<string>>;

function add(uses: Uses, key: string, file: string): void {
  if (!uses.has(key)) uses.set(key, new Set());
  uses.get(key)!.add(file);
}

function filesText(files: Set<string> | undefined, shown = 3): string {
  const list = [...(files ?? [])].sort();
  const head = list.slice(0, shown).join(', ');
  return list.length > shown ? `${list.length} files: ${head}, +${list.length - shown}` : `${list.length} file${list.length === 1 ? '' : 's'}: ${head}`;
}

function main(): void {
  const markdown = process.argv.includes('--markdown');
  const files = sqlFiles(SQL_DIR).sort();
  const calls: Uses = new Map();
  const syntax: Uses = new Map();
  const macros = new Map<string, string>();
  const cleaned = files.map((file) => ({ name: path.relative(SQL_DIR, file), text: clean(readFileSync(file, 'utf8')) }));
  // Macros and the tables a statement creates are names of this project, not functions.
  const ownNames = new Set<string>();
  for (const { name, text } of cleaned) {
    for (const m of text.matchAll(/\bMACRO\s+(\w+)\s*\(/gi)) macros.set(m[1].toLowerCase(), name), ownNames.add(m[1].toLowerCase());
    for (const m of text.matchAll(/\b(?:TABLE|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)\s*\(/gi)) ownNames.add(m[1].toLowerCase());
    for (const m of text.matchAll(/\b(\w+)\s+AS\s*(?:MATERIALIZED\s*)?\(/gi)) ownNames.add(m[1].toLowerCase());
  }
  for (const { name, text } of cleaned) {
    for (const m of text.matchAll(/\b([a-z_][a-z0-9_]*)\s*\(/gi)) {
      const fn = m[1].toLowerCase();
      if (NOT_CALLS.has(fn) || ownNames.has(fn) || fn === 'placeholder') continue;
      add(calls, fn, name);
    }
    for (const s of SYNTAX) if (s.pattern.test(text)) add(syntax, s.name, name);
  }

  const row = (cells: string[]) => (markdown ? `| ${cells.join(' | ')} |` : cells.join('  ·  '));
  const out: string[] = [];
  const heading = (title: string, header: string[]) => {
    out.push('', markdown ? `**${title}**` : `## ${title}`, '');
    if (markdown) out.push(row(header), row(header.map(() => '---')));
  };
  const portable = [...calls.keys()].filter((fn) => PORTABLE.has(fn)).sort();
  const specific = [...calls.keys()].filter((fn) => fn in DUCKDB_ONLY).sort();
  const unknown = [...calls.keys()].filter((fn) => !PORTABLE.has(fn) && !(fn in DUCKDB_ONLY)).sort();
  const usedSyntax = SYNTAX.filter((s) => syntax.has(s.name));

  out.push(
    `${files.length} SQL files under src/worker/sql: ${calls.size} functions called (${portable.length} portable, ${specific.length} DuckDB's own, ${unknown.length} not classified), ${macros.size} macros of the project's own, ${usedSyntax.length} DuckDB-specific or not-everywhere constructs.`,
  );
  heading("DuckDB's own functions", ['function', 'used in', 'Trino', 'Spark SQL']);
  for (const fn of specific) out.push(row([`\`${fn}\``, filesText(calls.get(fn)), ...DUCKDB_ONLY[fn]]));
  heading('Syntax', ['construct', 'used in', 'Trino', 'Spark SQL']);
  for (const s of usedSyntax) out.push(row([s.name, filesText(syntax.get(s.name)), s.trino, s.spark]));
  heading('Portable functions (the same name on Trino and Spark SQL)', ['function', 'used in', 'note']);
  for (const fn of portable) out.push(row([`\`${fn}\``, filesText(calls.get(fn), 1), CAVEATS[fn] ?? '']));
  heading("The project's macros (shared/macros.sql): rewritten as the engine's routines or inlined", ['macros', 'count']);
  out.push(row([[...macros.keys()].sort().map((m) => `\`${m}\``).join(', '), String(macros.size)]));
  if (unknown.length > 0) {
    heading('Not classified (add them to scripts/duckdb-dialect.ts)', ['function', 'used in']);
    for (const fn of unknown) out.push(row([`\`${fn}\``, filesText(calls.get(fn))]));
  }
  console.log(out.join('\n'));
  if (unknown.length > 0) process.exitCode = 1;
}

main();
