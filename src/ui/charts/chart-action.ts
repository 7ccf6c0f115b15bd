// One Svelte action owns a Chart.js instance: created on mount, updated in place when the
// config changes (no flicker on re-score), destroyed with the canvas. Creation waits for an
// animation frame of its own, so building the page and drawing each chart are separate tasks
// and none of them blocks the main thread for long.
import type { ChartConfiguration, ChartType, DefaultDataPoint } from 'chart.js';
import { Chart } from './register';

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
  queue = queue.then(nextFrame).then(nextFrame).then(() => {
    if (!destroyed) instance = new Chart(canvas, latest);
  });
  return {
    update(next: ChartConfiguration<Type, Data, Label>) {
      const drawn = latest;
      latest = next;
      if (!instance) return;
      // Another kind of chart cannot be updated in place.
      if (next.type !== drawn.type) {
        instance.destroy();
        instance = new Chart(canvas, next);
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
