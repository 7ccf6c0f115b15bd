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
 * SHA-256 of the whole CSV of the shop with its story (issue 21): a trainer's seed gives the same
 * bytes on every machine, so these change only when the shop is changed on purpose.
 */
const CSV_SHA256: Record<number, string> = {
  42: '3e4b5a5cf946c3d0ee6836ab132ef3a4d57e80465104310024f56b7247b5eb6a',
  7: '84b56aef85e1a1ad520e5126f4206e80ba49ed03d6af715eaf75f95557152b16',
  2026: '6dc19b3e9d222a6f3249c0ce145b1fe1f7b68a41735e8a2763f34624dcd6ac59',
};

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

  it.each([42, 7, 2026])('writes the very same bytes for seed %i on every machine', (seed) => {
    const csv = seed === 42 ? shop.csv : generateDemoShop({ seed }).csv;
    expect(createHash('sha256').update(csv).digest('hex')).toBe(CSV_SHA256[seed]);
  });

  it('numbers orders in date order', () => {
    const outOfOrder = rows.filter(
      (row, index) => row.orderId !== `D${String(index + 1).padStart(6, '0')}` || (index > 0 && row.date < rows[index - 1].date),
    );
    expect(outOfOrder).toEqual([]);
  });

  it.each([42, 7, 2026])('has about 5,000 customers and 60,000 rows for seed %i, as reported', (seed) => {
    const other = seed === 42 ? shop : generateDemoShop({ seed });
    const otherRows = parseRows(other.csv);
    expect(other.rows).toBe(otherRows.length);
    expect(other.customers).toBe(new Set(otherRows.map((row) => row.customerId)).size);
    expect(other.customers).toBeGreaterThanOrEqual(4_500);
    expect(other.customers).toBeLessThanOrEqual(5_500);
    expect(other.rows).toBeGreaterThanOrEqual(54_000);
    expect(other.rows).toBeLessThanOrEqual(66_000);
  });

  it.each([
    [undefined, '2023-11-01', '2026-10-31'],
    ['2025-03-15', '2022-03-16', '2025-03-15'],
  ])('keeps every date in the three years ending at %s', (endDate, windowStart, windowEnd) => {
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

  describe('tells a story', () => {
    const story = { launch: '2024-04-01', churnWave: '2025-04-01', winBack: '2026-08-17' };
    const firstOrders = new Map<string, string>();
    for (const row of rows) if (row.amount > 0 && !firstOrders.has(row.customerId)) firstOrders.set(row.customerId, row.date);
    const newBetween = (from: number, to: number) => [...firstOrders.values()].filter((d) => dayNumber(d) >= from && dayNumber(d) < to).length;

    it('dates its events: the app launch, the churn wave and the win-back campaign', () => {
      expect(shop.story).toEqual({ launch: story.launch, churnWave: story.churnWave });
      expect(shop.winBack.sentOn).toBe(story.winBack);
      expect(shop.winBack.until).toBe('2026-10-31');
    });

    it('the app launch: no app order before it, and twice the newcomers in the eight weeks after it as in the eight before', () => {
      expect(rows.filter((r) => r.channel === 'app' && r.date < story.launch)).toEqual([]);
      const launch = dayNumber(story.launch);
      const before = newBetween(launch - 56, launch);
      const after = newBetween(launch, launch + 56);
      expect(after).toBeGreaterThan(2 * before);
      expect(after).toBeGreaterThan(300);
    });

    it('the churn wave: of the regulars of the year before it, far more stop buying for good right after it than a year earlier', () => {
      // A regular: six or more purchases in the year before a date. Stopped: none in the year after 60 days past it.
      const stopped = (isoDate: string) => {
        const day = dayNumber(isoDate);
        let regulars = 0;
        let gone = 0;
        for (const customer of customers.values()) {
          const days = customer.purchases.map((p) => dayNumber(p.date));
          if (days.filter((d) => d >= day - 365 && d < day).length < 6) continue;
          regulars++;
          if (!days.some((d) => d >= day + 60 && d < day + 425)) gone++;
        }
        return gone / regulars;
      };
      expect(stopped(story.churnWave)).toBeGreaterThan(0.35);
      expect(stopped('2024-04-01')).toBeLessThan(0.1);
    });

    it('the win-back campaign: the lapsed good customers it went to came back far more often than its control group, an interval clear of zero', () => {
      const sent = dayNumber(story.winBack);
      const boughtAfter = new Set(rows.filter((r) => r.amount > 0 && dayNumber(r.date) >= sent).map((r) => r.customerId));
      const group = (control: boolean) => shop.winBack.targets.filter((t) => t.control === control);
      const rate = (list: { id: string }[]) => list.filter((t) => boughtAfter.has(t.id)).length / list.length;
      const contacted = group(false);
      const control = group(true);
      expect(control.length / shop.winBack.targets.length).toBeCloseTo(0.15, 2);
      // Lapsed: not one purchase in the 470 days before the campaign, though six or more before that.
      for (const t of shop.winBack.targets) {
        const days = customers.get(t.id)!.purchases.map((p) => dayNumber(p.date)).filter((d) => d < sent);
        expect(sent - Math.max(...days)).toBeGreaterThanOrEqual(470);
        expect(days.length).toBeGreaterThanOrEqual(6);
      }
      const [p1, p0] = [rate(contacted), rate(control)];
      const se = Math.sqrt((p1 * (1 - p1)) / contacted.length + (p0 * (1 - p0)) / control.length);
      expect(p1 - p0 - 1.96 * se).toBeGreaterThan(0.1);
      // What the campaign record is measured on: the shop's own rows after the lists went out.
      expect(shop.winBack.purchases.filter((p) => p.orders > 0).map((p) => p.id).sort()).toEqual(shop.winBack.targets.map((t) => t.id).filter((id) => boughtAfter.has(id)).sort());
    });

    it('generates in well under a second', () => {
      const times = [0, 1].map(() => {
        const start = performance.now();
        generateDemoShop({ seed: 42 });
        return performance.now() - start;
      });
      expect(Math.min(...times)).toBeLessThan(1_000);
    });
  });
});
