// Chart.js configuration of the R x F heatmap: mean monetary per cell, customers in the tooltip.
import type { ChartConfiguration, Plugin } from 'chart.js';
import { textColorOn } from '../../ui/contrast';
import type { HeatCell } from './queries';

export interface HeatmapLabels {
  r: string;
  f: string;
  cellTitle: (cell: HeatCell) => string;
  cellLines: (cell: HeatCell) => string[];
  value: (cell: HeatCell) => string;
}

export interface MatrixPoint {
  x: string;
  y: string;
  cell: HeatCell;
}

const LOW = [238, 244, 255];
const HIGH = [31, 58, 95];

function colourFor(value: number | null, max: number): string {
  if (value === null) return '#f1f3f6';
  // Square root keeps mid-range cells distinguishable when one cell holds a few huge spenders.
  const t = max > 0 ? Math.sqrt(Math.max(value, 0) / max) : 0;
  const [r, g, b] = LOW.map((low, i) => Math.round(low + (HIGH[i] - low) * t));
  return `rgb(${r}, ${g}, ${b})`;
}

/** Writes each cell's value inside it, so the heatmap reads without hovering (and on a projector). */
function cellText(labels: HeatmapLabels): Plugin<'matrix'> {
  return {
    id: 'cvmCellText',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const meta = chart.getDatasetMeta(0);
      const data = chart.data.datasets[0].data as unknown as MatrixPoint[];
      ctx.save();
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      meta.data.forEach((element, i) => {
        const point = data[i];
        const { x, y, width, height } = element.getProps(['x', 'y', 'width', 'height'], true) as unknown as {
          x: number;
          y: number;
          width: number;
          height: number;
        };
        if (width < 28 || height < 18) return;
        const fill = (element.options as { backgroundColor: string }).backgroundColor;
        ctx.fillStyle = textColorOn(fill);
        // The largest size at which the text fits the cell: a Russian "13,9 тыс. ₽" is twice as
        // wide as "13.9K", and at 150 % zoom neighbouring labels must not run into each other.
        const room = width - 6;
        const fit = (text: string, weight: string, largest: number): number | null => {
          for (let size = largest; size >= 9; size--) {
            ctx.font = `${weight}${size}px system-ui, sans-serif`;
            if (ctx.measureText(text).width <= room) return size;
          }
          return null;
        };
        const value = labels.value(point.cell);
        const size = fit(value, '600 ', Math.max(10, Math.min(18, Math.floor(Math.min(width / 4, height / 3)))));
        if (size === null) return;
        const cx = x + width / 2;
        const cy = y + height / 2;
        const line = labels.cellLines(point.cell)[0];
        const lineSize = height > 44 ? fit(line, '', Math.max(9, size - 3)) : null;
        ctx.font = `600 ${size}px system-ui, sans-serif`;
        ctx.fillText(value, cx, cy - (lineSize ? size * 0.55 : 0));
        if (lineSize) {
          ctx.font = `${lineSize}px system-ui, sans-serif`;
          ctx.fillText(line, cx, cy + size * 0.75);
        }
      });
      ctx.restore();
    },
  };
}

/** `onselect`: a click on a cell with customers gives its scores. */
export function heatmapConfig(
  cells: HeatCell[],
  bins: { r: number; f: number },
  labels: HeatmapLabels,
  onselect?: (r: number, f: number) => void,
): ChartConfiguration<'matrix', MatrixPoint[]> {
  const max = Math.max(0, ...cells.map((c) => c.meanMonetary ?? 0));
  const data: MatrixPoint[] = cells.map((cell) => ({ x: String(cell.f), y: String(cell.r), cell }));
  const fLabels = Array.from({ length: bins.f }, (_, i) => String(i + 1));
  // A category y axis draws its first label at the bottom: R 1 at the bottom, R 5 (most recent) on top.
  const rLabels = Array.from({ length: bins.r }, (_, i) => String(i + 1));
  return {
    type: 'matrix',
    data: {
      datasets: [
        {
          data,
          backgroundColor: (ctx) => colourFor((ctx.raw as MatrixPoint | undefined)?.cell.meanMonetary ?? null, max),
          borderColor: '#ffffff',
          borderWidth: 2,
          width: ({ chart }) => (chart.chartArea?.width ?? 0) / bins.f - 2,
          height: ({ chart }) => (chart.chartArea?.height ?? 0) / bins.r - 2,
        },
      ],
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      ...(onselect && {
        onClick: (_event, elements) => {
          const cell = elements[0] ? data[elements[0].index]?.cell : undefined;
          if (cell && cell.customers > 0) onselect(cell.r, cell.f);
        },
      }),
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (items) => labels.cellTitle((items[0].raw as MatrixPoint).cell),
            label: (item) => labels.cellLines((item.raw as MatrixPoint).cell),
          },
        },
      },
      scales: {
        x: { type: 'category', labels: fLabels, offset: true, grid: { display: false }, title: { display: true, text: labels.f } },
        y: { type: 'category', labels: rLabels, offset: true, grid: { display: false }, title: { display: true, text: labels.r } },
      },
    },
    plugins: [cellText(labels)],
  };
}
