// Synthetic order lines for the benchmark: `order_id,customer_id,order_date,amount`, seeded and
// deterministic (same rows, seed -> same bytes). Shaped like a shop's export: about rows/20
// customer ids with a heavy-tailed number of orders each (many one-off buyers, a few very
// frequent ones), each customer active over their own stretch of three years, about 45% of
// orders with several lines, about 3% of orders returns (every line negative, id prefixed C).
// CLI: npx tsx bench/generate.ts ROWS OUT.csv [--seed N]

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface GenerateOptions {
  rows: number;
  seed: number;
  file: string;
}

export interface GenerateResult {
  rows: number;
  /** distinct customer ids actually written. */
  customers: number;
  bytes: number;
}

const DAYS = 3 * 365 + 1; // 2022-01-01 .. 2024-12-31
const FIRST_DAY = Date.UTC(2022, 0, 1);
const CHUNK_CHARS = 1 << 20;
const RETURN_SHARE = 0.03;
// Pareto shape of a customer's order rate: below 1.5 the tail is heavy (the top customer gets a
// few per mille of all orders); the cap keeps one customer from dominating small files.
const PARETO_ALPHA = 1.2;
const MAX_WEIGHT = 5000;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function dayStrings(): string[] {
  const out: string[] = [];
  for (let d = 0; d < DAYS; d++) out.push(new Date(FIRST_DAY + d * 86_400_000).toISOString().slice(0, 10));
  return out;
}

function money(cents: number): string {
  const abs = cents < 0 ? -cents : cents;
  const rest = abs % 100;
  return (cents < 0 ? '-' : '') + ((abs - rest) / 100) + (rest < 10 ? '.0' : '.') + rest;
}

export async function generateOrders(opts: GenerateOptions): Promise<GenerateResult> {
  const rows = Math.floor(opts.rows);
  if (!(rows >= 0)) throw new Error(`rows must be a non-negative number, got ${opts.rows}`);
  const rand = mulberry32(opts.seed);
  const customerCount = Math.max(1, Math.round(rows / 20));

  // Per customer: an order rate (heavy-tailed), and a first day and span of activity.
  const cumulative = new Float64Array(customerCount);
  const start = new Uint16Array(customerCount);
  const span = new Uint16Array(customerCount);
  let total = 0;
  for (let i = 0; i < customerCount; i++) {
    total += Math.min(MAX_WEIGHT, Math.pow(1 - rand(), -1 / PARETO_ALPHA));
    cumulative[i] = total;
    const first = Math.floor(rand() * DAYS);
    start[i] = first;
    span[i] = 1 + Math.floor(rand() * (DAYS - first));
  }
  const seen = new Uint8Array(customerCount);
  const days = dayStrings();

  const out = createWriteStream(opts.file);
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
  };

  let chunk = 'order_id,customer_id,order_date,amount\n';
  let bytes = 0;
  let customers = 0;
  let written = 0;
  let orderNo = 1_000_000;
  while (written < rows) {
    // Customer by rate: binary search of a uniform draw in the cumulative rates.
    const target = rand() * total;
    let lo = 0;
    let hi = customerCount - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] <= target) lo = mid + 1;
      else hi = mid;
    }
    if (seen[lo] === 0) {
      seen[lo] = 1;
      customers++;
    }
    const isReturn = rand() < RETURN_SHARE;
    const prefix = (isReturn ? 'C' : '') + orderNo++ + ',' + (lo + 1) + ',' + days[start[lo] + Math.floor(rand() * span[lo])] + ',';
    const u = rand();
    let lines = u < 0.55 ? 1 : 2 + Math.floor(((u - 0.55) / 0.45) ** 2 * 8);
    if (lines > rows - written) lines = rows - written;
    for (let k = 0; k < lines; k++) {
      const v = rand();
      const cents = 50 + Math.floor(v * v * v * 30_000);
      chunk += prefix + money(isReturn ? -cents : cents) + '\n';
    }
    written += lines;
    if (chunk.length >= CHUNK_CHARS) {
      bytes += chunk.length;
      await write(chunk);
      chunk = '';
    }
  }
  bytes += chunk.length;
  await write(chunk);
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
  // Every character is ASCII, so string length is the byte count.
  return { rows: written, customers, bytes };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(args.splice(seedAt, 2)[1]) : 1;
  const [rowsArg, file] = args;
  const rows = Number(rowsArg?.replaceAll('_', ''));
  if (args.length !== 2 || !Number.isInteger(rows) || rows < 0 || !Number.isInteger(seed)) {
    console.error('usage: npx tsx bench/generate.ts ROWS OUT.csv [--seed N]');
    process.exit(2);
  }
  const t0 = performance.now();
  generateOrders({ rows, seed, file }).then(
    (result) => console.log(JSON.stringify({ ...result, seconds: (performance.now() - t0) / 1000 })),
    (e: unknown) => {
      console.error(`generate: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    },
  );
}
