// The holdout check as bars: per number of calibration repeat purchases, the repeat purchases the
// customers made after the calibration end beside those the model expected (Fader, Hardie & Lee's
// figure 4). Pure: plain arrays in, a Chart.js configuration out; the table under it has the same figures.
import type { ChartConfiguration } from 'chart.js';
import type { HoldoutCheck } from '../../lib/predict/holdout';

export interface HoldoutChartText {
  /** "0", "1", … "7+" */
  group: (x: number, last: boolean) => string;
  actual: string;
  predicted: string;
  x: string;
  y: string;
  number: (n: number) => string;
}

/** Dark and orange: apart in hue and in lightness, so they stay apart for colour-blind readers and in greyscale. */
export const ACTUAL_COLOR = '#33415c';
export const PREDICTED_COLOR = '#d9731a';

const perCustomer = (purchases: number, customers: number) => (customers > 0 ? purchases / customers : 0);

export function holdoutChartConfig(check: HoldoutCheck, text: HoldoutChartText, topGroup: number): ChartConfiguration<'bar', number[], string> {
  const labels = check.groups.map((g) => text.group(g.x, g.x >= topGroup));
  return {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { label: text.actual, data: check.groups.map((g) => perCustomer(g.actual, g.customers)), backgroundColor: ACTUAL_COLOR },
        { label: text.predicted, data: check.groups.map((g) => perCustomer(g.predicted, g.customers)), backgroundColor: PREDICTED_COLOR },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: { title: { display: true, text: text.x } },
        y: { beginAtZero: true, title: { display: true, text: text.y } },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${text.number(item.parsed.y ?? 0)}` } },
      },
    },
  };
}
