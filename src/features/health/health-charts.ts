// The health view's four charts as Chart.js configurations: net revenue, average check, buyers
// (new and returning) with churned customers, and the share of repeat buyers, by period. Pure,
// so their series and labels are unit-tested; the chart action draws them.

import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { HealthRow, Period } from '../../lib/health/health';
import type { Translate } from '../../lib/i18n/translate';
import { keyOf } from '../../lib/i18n/keys';

/** Colour-blind-safe, and apart from each other on one chart (Paul Tol's schemes). */
const COLORS = { revenue: '#2563eb', aov: '#AA3377', newCustomers: '#0077BB', returning: '#009E73', churned: '#882255', repeat: '#997700' };

export type HealthChartKey = 'revenue' | 'aov' | 'customers' | 'repeat';

export interface HealthChartFormat {
  t: Translate;
  /** A period's label: its month, or its first day for a week. */
  period: (iso: string) => string;
  number: (n: number) => string;
  percent: (fraction: number, digits?: number) => string;
  compact: (n: number) => string;
}

type Series = ChartDataset<'bar' | 'line', (number | null)[]>;

function chartOf(rows: HealthRow[], period: Period, yTitle: string, datasets: Series[], f: HealthChartFormat, options: { stacked?: boolean; percent?: boolean } = {}): ChartConfiguration<'bar' | 'line', (number | null)[]> {
  const { stacked = false, percent = false } = options;
  return {
    type: 'bar',
    data: { labels: rows.map((r) => f.period(r.period)), datasets },
    options: {
      maintainAspectRatio: false,
      plugins: {
        legend: { position: 'bottom' },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${percent ? f.percent(Number(item.raw)) : f.number(Number(item.raw))}` } },
      },
      scales: {
        x: { stacked, title: { display: true, text: f.t(keyOf('health.axis', period)) } },
        y: {
          stacked,
          beginAtZero: true,
          title: { display: true, text: yTitle },
          ticks: { callback: (v) => (percent ? f.percent(Number(v), 0) : f.compact(Number(v))) },
        },
      },
    },
  };
}

export function healthCharts(rows: HealthRow[], period: Period, f: HealthChartFormat): { key: HealthChartKey; config: ChartConfiguration<'bar' | 'line', (number | null)[]> }[] {
  const { t } = f;
  return [
    {
      key: 'revenue',
      config: chartOf(rows, period, t('health.axis.money'), [{ type: 'bar', label: t('health.series.revenue'), data: rows.map((r) => r.revenue), backgroundColor: COLORS.revenue }], f),
    },
    {
      key: 'aov',
      config: chartOf(
        rows,
        period,
        t('health.axis.money'),
        [{ type: 'line', label: t('health.series.aov'), data: rows.map((r) => r.averageOrderValue), borderColor: COLORS.aov, backgroundColor: COLORS.aov, spanGaps: true }],
        f,
      ),
    },
    {
      key: 'customers',
      config: chartOf(
        rows,
        period,
        t('health.axis.customers'),
        [
          { type: 'bar', label: t('health.series.new'), data: rows.map((r) => r.newCustomers), backgroundColor: COLORS.newCustomers, stack: 'active' },
          { type: 'bar', label: t('health.series.returning'), data: rows.map((r) => r.returning), backgroundColor: COLORS.returning, stack: 'active' },
          { type: 'bar', label: t('health.series.churned'), data: rows.map((r) => r.churned), backgroundColor: COLORS.churned, stack: 'churned' },
        ],
        f,
        { stacked: true },
      ),
    },
    {
      key: 'repeat',
      config: chartOf(
        rows,
        period,
        t('health.axis.share'),
        [{ type: 'line', label: t('health.series.repeat'), data: rows.map((r) => r.repeatRate), borderColor: COLORS.repeat, backgroundColor: COLORS.repeat, spanGaps: true }],
        f,
        { percent: true },
      ),
    },
  ];
}
