// The one place where Arrow results become plain rows. Everything that crosses to the UI
// is a number, string, boolean, null, array or plain object.

import type { Table } from 'apache-arrow';

function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') {
    // Counts and ids that fit are converted; anything larger would silently lose digits.
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new Error(`integer ${value} is too large to convert exactly; cast it in SQL`);
    }
    return Number(value);
  }
  if (typeof value !== 'object') return value;
  if (value instanceof Uint8Array) return value;
  if (Array.isArray(value)) return value.map(toPlain);
  // Arrow's StructRow.toJSON() gives an object, Vector.toJSON() an array; both may nest.
  const json = typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON(): unknown }).toJSON() : value;
  if (Array.isArray(json)) return json.map(toPlain);
  if (typeof json !== 'object' || json === null) return toPlain(json);
  return Object.fromEntries(Object.entries(json).map(([k, v]) => [k, toPlain(v)]));
}

export function toRows<T>(table: Table): T[] {
  const rows: T[] = [];
  for (const row of table) rows.push(toPlain(row) as T);
  return rows;
}
