// JSON exports reach DuckDB as CSV text: its JSON reader is an extension it would download.
// Accepted shapes: an array of records, an object holding one (`{"orders": [...]}`), or
// NDJSON / JSON Lines (one record per line).

import { cellText, rowsToCsv } from '../lib/import/csv-write';
import { EngineError, messageOf } from '../lib/engine/errors';
import type { TableText } from './xlsx-source';
import { quoteLongIntegers } from './json-long-integers';

type JsonRecord = Record<string, unknown>;

const isRecord = (value: unknown): value is JsonRecord => typeof value === 'object' && value !== null && !Array.isArray(value);
const isRecordList = (value: unknown): value is JsonRecord[] => Array.isArray(value) && value.length > 0 && value.every(isRecord);

/** Line (1-based) of a JSON.parse error, from the position V8 puts in its message. */
function errorLine(text: string, error: unknown): number {
  const message = error instanceof Error ? error.message : '';
  const line = /line (\d+) column/.exec(message);
  if (line) return Number(line[1]);
  const position = /at position (\d+)/.exec(message);
  // An error at the end ("Unexpected end of JSON input" has no position) is on the last line with text.
  const end = text.trimEnd().length;
  const at = position ? Math.min(Number(position[1]), end) : end;
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The parser's words without the position, which `line` already says. */
function errorReason(error: unknown): string {
  const message = messageOf(error);
  return message.replace(/\s+(in JSON )?at position \d+.*$/, '');
}

/** The quoting pass reads every character, so it runs only when a 16-digit run could need it. */
function parse(text: string): unknown {
  if (!/\d{16}/.test(text)) return JSON.parse(text);
  try {
    return JSON.parse(quoteLongIntegers(text));
  } catch (error) {
    // The user's own text gives the message and position: the quoted copy shifted both.
    JSON.parse(text);
    throw error;
  }
}

function parseOrThrow(text: string, file: string, lineOffset = 0): unknown {
  try {
    return parse(text);
  } catch (error) {
    throw new EngineError('json_unreadable', { file, line: lineOffset + errorLine(text, error), reason: errorReason(error) });
  }
}

/** One record per line; `null` when the text does not look like that. */
function parseLines(text: string, file: string, forced: boolean): JsonRecord[] | null {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (!forced) {
    // A pretty-printed document starts with a line that is not a whole object ("[" or "{").
    if (first < 0 || lines.slice(first + 1).every((line) => line.trim() === '')) return null;
    try {
      if (!isRecord(JSON.parse(lines[first]))) return null;
    } catch {
      return null;
    }
  }
  const records: JsonRecord[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const value = parseOrThrow(line, file, i);
    if (!isRecord(value)) throw new EngineError('json_not_table', { file });
    records.push(value);
  });
  return records;
}

function recordsOf(value: unknown, file: string): JsonRecord[] {
  if (Array.isArray(value) && value.length === 0) throw new EngineError('file_empty', { file });
  if (isRecordList(value)) return value;
  if (isRecord(value)) {
    const list = Object.values(value).find(isRecordList);
    if (list) return list;
  }
  throw new EngineError('json_not_table', { file });
}

/** Nested objects become dotted columns (`customer.id`); arrays stay JSON text. */
function flatten(record: JsonRecord, prefix: string, out: Map<string, unknown>): void {
  for (const [key, value] of Object.entries(record)) {
    const name = prefix + key;
    if (isRecord(value)) flatten(value, name + '.', out);
    else out.set(name, value);
  }
}

export function jsonToCsv(bytes: Uint8Array, fileName: string): TableText {
  const file = fileName;
  // JSON is UTF-8, but Windows tools also save UTF-16 with a byte-order mark; TextDecoder drops the mark.
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  const text = new TextDecoder(encoding).decode(bytes);
  const lineFormat = /\.(ndjson|jsonl)$/i.test(fileName);

  let records = lineFormat ? parseLines(text, file, true) : null;
  if (!records) {
    let value: unknown;
    try {
      value = parse(text);
    } catch (error) {
      records = parseLines(text, file, false);
      if (!records) throw new EngineError('json_unreadable', { file, line: errorLine(text, error), reason: errorReason(error) });
    }
    records ??= recordsOf(value, file);
  }
  if (records.length === 0) throw new EngineError('file_empty', { file });

  // A Set keeps first-seen order.
  const columns = new Set<string>();
  const flat = records.map((record) => {
    const cells = new Map<string, unknown>();
    flatten(record, '', cells);
    for (const name of cells.keys()) columns.add(name);
    return cells;
  });
  const names = [...columns];
  if (names.length === 0) throw new EngineError('json_not_table', { file });
  function* rows(): Generator<(string | null)[]> {
    yield names;
    for (const cells of flat) yield names.map((name) => cellText(cells.get(name)));
  }
  return { csv: rowsToCsv(rows()), rows: records.length };
}
