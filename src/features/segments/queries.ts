// Shapes the engine's per-cell result into what the segment views show. Pure, so the numbers
// on screen are unit-tested without a browser.

import type { ScoreResult } from '../../lib/engine/api';
import { cellKey, presetById } from '../../lib/rfm/archetypes';

export interface SegmentRow {
  id: string;
  color: string;
  valueRank: number;
  customers: number;
  customerShare: number;
  purchases: number;
  revenue: number;
  revenueShare: number;
  /** Net revenue per purchase; null without purchases. */
  averageOrderValue: number | null;
}

export interface HeatCell {
  r: number;
  f: number;
  customers: number;
  revenue: number;
  /** Mean monetary value of the customers in the cell; null when empty. */
  meanMonetary: number | null;
}

/** Archetype totals, most valuable first; archetypes nobody falls into are left out. */
export function segmentRows(result: ScoreResult): SegmentRow[] {
  const preset = presetById(result.settings.archetypes);
  const archetypeOf = new Map(preset.assign(result.settings.bins).map((c) => [cellKey(c.r, c.f, c.m), c.archetype]));
  const totals = new Map<string, { customers: number; purchases: number; revenue: number }>();
  for (const cell of result.cells) {
    const id = archetypeOf.get(cellKey(cell.r, cell.f, cell.m)) ?? 'others';
    const t = totals.get(id) ?? { customers: 0, purchases: 0, revenue: 0 };
    t.customers += cell.customers;
    t.purchases += cell.purchases;
    t.revenue += cell.revenue;
    totals.set(id, t);
  }
  const { customers, revenue } = result.summary;
  return preset.archetypes
    .filter((a) => totals.has(a.id))
    .map((a) => {
      const t = totals.get(a.id)!;
      return {
        id: a.id,
        color: a.color,
        valueRank: a.valueRank,
        customers: t.customers,
        customerShare: customers ? t.customers / customers : 0,
        purchases: t.purchases,
        revenue: t.revenue,
        revenueShare: revenue ? t.revenue / revenue : 0,
        averageOrderValue: t.purchases ? t.revenue / t.purchases : null,
      };
    })
    .sort((a, b) => a.valueRank - b.valueRank);
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
