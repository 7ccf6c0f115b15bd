// Native DuckDB's values as worker/arrow.ts makes DuckDB-WASM's, with wasm-database.ts's casts
// (DUCKDB_CONFIG: BIGINT and DECIMAL as double), so every row the engine sees is the same:
// integers of any width and decimals as numbers (DuckDB's own cast for decimals), DATE as epoch
// milliseconds, TIMESTAMP as epoch milliseconds with the microseconds as a fraction (Arrow's
// microsecond timestamps in JS), TIME as microseconds, ENUM and UUID as text, a MAP as an object.
// Nested BIGINTs are real numbers here; DuckDB-WASM's cast garbles them inside lists and structs
// (1 becomes 5e-324), so no statement of ours returns one.

import {
  DuckDBDateValue,
  DuckDBDecimalValue,
  DuckDBListValue,
  DuckDBArrayValue,
  DuckDBMapValue,
  DuckDBStructValue,
  DuckDBTimeValue,
  DuckDBTimestampValue,
  DuckDBTimestampTZValue,
  DuckDBTimestampMillisecondsValue,
  DuckDBTimestampSecondsValue,
  DuckDBTimestampNanosecondsValue,
  DuckDBBlobValue,
  DuckDBUUIDValue,
  type DuckDBValue,
} from '@duckdb/node-api';

const MS_PER_DAY = 86_400_000;

export function plainValue(value: DuckDBValue): unknown {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'bigint':
      return Number(value);
    case 'number':
    case 'string':
    case 'boolean':
      return value;
  }
  if (value instanceof DuckDBDecimalValue) return value.toDouble();
  if (value instanceof DuckDBDateValue) return value.days * MS_PER_DAY;
  if (value instanceof DuckDBTimestampValue || value instanceof DuckDBTimestampTZValue) return Number(value.micros) / 1000;
  if (value instanceof DuckDBTimestampMillisecondsValue) return Number(value.millis);
  if (value instanceof DuckDBTimestampSecondsValue) return Number(value.seconds) * 1000;
  if (value instanceof DuckDBTimestampNanosecondsValue) return Number(value.nanos) / 1_000_000;
  if (value instanceof DuckDBTimeValue) return Number(value.micros);
  if (value instanceof DuckDBBlobValue) return value.bytes;
  if (value instanceof DuckDBUUIDValue) return value.toString();
  if (value instanceof DuckDBListValue || value instanceof DuckDBArrayValue) return value.items.map(plainValue);
  if (value instanceof DuckDBStructValue) return Object.fromEntries(Object.entries(value.entries).map(([k, v]) => [k, plainValue(v)]));
  if (value instanceof DuckDBMapValue) return Object.fromEntries(value.entries.map((e) => [String(plainValue(e.key)), plainValue(e.value)]));
  throw new Error(`a value of native DuckDB that the engine does not convert: ${String(value)}; cast it in SQL`);
}
