// The health view's four charts as Chart.js configurations: net revenue, average check, buyers
// (new and returning) with churned customers, and the share of repeat buyers, by period. Pure,
// so their series and labels are unit-tested; the chart action draws them. A period holding only
// some of its days (the data's first, the as-of date's last) is hatched as a bar, dashed as a
// line and labelled with the days it covers; so are the first periods of the repeat share,
// which start with the data rather than with the shop.

import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { HealthRow, Period } from '../../lib/health/health';
import type { Translate } from '../../lib/i18n/translate';
import { keyOf } from '../../lib/i18n/keys';
import { isPartial, partialAt, type PeriodEdges } from '../../lib/health/edges';

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
  /** The days a partial period covers ("1–9 Dec"). */
  range: (from: string, to: string) => string;
  /** The fill of a partial bar; a translucent colour when absent (tests, no canvas). */
  hatch?: (color: string) => CanvasPattern | string;
}

/** What the series' edges hold: partial periods, and periods whose repeat share starts with the data. */
export interface HealthMarks {
  edges: PeriodEdges;
  historyShort: number[];
}

const NO_MARKS: HealthMarks = { edges: { first: null, last: null }, historyShort: [] };
const DASH = [6, 4];

type Series = ChartDataset<'bar' | 'line', (number | null)[]>;

/** A period's axis label, with a second line for a partial one ("partial: 1–9 Dec"). */
export function periodLabels(rows: HealthRow[], f: HealthChartFormat, marks: HealthMarks): (string | string[])[] {
  return rows.map((r, i) => {
    const part = partialAt(marks.edges, i);
    return part ? [f.period(r.period), f.t('health.partial', { days: f.range(part.from, part.to) })] : f.period(r.period);
  });
}

function bar(label: string, data: (number | null)[], color: string, f: HealthChartFormat, marks: HealthMarks, stack?: string): Series {
  const partial = data.map((_, i) => isPartial(marks.edges, i));
  return {
    type: 'bar',
    label,
    data,
    backgroundColor: partial.map((p) => (p ? (f.hatch?.(color) ?? `${color}55`) : color)),
    borderColor: color,
    borderWidth: partial.map((p) => (p ? 2 : 0)),
    ...(stack ? { stack } : {}),
  };
}

function line(label: string, data: (number | null)[], color: string, dashed: (i: number) => boolean): Series {
  return {
    type: 'line',
    label,
    data,
    borderColor: color,
    backgroundColor: color,
    spanGaps: true,
    pointBackgroundColor: data.map((_, i) => (dashed(i) ? '#ffffff' : color)),
    pointBorderColor: color,
    segment: { borderDash: (ctx) => (dashed(ctx.p0DataIndex) || dashed(ctx.p1DataIndex) ? DASH : undefined) },
  } as Series;
}

function chartOf(rows: HealthRow[], period: Period, yTitle: string, datasets: Series[], f: HealthChartFormat, marks: HealthMarks, options: { stacked?: boolean; percent?: boolean } = {}): ChartConfiguration<'bar' | 'line', (number | null)[]> {
  const { stacked = false, percent = false } = options;
  return {
    type: 'bar',
    data: { labels: periodLabels(rows, f, marks), datasets },
    options: {
      maintainAspectRatio: false,
      plugins: {
        // Each series' own colour in the legend, not its first bar's fill: a hatched first period
        // would otherwise make the legend look partial too.
        legend: {
          position: 'bottom',
          labels: {
            generateLabels: (chart) =>
              chart.data.datasets.map((d, i) => ({
                text: d.label ?? '',
                fillStyle: d.borderColor as string,
                strokeStyle: d.borderColor as string,
                lineWidth: 0,
                hidden: !chart.isDatasetVisible(i),
                datasetIndex: i,
              })),
          },
        },
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

export function healthCharts(rows: HealthRow[], period: Period, f: HealthChartFormat, marks: HealthMarks = NO_MARKS): { key: HealthChartKey; config: ChartConfiguration<'bar' | 'line', (number | null)[]> }[] {
  const { t } = f;
  const partial = (i: number) => isPartial(marks.edges, i);
  const short = new Set(marks.historyShort);
  return [
    { key: 'revenue', config: chartOf(rows, period, t('health.axis.money'), [bar(t('health.series.revenue'), rows.map((r) => r.revenue), COLORS.revenue, f, marks)], f, marks) },
    { key: 'aov', config: chartOf(rows, period, t('health.axis.money'), [line(t('health.series.aov'), rows.map((r) => r.averageOrderValue), COLORS.aov, partial)], f, marks) },
    {
      key: 'customers',
      config: chartOf(
        rows,
        period,
        t('health.axis.customers'),
        [
          bar(t('health.series.new'), rows.map((r) => r.newCustomers), COLORS.newCustomers, f, marks, 'active'),
          bar(t('health.series.returning'), rows.map((r) => r.returning), COLORS.returning, f, marks, 'active'),
          bar(t('health.series.churned'), rows.map((r) => r.churned), COLORS.churned, f, marks, 'churned'),
        ],
        f,
        marks,
        { stacked: true },
      ),
    },
    {
      key: 'repeat',
      config: chartOf(rows, period, t('health.axis.share'), [line(t('health.series.repeat'), rows.map((r) => r.repeatRate), COLORS.repeat, (i) => partial(i) || short.has(i))], f, marks, { percent: true }),
    },
  ];
}
