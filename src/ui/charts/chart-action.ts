// One Svelte action owns a Chart.js instance: created on mount, updated in place when the
// config changes (no flicker on re-score), destroyed with the canvas. Creation waits for an
// animation frame of its own, so building the page and drawing each chart are separate tasks
// and none of them blocks the main thread for long. Chart.js (about 60 KB gzip) is fetched the
// first time a chart mounts: the first screen draws none, so it stays out of the main bundle.
import type { Chart, ChartConfiguration, ChartType, DefaultDataPoint } from 'chart.js';
import type { ChartDataLike } from '../../lib/figure/chart-table';

let chartClass: Promise<typeof Chart> | null = null;
let fontFromRoot: (() => void) | null = null;
const loadChart = () =>
  (chartClass ??= import('./register').then((module) => {
    fontFromRoot = module.fontFromRoot;
    return module.Chart;
  }));

/** After the root font size changed (presenter view): charts take the new size; before Chart.js is loaded there is nothing to do. */
export function followRootFontSize(): void {
  fontFromRoot?.();
}

/**
 * Fetches and evaluates Chart.js ahead of the first chart, while the user is on a screen that draws
 * none (the column mapping): otherwise its evaluation lands in the task that shows the results.
 */
export function preloadCharts(): void {
  void loadChart().catch(() => {
    // Asked again, and then reported, when a chart mounts.
    chartClass = null;
  });
}

/** Charts mounted together are created one per frame, so each is its own short task. */
let queue: Promise<void> = Promise.resolve();
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves in the frame after every chart mounted so far has been created and drawn. */
export function chartsSettled(): Promise<void> {
  return queue.then(nextFrame);
}

/** Any chart: its configuration's own types (bar, line, matrix...) are kept, no cast needed. */
export function chart<Type extends ChartType, Data = DefaultDataPoint<Type>, Label = unknown>(canvas: HTMLCanvasElement, config: ChartConfiguration<Type, Data, Label>) {
  let latest = config;
  let instance: Chart<Type, Data, Label> | null = null;
  let destroyed = false;
  // Two frames: the first lets the browser lay out the page it just received, so the chart's
  // own measuring does not force that layout inside the same task.
  let ChartClass: typeof Chart | null = null;
  queue = queue.then(() => Promise.all([loadChart(), nextFrame().then(nextFrame)])).then(([loaded]) => {
    ChartClass = loaded;
    if (!destroyed) instance = new loaded(canvas, latest);
  });
  return {
    update(next: ChartConfiguration<Type, Data, Label>) {
      const drawn = latest;
      latest = next;
      if (!instance || !ChartClass) return;
      // Another kind of chart cannot be updated in place.
      if (next.type !== drawn.type) {
        instance.destroy();
        instance = new ChartClass(canvas, next);
        return;
      }
      instance.data = next.data;
      if (next.options) instance.options = next.options;
      instance.update();
    },
    destroy() {
      destroyed = true;
      instance?.destroy();
    },
  };
}

/** What a chart mounted on `canvas` shows, as plain data with its axes' titles; null before it is drawn. */
export async function chartDataOf(canvas: HTMLCanvasElement): Promise<{ data: ChartDataLike; x: string; y: string } | null> {
  const instance = (await loadChart()).getChart(canvas);
  if (!instance) return null;
  const scales = (instance.options.scales ?? {}) as Record<string, { title?: { display?: boolean; text?: string | string[] } } | undefined>;
  const title = (axis: string) => {
    const text = scales[axis]?.title?.text;
    return Array.isArray(text) ? text.join(' ') : (text ?? '');
  };
  const { labels, datasets } = instance.data;
  return { data: { labels: labels ?? [], datasets: datasets.map((d) => ({ label: d.label, data: d.data as unknown[] })) }, x: title('x'), y: title('y') };
}
