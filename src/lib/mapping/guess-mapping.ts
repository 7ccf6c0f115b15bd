// Guesses which column of an order-history file is the customer, the date, the amount and so on,
// from header names and the types DuckDB detected, and checks a mapping the user edited.

import type { ColumnInfo, ColumnMapping, ColumnProfile } from '../engine/api';
import { fullEnough, recognisePlatform, type FilledCounts } from './platforms';
import { AMBIGUOUS_CUSTOMER, FIELD_SYNONYMS, type HeaderField } from './synonyms';

/** The status is named by platform layouts only (lib/mapping/platforms.ts), never from a header alone. */
type Field = HeaderField;

export type MappingProblem = {
  code:
    | 'missing_customer'
    | 'missing_date'
    | 'missing_amount'
    | 'missing_price'
    | 'missing_quantity'
    | 'unknown_column'
    | 'same_column_twice';
  field: keyof ColumnMapping;
  column?: string;
};

/** When one column fits several fields equally well, the earlier field keeps it. */
const FIELD_PRIORITY: readonly Field[] = ['customer', 'date', 'amount', 'order', 'quantity', 'price', 'status'];
const CORE_FIELDS: readonly Field[] = ['customer', 'date', 'amount', 'order', 'status'];
const OUTPUT_ORDER: readonly Field[] = ['customer', 'date', 'amount', 'quantity', 'price', 'order', 'status'];

type TypeClass = 'temporal' | 'integer' | 'decimal' | 'text' | 'unusable';

// How well a column type suits a field; a type missing from a row rules the column out.
// Text stays allowed for numbers and dates: DuckDB reads "1 234,50" and "31.12.2024 10:00"
// from Russian exports as VARCHAR, and those columns are still the right ones.
const TYPE_FIT: Record<Field, Partial<Record<TypeClass, number>>> = {
  customer: { integer: 1, text: 1, decimal: 0 },
  order: { integer: 1, text: 1, decimal: 0 },
  // Integer dates are YYYYMMDD, as in the original CDNOW file; decimals are Excel serial days (45323.5).
  date: { temporal: 2, integer: 1, decimal: 1, text: 1 },
  amount: { integer: 2, decimal: 2, text: 1 },
  quantity: { integer: 2, decimal: 2, text: 1 },
  price: { integer: 2, decimal: 2, text: 1 },
  status: { text: 1 },
};

function typeClass(detectedType: string): TypeClass {
  const type = detectedType.trim().toUpperCase();
  if (type === 'DATE' || type.startsWith('TIMESTAMP')) return 'temporal';
  if (/^U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)$|^INT\d*$/.test(type)) return 'integer';
  if (/^(DOUBLE|FLOAT\d*|REAL|DECIMAL|NUMERIC)/.test(type)) return 'decimal';
  // TIME has no day, BOOLEAN and BLOB hold no key or number, nested types hold several values.
  if (/^(TIME|INTERVAL|BOOL|BLOB|BYTEA|BIT|STRUCT|MAP|UNION)|\]$/.test(type)) return 'unusable';
  return 'text';
}

interface Words {
  text: string;
  /** Without spaces, so `CustomerID`, `customer_id` and `Customer ID` all meet. */
  compact: string;
  stems: string[];
}

function normalise(name: string): string {
  return (
    name
      // Split camelCase first so `InvoiceDate` can also match inside longer headers.
      .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
      .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
      .toLowerCase()
      .replace(/ё/g, 'е')
      .replace(/['’`]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

// Enough of a stemmer for headers: Russian headers inflect the noun (`Код клиента`,
// `Сумма продажи`), English ones pluralise it (`Customers`, `Sales`).
function stem(token: string): string {
  if (token.length < 4) return token;
  if (/[а-я]$/.test(token)) return token.replace(/[аяоеыиуюьй]$/, '');
  return token.replace(/([a-rt-z])s$/, '$1');
}

function words(name: string): Words {
  const text = normalise(name);
  return { text, compact: text.replace(/ /g, ''), stems: text === '' ? [] : text.split(' ').map(stem) };
}

interface Synonym extends Words {
  rank: number;
}

const SYNONYMS = Object.fromEntries(
  FIELD_PRIORITY.map((field) => {
    const seen = new Set<string>();
    const list: Synonym[] = [];
    for (const raw of FIELD_SYNONYMS[field]) {
      const w = words(raw);
      if (seen.has(w.text)) continue;
      seen.add(w.text);
      list.push({ ...w, rank: list.length });
    }
    return [field, list];
  }),
) as Record<Field, Synonym[]>;

const AMBIGUOUS = new Set(AMBIGUOUS_CUSTOMER.map((raw) => words(raw).compact));

const EXACT = 2;
const CONTAINS = 1;

interface Candidate {
  field: Field;
  column: number;
  kind: number;
  /** Share of the header's words the field's synonyms cover: `Номер заказа клиента` is more order than customer. */
  coverage: number;
  fit: number;
  rank: number;
}

/** Where `needle` occurs as consecutive words of `haystack`. */
function occurrences(haystack: string[], needle: string[]): number[] {
  const starts: number[] = [];
  for (let start = 0; start + needle.length <= haystack.length; start++) {
    if (needle.every((token, i) => haystack[start + i] === token)) starts.push(start);
  }
  return starts;
}

function bestMatch(header: Words, synonyms: Synonym[]): Pick<Candidate, 'kind' | 'coverage' | 'rank'> | null {
  let rank = Infinity;
  // Words covered by any synonym of the field, so `SalesAmount` outranks `ExtendedAmount`.
  const covered = new Set<number>();
  for (const synonym of synonyms) {
    if (header.text === synonym.text || header.compact === synonym.compact) {
      return { kind: EXACT, coverage: 1, rank: synonym.rank };
    }
    const starts = occurrences(header.stems, synonym.stems);
    if (starts.length === 0) continue;
    rank = Math.min(rank, synonym.rank);
    for (const start of starts) synonym.stems.forEach((_, i) => covered.add(start + i));
  }
  return covered.size > 0 ? { kind: CONTAINS, coverage: covered.size / header.stems.length, rank } : null;
}

function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    b.kind - a.kind ||
    b.coverage - a.coverage ||
    FIELD_PRIORITY.indexOf(a.field) - FIELD_PRIORITY.indexOf(b.field) ||
    b.fit - a.fit ||
    a.rank - b.rank ||
    a.column - b.column
  );
}

/** Best candidates first; each field takes the best column no other field has taken. */
function assign(candidates: Candidate[], fields: readonly Field[]): Map<Field, number> {
  const chosen = new Map<Field, number>();
  const used = new Set<number>();
  for (const candidate of candidates) {
    if (!fields.includes(candidate.field) || chosen.has(candidate.field) || used.has(candidate.column)) continue;
    chosen.set(candidate.field, candidate.column);
    used.add(candidate.column);
  }
  return chosen;
}

export interface Guess {
  mapping: Partial<ColumnMapping>;
  /** The platform whose export the file is (lib/mapping/platforms.ts), or null. */
  platform: string | null;
}

function filledCounts(profile: readonly ColumnProfile[] | undefined): FilledCounts | undefined {
  if (!profile || profile.length === 0) return undefined;
  const counts = new Map(profile.map((p) => [p.name, p.nonEmpty]));
  // The profile counts values per column, not rows; the fullest column is the best row count it has.
  return { nonEmpty: (column) => counts.get(column), sampled: Math.max(...profile.map((p) => p.nonEmpty)) };
}

/**
 * The mapping a known platform's export needs when the layout is one, and otherwise the guess from
 * header names and types. With the column profile, a nearly empty column (WooCommerce's
 * "Customer Note") or one much emptier than another customer column is never the customer.
 */
export function guessDataset(columns: ColumnInfo[], profile?: readonly ColumnProfile[]): Guess {
  const filled = filledCounts(profile);
  const platform = recognisePlatform(
    columns.map((column) => column.name),
    filled,
  );
  if (platform) return { mapping: platform.mapping, platform: platform.id };
  return { mapping: guessMapping(columns, profile), platform: null };
}

export function guessMapping(columns: ColumnInfo[], profile?: readonly ColumnProfile[]): Partial<ColumnMapping> {
  const filled = filledCounts(profile);
  const headers = columns.map((column) => ({ words: words(column.name), type: typeClass(column.detectedType) }));

  let candidates: Candidate[] = [];
  headers.forEach((header, column) => {
    if (header.words.stems.length === 0) return;
    const matches: Candidate[] = [];
    for (const field of FIELD_PRIORITY) {
      const fit = TYPE_FIT[field][header.type];
      if (fit === undefined) continue;
      const match = bestMatch(header.words, SYNONYMS[field]);
      if (match) matches.push({ field, column, fit, ...match });
    }
    // A column competes only for the fields it names best: `order_date` stays out of the
    // order even when another column became the date, and `Сумма заказа` is never the order.
    const kind = Math.max(...matches.map((m) => m.kind));
    const coverage = Math.max(...matches.filter((m) => m.kind === kind).map((m) => m.coverage));
    candidates.push(...matches.filter((m) => m.kind === kind && m.coverage === coverage));
  });
  const customers = new Set(candidates.flatMap((c) => (c.field === 'customer' ? [columns[c.column].name] : [])));
  const full = new Set(fullEnough([...customers], filled));
  candidates = candidates.filter((c) => c.field !== 'customer' || full.has(columns[c.column].name));
  // A status only by its exact name: "Fulfillment Status" or "Status Code" would leave out orders for a reason they do not give.
  candidates = candidates.filter((c) => c.field !== 'status' || c.kind === EXACT);
  candidates.sort(compareCandidates);

  // A single amount column is what the shop meant; quantity x price is the fallback, and
  // guessing it next to an amount would only make the user clear two fields.
  let chosen = assign(candidates, CORE_FIELDS);
  if (!chosen.has('amount')) chosen = assign(candidates, FIELD_PRIORITY);
  const used = new Set(chosen.values());

  if (!chosen.has('customer')) {
    const column = headers.findIndex(
      (header, i) =>
        !used.has(i) && AMBIGUOUS.has(header.words.compact) && TYPE_FIT.customer[header.type] !== undefined && fullEnough([columns[i].name], filled).length > 0,
    );
    if (column >= 0) chosen.set('customer', column);
  }
  if (!chosen.has('date')) {
    // A lone DATE or TIMESTAMP column in an order file is the order date whatever its name (`ts`, `when`).
    const temporal = headers.flatMap((header, i) => (header.type === 'temporal' ? [i] : []));
    if (temporal.length === 1) chosen.set('date', temporal[0]);
  }

  const guess: Partial<ColumnMapping> = {};
  for (const field of OUTPUT_ORDER) {
    const column = chosen.get(field);
    if (column !== undefined) guess[field] = columns[column].name;
  }
  return guess;
}

/**
 * What stops a mapping from being used: missing fields first, then columns the file lacks
 * or that two fields share. A shared column is reported on the lower-priority field (price
 * rather than quantity, order rather than customer), so the customer, date and amount
 * choices stay unflagged.
 */
export function mappingProblems(mapping: Partial<ColumnMapping>, columns: ColumnInfo[]): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const named = (field: Field): string | undefined => mapping[field] || undefined;

  if (!named('customer')) problems.push({ code: 'missing_customer', field: 'customer' });
  if (!named('date')) problems.push({ code: 'missing_date', field: 'date' });
  if (!named('amount')) {
    const quantity = named('quantity');
    const price = named('price');
    if (!quantity && !price) problems.push({ code: 'missing_amount', field: 'amount' });
    else if (!quantity) problems.push({ code: 'missing_quantity', field: 'quantity' });
    else if (!price) problems.push({ code: 'missing_price', field: 'price' });
  }

  const existing = new Set(columns.map((column) => column.name));
  const taken = new Set<string>();
  for (const field of FIELD_PRIORITY) {
    const column = named(field);
    if (!column) continue;
    if (!existing.has(column)) problems.push({ code: 'unknown_column', field, column });
    if (taken.has(column)) problems.push({ code: 'same_column_twice', field, column });
    taken.add(column);
  }
  return problems;
}
