// Shapes the engine's per-cell result into the segments tab's heat map. Pure, so the numbers on
// screen are unit-tested without a browser.

import type { ScoreResult } from '../../lib/engine/api';

export interface HeatCell {
  r: number;
  f: number;
  customers: number;
  revenue: number;
  /** Mean monetary value of the customers in the cell; null when empty. */
  meanMonetary: number | null;
}

/** R x F grid (every cell, empty ones included) with mean monetary over all M scores. */
export function rfHeatmap(result: ScoreResult): HeatCell[] {
  const { r: rBins, f: fBins } = result.settings.bins;
  const grid: HeatCell[] = [];
  for (let r = 1; r <= rBins; r++) {
    for (let f = 1; f <= fBins; f++) {
      const cells = result.cells.filter((c) => c.r === r && c.f === f);
      const customers = cells.reduce((s, c) => s + c.customers, 0);
      const revenue = cells.reduce((s, c) => s + c.revenue, 0);
      grid.push({ r, f, customers, revenue, meanMonetary: customers ? revenue / customers : null });
    }
  }
  return grid;
}
