// One Svelte action owns a Chart.js instance: created on mount, updated in place when the
// config changes (no flicker on re-score), destroyed with the canvas.
import type { ChartConfiguration } from 'chart.js';
import { Chart } from './register';

export function chart(canvas: HTMLCanvasElement, config: ChartConfiguration) {
  let instance = new Chart(canvas, config);
  return {
    update(next: ChartConfiguration) {
      if ((next as { type?: string }).type !== (instance.config as { type?: string }).type) {
        instance.destroy();
        instance = new Chart(canvas, next);
        return;
      }
      instance.data = next.data;
      instance.options = next.options ?? {};
      instance.update();
    },
    destroy() {
      instance.destroy();
    },
  };
}
