// Benchmark peer: the app's equal-definition analysis (NTILE, 5 bins per axis) on native DuckDB
// through @duckdb/node-api, all cores. Definitions mirror src/worker/sql/<stage>/*.sql; where this file
// departs from the app it says why. CLI:
//   npx tsx bench/peers/native.ts FILE --customer C --date D (--amount A | --quantity Q --price P)
//       [--order O] [--as-of YYYY-MM-DD] --out scores.csv
// prints the result JSON on stdout.

import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

export type PeerMapping =
  | { customer: string; date: string; amount: string; order?: string }
  | { customer: string; date: string; quantity: string; price: string; order?: string };

export interface PeerOptions {
  file: string;
  mapping: PeerMapping;
  /** YYYY-MM-DD; default: the day after the last order date. */
  asOf?: string;
  outCsv: string;
  /** DuckDB's memory_limit ("12GB") and where it spills past it; DuckDB's defaults when absent. */
  memoryLimit?: string;
  tempDirectory?: string;
}

export interface NativeResult {
  /** read_csv (all columns as text) into a table, with every value parsed as the definitions say. */
  read_s: number;
  /** orders, customers as of the date, NTILE scores. */
  rfm_s: number;
  /** from opening DuckDB to the scores CSV written. */
  total_s: number;
  /** scored customers (at least one purchase before the as-of date). */
  customers: number;
  /** sum of the scored customers' monetary, from the exact DECIMAL sum. */
  revenue: number;
  asOf: string;
}

const BINS = 5;

function quoteIdent(name: string): string {
  return '"' + name.replaceAll('"', '""') + '"';
}

function sqlString(value: string): string {
  return "'" + value.replaceAll("'", "''") + "'";
}

// The app's cvm_parse_money: trim spaces, exact DECIMAL(18,4), else a lone decimal comma;
// coalesce evaluates the regexp only for values the plain cast left NULL.
function money(col: string): string {
  const s = `trim(${quoteIdent(col)})`;
  return `coalesce(TRY_CAST(${s} AS DECIMAL(18, 4)), TRY_CAST(regexp_replace(${s}, '^(-?[0-9]+),([0-9]+)$', '\\1.\\2') AS DECIMAL(18, 4)))`;
}

function amountExpr(mapping: PeerMapping): string {
  // The app multiplies DECIMAL(18,4) by DECIMAL(18,4) into DECIMAL(18,8), which throws on a
  // line worth 1e10 or more; widening one factor keeps the product exact without that limit.
  if ('quantity' in mapping) return `CAST(${money(mapping.quantity)} AS DECIMAL(38, 4)) * ${money(mapping.price)}`;
  return money(mapping.amount);
}

async function one<T>(con: DuckDBConnection, sql: string): Promise<T> {
  const reader = await con.runAndReadAll(sql);
  return reader.getRowObjectsJson()[0] as T;
}

export async function runNative(opts: PeerOptions): Promise<NativeResult> {
  const t0 = performance.now();
  const instance = await DuckDBInstance.create(':memory:', {
    threads: String(availableParallelism()),
    // Row order inside a table is never relied on (ties are broken by customer id).
    preserve_insertion_order: 'false',
    ...(opts.memoryLimit ? { memory_limit: opts.memoryLimit } : {}),
    ...(opts.tempDirectory ? { temp_directory: opts.tempDirectory } : {}),
  });
  const con = await instance.connect();
  try {
    await con.run('SET autoload_known_extensions = false');
    const file = sqlString(resolve(opts.file));
    const m = opts.mapping;

    const tRead = performance.now();
    const sniff = await one<{ date_format: string | null; timestamp_format: string | null }>(
      con,
      `SELECT DateFormat AS date_format, TimestampFormat AS timestamp_format FROM sniff_csv(${file}, sample_size = 20480)`,
    );
    const dateText = `trim(${quoteIdent(m.date)})`;
    const fmt = (f: string | null) => (f === null ? 'NULL::VARCHAR' : sqlString(f));
    await con.run(`
      CREATE TABLE lines AS
      SELECT
        NULLIF(trim(${quoteIdent(m.customer)}), '') AS customer_id,
        -- The app's cvm_parse_date: ISO text first, then the formats the sniffer found.
        CAST(coalesce(
          TRY_CAST(${dateText} AS TIMESTAMP),
          try_strptime(${dateText}, ${fmt(sniff.timestamp_format)}),
          try_strptime(${dateText}, ${fmt(sniff.date_format)})
        ) AS DATE) AS order_date,
        ${amountExpr(m)} AS amount,
        ${m.order ? `NULLIF(trim(${quoteIdent(m.order)}), '')` : 'NULL::VARCHAR'} AS order_key
      FROM read_csv(${file}, all_varchar = true, header = true, null_padding = true)`);
    const readEnd = performance.now();

    // A line without an order id is an order of its own: the app keys it '#' || row number,
    // here the table's rowid, kept apart from real ids instead of concatenated into them.
    await con.run(`
      CREATE TABLE orders AS
      SELECT customer_id, min(order_date) AS order_date, sum(amount) AS value
      FROM lines
      WHERE customer_id IS NOT NULL AND order_date IS NOT NULL AND amount IS NOT NULL
      GROUP BY customer_id, order_key, CASE WHEN ${m.order ? 'order_key IS NULL' : 'true'} THEN rowid END`);
    let asOf = opts.asOf;
    if (asOf === undefined) {
      const facts = await one<{ as_of: string | null }>(con, `SELECT strftime(max(order_date) + 1, '%Y-%m-%d') AS as_of FROM orders`);
      if (facts.as_of === null) throw new Error('no valid order line in the file');
      asOf = facts.as_of;
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`as-of date must be YYYY-MM-DD, got ${asOf}`);
    const asOfSql = `DATE ${sqlString(asOf)}`;
    await con.run(`
      CREATE TABLE scores AS
      WITH customers AS (
        SELECT customer_id,
               max(order_date) FILTER (WHERE value > 0) AS last_purchase,
               count(*) FILTER (WHERE value > 0)::INTEGER AS frequency,
               sum(value) AS monetary
        FROM orders
        WHERE order_date < ${asOfSql}
        GROUP BY customer_id
      ), base AS (
        SELECT customer_id, (${asOfSql} - last_purchase)::INTEGER AS recency_days, frequency, monetary
        FROM customers
        WHERE frequency > 0
      )
      SELECT customer_id, recency_days, frequency, monetary,
             ntile(${BINS}) OVER (ORDER BY recency_days DESC, customer_id)::INTEGER AS r,
             ntile(${BINS}) OVER (ORDER BY frequency, customer_id)::INTEGER AS f,
             ntile(${BINS}) OVER (ORDER BY monetary, customer_id)::INTEGER AS m
      FROM base`);
    const rfmEnd = performance.now();

    const totals = await one<{ customers: number; revenue: number | null }>(
      con,
      'SELECT count(*)::INTEGER AS customers, CAST(sum(monetary) AS DOUBLE) AS revenue FROM scores',
    );
    await con.run(`
      COPY (
        SELECT customer_id, recency_days, frequency, CAST(round(monetary, 2) AS DECIMAL(18, 2)) AS monetary, r, f, m
        FROM scores ORDER BY customer_id
      ) TO ${sqlString(resolve(opts.outCsv))} (HEADER, DELIMITER ',')`);
    const end = performance.now();

    return {
      read_s: (readEnd - tRead) / 1000,
      rfm_s: (rfmEnd - readEnd) / 1000,
      total_s: (end - t0) / 1000,
      customers: totals.customers,
      revenue: totals.revenue ?? 0,
      asOf,
    };
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

export function parsePeerArgs(argv: string[]): PeerOptions {
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const value = argv[i + 1];
      if (value === undefined) throw new Error(`${a} needs a value`);
      flags.set(a.slice(2), value);
      i++;
    } else positional.push(a);
  }
  const known = new Set(['customer', 'date', 'amount', 'quantity', 'price', 'order', 'as-of', 'out']);
  for (const k of flags.keys()) if (!known.has(k)) throw new Error(`unknown option --${k}`);
  const need = (k: string) => {
    const v = flags.get(k);
    if (!v) throw new Error(`--${k} is required`);
    return v;
  };
  if (positional.length !== 1) throw new Error('give exactly one input FILE');
  const base = { customer: need('customer'), date: need('date'), order: flags.get('order') };
  let mapping: PeerMapping;
  if (flags.has('amount')) {
    if (flags.has('quantity') || flags.has('price')) throw new Error('give --amount or --quantity with --price, not both');
    mapping = { ...base, amount: need('amount') };
  } else mapping = { ...base, quantity: need('quantity'), price: need('price') };
  return { file: positional[0], mapping, asOf: flags.get('as-of'), outCsv: need('out') };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  let opts: PeerOptions;
  try {
    opts = parsePeerArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`native: ${(e as Error).message}`);
    process.exit(2);
  }
  runNative(opts).then(
    (result) => console.log(JSON.stringify(result)),
    (e: unknown) => {
      console.error(`native: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    },
  );
}
