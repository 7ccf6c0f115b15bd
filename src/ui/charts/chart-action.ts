// One Svelte action owns a Chart.js instance: created on mount, updated in place when the
// config changes (no flicker on re-score), destroyed with the canvas. Creation waits for an
// animation frame of its own, so building the page and drawing each chart are separate tasks
// and none of them blocks the main thread for long.
import type { ChartConfiguration } from 'chart.js';
import { Chart } from './register';

const typeOf = (config: ChartConfiguration) => (config as { type?: string }).type;

/** Charts mounted together are created one per frame, so each is its own short task. */
let queue: Promise<void> = Promise.resolve();
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves in the frame after every chart mounted so far has been created and drawn. */
export function chartsSettled(): Promise<void> {
  return queue.then(nextFrame);
}

export function chart(canvas: HTMLCanvasElement, config: ChartConfiguration) {
  let latest = config;
  let instance: Chart | null = null;
  let destroyed = false;
  // Two frames: the first lets the browser lay out the page it just received, so the chart's
  // own measuring does not force that layout inside the same task.
  queue = queue.then(nextFrame).then(nextFrame).then(() => {
    if (!destroyed) instance = new Chart(canvas, latest);
  });
  return {
    update(next: ChartConfiguration) {
      latest = next;
      if (!instance) return;
      if (typeOf(next) !== typeOf(instance.config as ChartConfiguration)) {
        instance.destroy();
        instance = new Chart(canvas, next);
        return;
      }
      instance.data = next.data;
      instance.options = next.options ?? {};
      instance.update();
    },
    destroy() {
      destroyed = true;
      instance?.destroy();
    },
  };
}
