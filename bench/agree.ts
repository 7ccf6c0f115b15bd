// Do the app and its peers give every customer the same scores? Reads score CSVs whose header
// names at least customer_id, recency_days, frequency, monetary, r, f, m (other columns, in any
// position, are ignored) and lists the customers on which any two files differ.
// CLI: npx tsx bench/agree.ts NAME=FILE NAME=FILE [...]   (exit 1 on any disagreement)

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Agreement {
  /** rows (scored customers) per file. */
  customers: Record<string, number>;
  /** sum of the monetary column per file, added in integer cents. */
  revenue: Record<string, number>;
  /** at most 20 customer lines, then one line with the count; empty when all files agree. */
  disagreements: string[];
}

const COLUMNS = ['customer_id', 'recency_days', 'frequency', 'monetary', 'r', 'f', 'm'] as const;
const SHOWN = 20;

/** One file's values, aligned on the first file's customers; customers it lacks are absent. */
interface Scores {
  present: Uint8Array;
  recency: Int32Array;
  frequency: Int32Array;
  cents: Float64Array;
  rfm: Int8Array; // r, f, m at 3 i, 3 i + 1, 3 i + 2
}

interface Row {
  recency: number;
  frequency: number;
  cents: number;
  r: number;
  f: number;
  m: number;
}

function newScores(n: number): Scores {
  return {
    present: new Uint8Array(n),
    recency: new Int32Array(n),
    frequency: new Int32Array(n),
    cents: new Float64Array(n),
    rfm: new Int8Array(3 * n),
  };
}

/** Calls onRecord for every CSV record after the header (RFC 4180 quoting, LF or CRLF). */
function forEachRecord(text: string, onHeader: (fields: string[]) => void, onRecord: (fields: string[], line: number) => void): void {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 0;
  let header = true;
  // Position of the next quote at or after pos; searched again only once passed (a file
  // without quotes is then scanned for them once, not once per line).
  let quote = -1;
  while (pos < text.length) {
    line++;
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    let fields: string[];
    if (quote !== Infinity && quote < pos) {
      quote = text.indexOf('"', pos);
      if (quote < 0) quote = Infinity;
    }
    if (quote > end) {
      const stop = end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      fields = text.slice(pos, stop).split(',');
      pos = end + 1;
    } else {
      fields = [];
      let field = '';
      let i = pos;
      for (;;) {
        if (text.charCodeAt(i) === 34) {
          i++;
          for (;;) {
            const q = text.indexOf('"', i);
            if (q < 0) throw new Error(`line ${line}: unterminated quote`);
            field += text.slice(i, q);
            if (text.charCodeAt(q + 1) === 34) {
              field += '"';
              i = q + 2;
            } else {
              i = q + 1;
              break;
            }
          }
        }
        let j = i;
        while (j < text.length && text.charCodeAt(j) !== 44 && text.charCodeAt(j) !== 10) j++;
        field += text.slice(i, j);
        if (j < text.length && text.charCodeAt(j) === 44) {
          fields.push(field);
          field = '';
          i = j + 1;
          continue;
        }
        fields.push(field.endsWith('\r') ? field.slice(0, -1) : field);
        pos = j + 1;
        break;
      }
    }
    if (fields.length === 1 && fields[0] === '') continue;
    if (header) {
      header = false;
      onHeader(fields);
    } else onRecord(fields, line);
  }
}

/** A whole number that fits the typed array it is stored in (scores in a signed byte, counts in int32). */
function toInt(text: string, what: string, where: string, max = 2 ** 31 - 1): number {
  const n = Number(text);
  if (text === '' || !Number.isInteger(n) || n < -max - 1 || n > max) {
    throw new Error(`${where}: ${what} is not a whole number up to ${max}: ${JSON.stringify(text)}`);
  }
  return n;
}

/** Decimal text ("-1165.30") to whole cents, halves away from zero: exact, never a float sum. */
function toCents(text: string, where: string): number {
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (!match || (match[2] === '' && !match[3])) throw new Error(`${where}: monetary is not a number: ${JSON.stringify(text)}`);
  const fraction = match[3] ?? '';
  let cents = Number(match[2] || '0') * 100 + Number((fraction + '00').slice(0, 2));
  if (fraction.length > 2 && fraction.charCodeAt(2) >= 53) cents++;
  if (!Number.isSafeInteger(cents)) throw new Error(`${where}: monetary too large to add exactly: ${text}`);
  return match[1] === '-' ? -cents : cents;
}

/** The app prefixes ids that look like spreadsheet formulas with a quote when it writes CSV. */
function customerId(text: string): string {
  return text.length > 1 && text[0] === "'" && '=+-@\t\r'.includes(text[1]) ? text.slice(1) : text;
}

function readScores(name: string, file: string, onRow: (id: string, row: Row, where: string) => void): void {
  const text = readFileSync(file, 'utf8');
  let at: number[] = [];
  forEachRecord(
    text,
    (header) => {
      const names = header.map((h) => h.trim());
      at = COLUMNS.map((c) => names.indexOf(c));
      const missing = COLUMNS.filter((_, i) => at[i] < 0);
      if (missing.length > 0) throw new Error(`${name} (${file}): no column ${missing.join(', ')}`);
    },
    (fields, line) => {
      const where = `${name} line ${line}`;
      onRow(
        customerId(fields[at[0]] ?? ''),
        {
          recency: toInt(fields[at[1]] ?? '', 'recency_days', where),
          frequency: toInt(fields[at[2]] ?? '', 'frequency', where),
          cents: toCents(fields[at[3]] ?? '', where),
          r: toInt(fields[at[4]] ?? '', 'r', where, 127),
          f: toInt(fields[at[5]] ?? '', 'f', where, 127),
          m: toInt(fields[at[6]] ?? '', 'm', where, 127),
        },
        where,
      );
    },
  );
}

function describe(row: Row | undefined): string {
  if (!row) return 'not scored';
  const money = (Math.abs(row.cents) / 100).toFixed(2);
  return `R${row.r} F${row.f} M${row.m} (recency ${row.recency}, frequency ${row.frequency}, monetary ${row.cents < 0 ? '-' : ''}${money})`;
}

function sameRow(a: Row | undefined, b: Row | undefined): boolean {
  if (!a || !b) return a === b;
  return a.recency === b.recency && a.frequency === b.frequency && a.cents === b.cents && a.r === b.r && a.f === b.f && a.m === b.m;
}

export function compareScores(files: Record<string, string>): Agreement {
  const names = Object.keys(files);
  const customers: Record<string, number> = {};
  const revenue: Record<string, number> = {};
  const problems: string[] = [];
  // The first file fixes the customer index; every file's values are stored in typed arrays
  // aligned on it, so a million customers cost a few tens of MB per file, not a Map of objects.
  const ids: string[] = [];
  const scores: Scores[] = [];
  // id -> index in the first file, built only when a file is not in the first file's order
  // (every score CSV here is sorted by customer id, so usually never).
  let index: Map<string, number> | null = null;
  const lookup = (id: string): number | undefined => {
    if (index === null) {
      index = new Map();
      for (let i = 0; i < ids.length; i++) {
        if (index.has(ids[i])) problems.push(`${names[0]}: customer ${ids[i]} is listed twice`);
        else index.set(ids[i], i);
      }
    }
    return index.get(id);
  };
  // Customers missing from the first file are rare (only when files disagree): kept as objects.
  const extra = new Map<string, Map<string, Row>>();

  names.forEach((name, k) => {
    let count = 0;
    let cents = 0;
    let ascending = true;
    // The first file's size is unknown until read: plain arrays of small numbers, then typed.
    const first = { recency: [] as number[], frequency: [] as number[], cents: [] as number[], rfm: [] as number[] };
    const s = k === 0 ? null : newScores(ids.length);
    readScores(name, files[name], (id, row, where) => {
      const j = count++;
      cents += row.cents;
      if (!Number.isSafeInteger(cents)) throw new Error(`${where}: revenue too large to add exactly in cents`);
      if (s === null) {
        if (j > 0 && !(ids[j - 1] < id)) ascending = false;
        ids.push(id);
        first.recency.push(row.recency);
        first.frequency.push(row.frequency);
        first.cents.push(row.cents);
        first.rfm.push(row.r, row.f, row.m);
        return;
      }
      const i = ids[j] === id ? j : lookup(id);
      if (i === undefined) {
        let byFile = extra.get(id);
        if (!byFile) extra.set(id, (byFile = new Map()));
        if (byFile.has(name)) problems.push(`${where}: customer ${id} is listed twice`);
        else byFile.set(name, row);
      } else if (s.present[i]) problems.push(`${where}: customer ${id} is listed twice`);
      else {
        s.present[i] = 1;
        s.recency[i] = row.recency;
        s.frequency[i] = row.frequency;
        s.cents[i] = row.cents;
        s.rfm[3 * i] = row.r;
        s.rfm[3 * i + 1] = row.f;
        s.rfm[3 * i + 2] = row.m;
      }
    });
    customers[name] = count;
    revenue[name] = cents / 100;
    // Strictly ascending ids cannot repeat; otherwise the index is built now and reports repeats.
    if (s === null && !ascending) lookup('');
    scores.push(
      s ?? {
        present: new Uint8Array(ids.length).fill(1),
        recency: Int32Array.from(first.recency),
        frequency: Int32Array.from(first.frequency),
        cents: Float64Array.from(first.cents),
        rfm: Int8Array.from(first.rfm),
      },
    );
  });

  const rowAt = (s: Scores, i: number): Row | undefined =>
    s.present[i]
      ? { recency: s.recency[i], frequency: s.frequency[i], cents: s.cents[i], r: s.rfm[3 * i], f: s.rfm[3 * i + 1], m: s.rfm[3 * i + 2] }
      : undefined;
  const lines: string[] = [];
  let disagreeing = 0;
  const report = (id: string, rows: (Row | undefined)[]) => {
    if (rows.every((row) => sameRow(row, rows[0]))) return;
    disagreeing++;
    if (lines.length < SHOWN) lines.push(`${id}: ` + names.map((name, k) => `${name} ${describe(rows[k])}`).join(' | '));
  };
  const same = (a: Scores, b: Scores, i: number) =>
    a.present[i] === b.present[i] &&
    a.recency[i] === b.recency[i] &&
    a.frequency[i] === b.frequency[i] &&
    a.cents[i] === b.cents[i] &&
    a.rfm[3 * i] === b.rfm[3 * i] &&
    a.rfm[3 * i + 1] === b.rfm[3 * i + 1] &&
    a.rfm[3 * i + 2] === b.rfm[3 * i + 2];
  const owner = index as Map<string, number> | null;
  for (let i = 0; i < ids.length; i++) {
    // A repeated id of the first file is reported once, at its first row.
    if (owner !== null && owner.get(ids[i]) !== i) continue;
    if (scores.every((s) => same(s, scores[0], i))) continue;
    report(ids[i], scores.map((s) => rowAt(s, i)));
  }
  for (const [id, byFile] of extra) report(id, names.map((name) => byFile.get(name)));

  const disagreements = [...problems.slice(0, SHOWN), ...lines];
  if (problems.length > 0 || disagreeing > 0) {
    const what = [
      disagreeing > 0 ? `${disagreeing} customer${disagreeing === 1 ? '' : 's'} differ` : '',
      problems.length > 0 ? `${problems.length} duplicate row${problems.length === 1 ? '' : 's'}` : '',
    ].filter(Boolean);
    disagreements.push(`${what.join(', ')} between ${names.join(', ')}` + (disagreeing > SHOWN ? ` (first ${SHOWN} shown)` : ''));
  }
  return { customers, revenue, disagreements };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const files: Record<string, string> = {};
  for (const arg of process.argv.slice(2)) {
    const eq = arg.indexOf('=');
    if (eq <= 0) {
      console.error('usage: npx tsx bench/agree.ts NAME=FILE NAME=FILE [...]');
      process.exit(2);
    }
    files[arg.slice(0, eq)] = arg.slice(eq + 1);
  }
  const t0 = performance.now();
  const result = compareScores(files);
  console.log(JSON.stringify({ customers: result.customers, revenue: result.revenue, seconds: (performance.now() - t0) / 1000 }));
  for (const line of result.disagreements) console.log(line);
  if (result.disagreements.length === 0) console.log('all files agree on every customer');
  process.exit(result.disagreements.length === 0 ? 0 : 1);
}
