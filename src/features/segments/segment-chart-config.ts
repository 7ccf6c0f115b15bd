// The segments' shares as a horizontal bar chart: for each segment, its share of customers (pale)
// and of net revenue (solid), in its own colour. Pure, so its series are unit-tested.

import type { ChartConfiguration } from 'chart.js';
import type { SegmentRow } from '../../lib/archetypes/segment-rows';

export interface SegmentChartText {
  shareCustomers: string;
  shareRevenue: string;
  percent: (fraction: number, digits?: number) => string;
}

/** Hex alpha of the customers bar: the same hue as the revenue bar, lighter. */
const PALE = '66';

/** `onselect`: a click on a segment's bars opens its page. */
export function segmentChartConfig(rows: SegmentRow[], text: SegmentChartText, onselect?: (segment: string) => void): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.name),
      datasets: [
        {
          label: text.shareCustomers,
          data: rows.map((r) => r.customerShare * 100),
          backgroundColor: rows.map((r) => `${r.color}${PALE}`),
          borderColor: rows.map((r) => r.color),
          borderWidth: 1,
        },
        { label: text.shareRevenue, data: rows.map((r) => r.revenueShare * 100), backgroundColor: rows.map((r) => r.color) },
      ],
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      ...(onselect && {
        onClick: (_event, elements) => {
          const hit = elements[0];
          if (hit) onselect(rows[hit.index].id);
        },
        onHover: (event, elements) => {
          const canvas = event.native?.target;
          if (canvas instanceof HTMLElement) canvas.style.cursor = elements.length ? 'pointer' : '';
        },
      }),
      plugins: {
        legend: { position: 'bottom', labels: { color: '#33415c', boxWidth: 14 } },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${text.percent((item.raw as number) / 100)}` } },
      },
      scales: {
        x: { beginAtZero: true, ticks: { callback: (v) => text.percent(Number(v) / 100, 0) } },
        y: { grid: { display: false } },
      },
    },
  };
}
