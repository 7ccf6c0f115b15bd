import { createHash } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import { generateDemoShop } from '../../src/lib/demo/demo-shop';

interface Row {
  orderId: string;
  customerId: string;
  date: string;
  amount: number;
  channel: string;
}

const HEADER = 'order_id,customer_id,order_date,amount,channel,email,phone,push_token,messenger_id';

/**
 * SHA-256 of the whole CSV the generator wrote before the contact columns existed (main at
 * fe6f3fb): the order columns must stay byte for byte what trainers and kept datasets know.
 */
const ORDER_COLUMNS_SHA256: Record<number, string> = {
  42: 'e8ff5b43515ef8ffd92a3716856c8049343ad405ac9a3146255c7db8da46edb0',
  7: '16a3b3eb0511422f89bbb9b512682ce92068981b9cad99826b74b4c1e417f1d1',
  2026: 'f18ec62644ddbc36ac12a5064f9f06c4115f1e2c16b6d038d32aab0bcf1628d4',
};

const orderColumns = (csv: string) =>
  csv
    .split('\n')
    .map((line) => line.split(',').slice(0, 5).join(','))
    .join('\n');

function parseRows(csv: string): Row[] {
  return csv
    .split('\n')
    .slice(1, -1)
    .map((line) => {
      const [orderId, customerId, date, amount, channel] = line.split(',');
      return { orderId, customerId, date, amount: Number(amount), channel };
    });
}

function dayNumber(isoDate: string): number {
  return Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / 86_400_000;
}

interface CustomerSummary {
  purchases: Row[];
  netSpend: number;
}

function byCustomer(rows: Row[]): Map<string, CustomerSummary> {
  const customers = new Map<string, CustomerSummary>();
  for (const row of rows) {
    const summary = customers.get(row.customerId) ?? { purchases: [], netSpend: 0 };
    if (row.amount > 0) summary.purchases.push(row);
    summary.netSpend += row.amount;
    customers.set(row.customerId, summary);
  }
  return customers;
}

const shop = generateDemoShop({ seed: 42 });
const rows = parseRows(shop.csv);
const customers = byCustomer(rows);
const endDay = dayNumber('2026-10-31');

describe('generateDemoShop', () => {
  it('gives byte-identical CSV for the same seed and different data for another seed', () => {
    expect(generateDemoShop({ seed: 42 }).csv).toBe(shop.csv);
    expect(generateDemoShop({ seed: 43 }).csv).not.toBe(shop.csv);
  });

  it('writes the agreed columns with LF line ends, two-decimal amounts and known channels', () => {
    expect(shop.csv.startsWith(`${HEADER}\n`)).toBe(true);
    expect(shop.csv.endsWith('\n')).toBe(true);
    expect(shop.csv).not.toContain('\r');
    const badLines = shop.csv
      .split('\n')
      .slice(1, -1)
      .filter((line) => !/^D\d{6},C\d{5},\d{4}-\d{2}-\d{2},-?\d+\.\d{2},(web|store|app)(,[^,"\r\n]*){4}$/.test(line));
    expect(badLines).toEqual([]);
  });

  it.each([42, 7, 2026])('keeps the order columns byte-identical to the shop before contacts for seed %i', (seed) => {
    const csv = seed === 42 ? shop.csv : generateDemoShop({ seed }).csv;
    expect(createHash('sha256').update(orderColumns(csv)).digest('hex')).toBe(ORDER_COLUMNS_SHA256[seed]);
  });

  it('numbers orders in date order', () => {
    const outOfOrder = rows.filter(
      (row, index) => row.orderId !== `D${String(index + 1).padStart(6, '0')}` || (index > 0 && row.date < rows[index - 1].date),
    );
    expect(outOfOrder).toEqual([]);
  });

  it.each([42, 7, 2026])('has about 5,000 customers and 50,000 rows for seed %i, as reported', (seed) => {
    const other = seed === 42 ? shop : generateDemoShop({ seed });
    const otherRows = parseRows(other.csv);
    expect(other.rows).toBe(otherRows.length);
    expect(other.customers).toBe(new Set(otherRows.map((row) => row.customerId)).size);
    expect(other.customers).toBeGreaterThanOrEqual(4_500);
    expect(other.customers).toBeLessThanOrEqual(5_500);
    expect(other.rows).toBeGreaterThanOrEqual(45_000);
    expect(other.rows).toBeLessThanOrEqual(55_000);
  });

  it.each([
    [undefined, '2024-11-01', '2026-10-31'],
    ['2025-03-15', '2023-03-16', '2025-03-15'],
  ])('keeps every date in the two years ending at %s', (endDate, windowStart, windowEnd) => {
    const other = endDate === undefined ? shop : generateDemoShop({ seed: 42, endDate });
    const dates = parseRows(other.csv).map((row) => row.date);
    expect(dates.filter((date) => date < windowStart || date > windowEnd)).toEqual([]);
    expect(other.firstDate).toBe(dates[0]);
    expect(other.lastDate).toBe(dates[dates.length - 1]);
  });

  it('rejects an end date that is not a real day', () => {
    expect(() => generateDemoShop({ seed: 42, endDate: '2026-02-30' })).toThrow(RangeError);
    expect(() => generateDemoShop({ seed: 42, endDate: '31.10.2026' })).toThrow(RangeError);
  });

  it('has a few percent returns, each refunding no more than an earlier purchase of the same customer', () => {
    const returns = rows.filter((row) => row.amount < 0);
    expect(returns.length / rows.length).toBeGreaterThan(0.015);
    expect(returns.length / rows.length).toBeLessThan(0.035);
    const unexplained = returns.filter(
      (refund) =>
        !customers.get(refund.customerId)!.purchases.some((purchase) => purchase.date < refund.date && purchase.amount >= -refund.amount),
    );
    expect(unexplained).toEqual([]);
  });

  it('has one-time buyers and regulars with 20 or more purchases', () => {
    const purchaseCounts = [...customers.values()].map((customer) => customer.purchases.length);
    expect(purchaseCounts.filter((count) => count === 1).length).toBeGreaterThan(500);
    expect(purchaseCounts.filter((count) => count >= 20).length).toBeGreaterThan(200);
  });

  it('has lapsed big spenders: top-decile spend, last purchase six or more months before the end', () => {
    const spends = [...customers.values()].map((customer) => customer.netSpend).sort((a, b) => a - b);
    const topDecile = spends[Math.floor(spends.length * 0.9)];
    const lapsed = [...customers.values()].filter(
      (customer) => customer.netSpend >= topDecile && endDay - dayNumber(customer.purchases.at(-1)!.date) >= 183,
    );
    expect(lapsed.length).toBeGreaterThan(100);
  });

  it('has several hundred newcomers whose first order is within 60 days of the end', () => {
    const newcomers = [...customers.values()].filter((customer) => endDay - dayNumber(customer.purchases[0].date) < 60);
    // One-timers alone put about 130 first orders into any 60 days; the newcomer persona must show on top of them.
    expect(newcomers.length).toBeGreaterThan(300);
  });

  it('sells more per day in December than in February', () => {
    const perDay = (month: string, days: number) => rows.filter((row) => row.date.slice(5, 7) === month).length / days;
    expect(perDay('12', 62)).toBeGreaterThan(perDay('02', 28 + 28) * 1.3);
  });
});
