// What the shop is worth to each segment's customers next to what they are worth to the shop: one
// bubble per segment, x its share of revenue, y its NPS, the bubble's area the NPS answers it rests
// on, in the segment's colour and named beside it (a phone has no hover). Pure, so its series are
// unit-tested; the same figures are in the table under it.

import type { Chart, ChartConfiguration, Plugin } from 'chart.js';

export interface ValuePoint {
  id: string;
  name: string;
  color: string;
  /** 0-1. */
  revenueShare: number;
  nps: number;
  answers: number;
}

export interface ValueChartText {
  x: string;
  y: string;
  percent: (fraction: number, digits?: number) => string;
  number: (value: number, digits: number) => string;
  /** "NPS 40 from 3 answers, 25 % of revenue" for the tooltip. */
  point: (p: ValuePoint) => string;
}

/** Bubble radius in px: area proportional to answers, the largest `MAX_RADIUS`, none too small to see or tap. */
const MIN_RADIUS = 6;
const MAX_RADIUS = 28;

export function bubbleRadius(answers: number, most: number): number {
  if (most <= 0) return MIN_RADIUS;
  return Math.max(MIN_RADIUS, Math.round(MAX_RADIUS * Math.sqrt(answers / most) * 10) / 10);
}

/** Writes each segment's name beside its bubble. */
const labels: Plugin<'bubble'> = {
  id: 'cvmBubbleLabels',
  afterDatasetsDraw(chart: Chart<'bubble'>) {
    const { ctx } = chart;
    ctx.save();
    ctx.font = `600 ${chart.options.font?.size ?? 12}px ${chart.options.font?.family ?? 'sans-serif'}`;
    ctx.textBaseline = 'middle';
    chart.data.datasets.forEach((dataset, i) => {
      const meta = chart.getDatasetMeta(i);
      meta.data.forEach((element) => {
        const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
        const r = (element as unknown as { options: { radius: number } }).options.radius;
        const name = dataset.label ?? '';
        const width = ctx.measureText(name).width;
        // Right of the bubble, or left of it near the right edge.
        const right = x + r + 4 + width <= chart.chartArea.right;
        ctx.textAlign = right ? 'left' : 'right';
        ctx.fillStyle = '#1f2937';
        ctx.fillText(name, right ? x + r + 4 : x - r - 4, y);
      });
    });
    ctx.restore();
  },
};

export function valueChartConfig(points: readonly ValuePoint[], text: ValueChartText): ChartConfiguration<'bubble'> {
  const most = Math.max(0, ...points.map((p) => p.answers));
  const widest = Math.max(0.1, ...points.map((p) => p.revenueShare));
  return {
    type: 'bubble',
    data: {
      datasets: points.map((p) => ({
        label: p.name,
        data: [{ x: p.revenueShare * 100, y: p.nps, r: bubbleRadius(p.answers, most) }],
        backgroundColor: `${p.color}b3`,
        borderColor: p.color,
        borderWidth: 2,
        // A segment at NPS 100 or -100 sits on the edge: its bubble is drawn whole, into the padding.
        clip: false as const,
      })),
    },
    options: {
      maintainAspectRatio: false,
      // Bubbles at the edges are not cut in half.
      layout: { padding: MAX_RADIUS },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => text.point(points[item.datasetIndex]) } },
      },
      scales: {
        x: {
          min: 0,
          // A little room right of the widest segment for its name, up to a whole tick (every 20 %).
          max: Math.min(100, Math.ceil((widest * 100 * 1.15) / 20) * 20),
          title: { display: true, text: text.x },
          // Every 20 %: "60 %" and "70 %" would run together on a phone.
          ticks: { stepSize: 20, callback: (v) => text.percent(Number(v) / 100, 0) },
        },
        y: {
          min: -100,
          max: 100,
          title: { display: true, text: text.y },
          ticks: { stepSize: 50, callback: (v) => text.number(Number(v), 0) },
          grid: { color: (c) => (c.tick.value === 0 ? '#6b7280' : '#e5e7eb') },
        },
      },
    },
    plugins: [labels],
  };
}
