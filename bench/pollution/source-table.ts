// The clean table every polluted file starts from: an order-line export shaped like Pollock's
// source file (dates dd/mm/yyyy, times, quantities, product ids, prices with a currency sign, free
// text with commas, doubled quotes and apostrophes, an empty last column) but written by us.

import { createRng } from '../../src/lib/random';
import type { Table } from './csv';

export const SOURCE_HEADER = ['DATE', 'TIME', 'Qty', 'PRODUCTID', 'Price', 'ProductType', 'ProductDescription', 'URL', 'Comments'];

const PRODUCTS = [
  "Men's Waterproof Hiking Boots",
  'Throw Pillow, Wooden Paddles',
  'Kids\' Mountain Bike, 24"',
  'Cycling Jersey, Short-Sleeve',
  "Women's No-Show Socks",
  'All-Weather Dining Table, Round 48"',
  'Tropic Cap',
  "Men's Boxer, 5\" Inseam",
  'Leather Sofa',
  'Rolling Duffle, Extra-Large',
  "Kids' Hat",
  'Travel Lock, Combination Cable',
];

const PHRASES = [
  'Made to last, season after season',
  "you'll want to wear it beyond the trail",
  'breathable, quick drying and light',
  'our best-value pick, even when wet',
  'a 12" frame that "just works"',
  'handstitched, soft and warm',
  'easy set-up, easy take-down',
];

const PREFIXES = ['MG', 'RI', 'CC', 'BH', 'YY', 'HK', 'AN', 'ZN', 'GN', 'ON'];

const pad = (n: number) => String(n).padStart(2, '0');

/** `rows` data rows under SOURCE_HEADER; the same seed gives the same table. */
export function sourceTable(rows = 60, seed = 20261202): Table {
  const rng = createRng(seed);
  const pick = <T>(list: readonly T[]) => list[rng.int(0, list.length - 1)];
  const table: Table = [SOURCE_HEADER];
  let day = new Date(Date.UTC(2018, 0, 28));
  for (let i = 0; i < rows; i += 1) {
    day = new Date(day.getTime() + rng.int(1, 3) * 86_400_000);
    const date = `${pad(day.getUTCDate())}/${pad(day.getUTCMonth() + 1)}/${day.getUTCFullYear()}`;
    const minutes = (i * 15) % (24 * 60);
    const time = `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
    const id = `${pick(PREFIXES)}-${rng.int(1000, 9999)}`;
    const price = `$${(rng.int(50, 9999) / 100).toFixed(rng.chance(0.2) ? 1 : 2)}`;
    const description = `${pick(PHRASES)}, ${pick(PHRASES)}.`;
    const url = `https://www.example.com/product/${id.replace('-', '_')}.html`;
    // Unique rows: the record measure is a multiset, a repeated row would blur it.
    table.push([date, time, String(rng.int(0, 40)), id, price, pick(PRODUCTS), description, url, '']);
  }
  return table;
}
