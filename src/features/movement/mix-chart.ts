// "Segment sizes over time" as a stacked bar chart: one bar per as-of date, one colour per
// segment, in the configuration's value order. Pure, so its series are unit-tested.

import type { ChartConfiguration } from 'chart.js';
import type { SegmentMixPoint } from '../../lib/engine/api';

export const customersOf = (point: SegmentMixPoint, id: string): number => point.segments.find((s) => s.segment === id)?.customers ?? 0;

/** The segments anybody is in at one of the dates, in `order`. */
export function segmentsShown(points: SegmentMixPoint[], order: string[]): string[] {
  return order.filter((id) => points.some((p) => customersOf(p, id) > 0));
}

export interface MixChartText {
  date: (iso: string) => string;
  name: (id: string) => string;
  color: (id: string) => string;
  axisDate: string;
  axisCustomers: string;
}

export function mixChart(points: SegmentMixPoint[], shown: string[], text: MixChartText): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: points.map((p) => text.date(p.asOf)),
      datasets: shown.map((id) => ({ label: text.name(id), data: points.map((p) => customersOf(p, id)), backgroundColor: text.color(id), stack: 'mix' })),
    },
    options: {
      maintainAspectRatio: false,
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
      scales: {
        x: { stacked: true, title: { display: true, text: text.axisDate } },
        y: { stacked: true, beginAtZero: true, title: { display: true, text: text.axisCustomers } },
      },
    },
  };
}
