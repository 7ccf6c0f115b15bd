// Chart.js pieces the app uses, registered once: tree-shaking keeps the rest out of the bundle.
import {
  BarController,
  BarElement,
  BubbleController,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';

Chart.register(BarController, BarElement, BubbleController, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend, MatrixController, MatrixElement);
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
Chart.defaults.color = '#33415c';
/**
 * Chart text follows the page's root size, which grows with the screen (and with presenter view):
 * readable on a projector. Charts already drawn are drawn again at the new size.
 */
export function fontFromRoot(): void {
  if (typeof document === 'undefined') return;
  const rootPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const size = Math.round(rootPx * 0.8);
  if (Chart.defaults.font.size === size) return;
  Chart.defaults.font.size = size;
  for (const instance of Object.values(Chart.instances)) instance.update('none');
}
fontFromRoot();
// Respect users who asked the system for less motion.
if (typeof matchMedia !== 'undefined' && matchMedia('(prefers-reduced-motion: reduce)').matches) Chart.defaults.animation = false;

export { Chart };
