// The charts' configurations, as Chart.js receives them: the series hold the numbers the tables
// show, in the segments' colours and order, with labels in the user's language.
import { describe, expect, it } from 'vitest';
import { healthCharts } from '../../src/features/health/health-charts';
import { mixChart, segmentsShown } from '../../src/features/movement/mix-chart';
import { segmentChartConfig } from '../../src/features/segments/segment-chart-config';
import { healthRows } from '../../src/lib/health/health';
import { periodEdges } from '../../src/lib/health/edges';
import type { SegmentRow } from '../../src/lib/archetypes/segment-rows';
import { createTranslator } from '../../src/lib/i18n/translate';
import { formatPercent } from '../../src/lib/i18n/format';

const ru = createTranslator('ru');
const en = createTranslator('en');

describe('the health charts', () => {
  const rows = healthRows([
    { period: '2024-01-01', revenue: 100, purchases: 4, active: 3, newCustomers: 1, churned: 0 },
    { period: '2024-02-01', revenue: 0, purchases: 0, active: 0, newCustomers: 0, churned: 2 },
  ]);
  const charts = healthCharts(rows, 'month', { t: ru, period: (iso) => iso.slice(0, 7), number: String, percent: (f) => `${f * 100}%`, compact: String, range: (a, b) => `${a}..${b}` });

  it('draws revenue, average check, buyers and repeat share by period, in Russian', () => {
    expect(charts.map((c) => c.key)).toEqual(['revenue', 'aov', 'customers', 'repeat']);
    const [revenue, aov, customers, repeat] = charts.map((c) => c.config);
    expect(revenue.data.labels).toEqual(['2024-01', '2024-02']);
    expect(revenue.data.datasets[0].data).toEqual([100, 0]);
    // A month without purchases has no average check: a gap, not a zero.
    expect(aov.data.datasets[0].data).toEqual([25, null]);
    expect(customers.data.datasets.map((d) => d.data)).toEqual([[1, 0], [2, 0], [0, 2]]);
    expect(repeat.data.datasets[0].data).toEqual([2 / 3, null]);
    expect(customers.data.datasets.map((d) => d.label)).toEqual([ru('health.series.new'), ru('health.series.returning'), ru('health.series.churned')]);
    const x = revenue.options?.scales?.x as { title: { text: string } };
    expect(x.title.text).toBe(ru('health.axis.month'));
  });
});

describe('the health charts at the edges of time', () => {
  // Online Retail's shape: the data starts on 1 December 2010 (a whole month) and ends on
  // 9 December 2011, so the last month holds 9 of its 31 days.
  const rows = healthRows([
    { period: '2011-11-01', revenue: 1000, purchases: 10, active: 8, newCustomers: 2, churned: 1 },
    { period: '2011-12-01', revenue: 300, purchases: 3, active: 3, newCustomers: 1, churned: 0 },
  ]);
  const marks = { edges: periodEdges(['2011-11-01', '2011-12-01'], 'month', '2010-12-01', '2011-12-10'), historyShort: [] };
  const charts = healthCharts(rows, 'month', { t: en, period: (iso) => iso.slice(0, 7), number: String, percent: String, compact: String, range: (a, b) => `${a}..${b}` }, marks);
  const [revenue, aov, customers] = charts.map((c) => c.config);

  it('labels the partial last month with the days it covers', () => {
    expect(revenue.data.labels).toEqual(['2011-11', ['2011-12', en('health.partial', { days: '2011-12-01..2011-12-09' })]]);
    expect(en('health.partial', { days: '1–9 Dec' })).toBe('partial: 1–9 Dec');
  });

  it('draws the partial month hatched (a lighter fill with an outline), the whole one solid', () => {
    const bar = revenue.data.datasets[0] as unknown as { backgroundColor: string[]; borderWidth: number[] };
    expect(bar.borderWidth).toEqual([0, 2]);
    expect(bar.backgroundColor[0]).not.toBe(bar.backgroundColor[1]);
    for (const d of customers.data.datasets as unknown as { borderWidth: number[] }[]) expect(d.borderWidth).toEqual([0, 2]);
  });

  it('dashes the line into the partial month', () => {
    const line = aov.data.datasets[0] as unknown as { segment: { borderDash: (ctx: { p0DataIndex: number; p1DataIndex: number }) => number[] | undefined } };
    expect(line.segment.borderDash({ p0DataIndex: 0, p1DataIndex: 1 })).toEqual([6, 4]);
  });
});

describe('segment sizes over time', () => {
  const points = [
    { asOf: '2024-01-01', customers: 3, segments: [{ segment: 'champions', customers: 1, purchases: 1, revenue: 1 }, { segment: 'others', customers: 2, purchases: 2, revenue: 2 }] },
    { asOf: '2024-04-01', customers: 4, segments: [{ segment: 'lost', customers: 4, purchases: 4, revenue: 4 }] },
  ];

  it('stacks one series per segment anybody is in, in value order, zero where a segment is empty', () => {
    const shown = segmentsShown(points, ['champions', 'loyal', 'lost', 'others']);
    expect(shown).toEqual(['champions', 'lost', 'others']);
    const config = mixChart(points, shown, { date: (iso) => iso, name: (id) => id.toUpperCase(), color: () => '#000000', axisDate: 'date', axisCustomers: 'n' });
    expect(config.data.labels).toEqual(['2024-01-01', '2024-04-01']);
    expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['CHAMPIONS', [1, 0]],
      ['LOST', [0, 4]],
      ['OTHERS', [2, 0]],
    ]);
  });
});

describe('the segment shares chart', () => {
  const row = (id: string, customerShare: number, revenueShare: number, color: string): SegmentRow =>
    ({ id, name: id, color, customerShare, revenueShare } as SegmentRow);

  it('shows each segment’s share of customers (pale) and of revenue (solid) in percent', () => {
    const config = segmentChartConfig([row('champions', 0.1, 0.5, '#117733'), row('lost', 0.9, 0.5, '#663333')], {
      shareCustomers: en('segments.shareCustomers'),
      shareRevenue: en('segments.shareRevenue'),
      percent: (f, d) => formatPercent('en', f, d),
    });
    expect(config.data.labels).toEqual(['champions', 'lost']);
    const [customers, revenue] = config.data.datasets;
    expect(customers.data).toEqual([10, 90]);
    expect(revenue.data).toEqual([50, 50]);
    expect(customers.backgroundColor).toEqual(['#11773366', '#66333366']);
    expect(revenue.backgroundColor).toEqual(['#117733', '#663333']);
    expect(customers.label).toBe('Share of customers');
  });
});
