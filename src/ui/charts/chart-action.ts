// One Svelte action owns a Chart.js instance: created on mount, updated in place when the
// config changes (no flicker on re-score), destroyed with the canvas. Creation waits for the
// next animation frame so that building the page and drawing each chart are separate tasks
// and none of them blocks the main thread for long.
import type { ChartConfiguration } from 'chart.js';
import { Chart } from './register';

const typeOf = (config: ChartConfiguration) => (config as { type?: string }).type;

export function chart(canvas: HTMLCanvasElement, config: ChartConfiguration) {
  let latest = config;
  let instance: Chart | null = null;
  let frame: number | null = requestAnimationFrame(() => {
    frame = null;
    instance = new Chart(canvas, latest);
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
      if (frame !== null) cancelAnimationFrame(frame);
      instance?.destroy();
    },
  };
}
