// Layout of the flow chart between two dates: segments before on the left, after on the right,
// each a bar as tall as its customers, and one band per cell of the movement matrix from its
// share of the left bar to its share of the right bar. Pure geometry, unit-tested; drawn as SVG.

import type { MovementCell } from '../engine/api';

export interface FlowBar {
  id: string | null;
  side: 'before' | 'after';
  y: number;
  height: number;
  customers: number;
}

export interface FlowBand {
  from: string | null;
  to: string;
  customers: number;
  /** Top of the band at the left bar and at the right bar; its thickness is `height`. */
  y0: number;
  y1: number;
  height: number;
}

export interface FlowLayout {
  bars: FlowBar[];
  bands: FlowBand[];
  height: number;
}

/**
 * `order`: segment ids top to bottom (null, "not yet a customer", is put first on the left).
 * `height`: drawing height for the customers; `gap`: space between bars.
 */
export function flowLayout(cells: MovementCell[], order: string[], height: number, gap: number): FlowLayout {
  const total = cells.reduce((s, c) => s + c.customers, 0);
  const left: (string | null)[] = [null, ...order].filter((id) => cells.some((c) => c.before === id && c.customers > 0));
  const right = order.filter((id) => cells.some((c) => c.after === id && c.customers > 0));
  const scale = total > 0 ? (height - gap * (Math.max(left.length, right.length) - 1)) / total : 0;

  const place = (ids: (string | null)[], side: 'before' | 'after') => {
    let y = 0;
    return ids.map((id): FlowBar => {
      const customers = cells.filter((c) => (side === 'before' ? c.before === id : c.after === id)).reduce((s, c) => s + c.customers, 0);
      const bar = { id, side, y, height: customers * scale, customers };
      y += bar.height + gap;
      return bar;
    });
  };
  const leftBars = place(left, 'before');
  const rightBars = place(right, 'after');

  // Bands leave each left bar in the right bars' order and enter each right bar in the left bars' order, so they do not cross inside a bar.
  const leftOffset = new Map(leftBars.map((b) => [b.id, b.y]));
  const rightOffset = new Map(rightBars.map((b) => [b.id, b.y]));
  const bands: FlowBand[] = [];
  const rank = (ids: (string | null)[], id: string | null) => ids.indexOf(id);
  const sorted = cells
    .filter((c) => c.customers > 0)
    .sort((a, b) => rank(left, a.before) - rank(left, b.before) || rank(right, a.after) - rank(right, b.after));
  const enter = new Map<string, number>();
  for (const cell of sorted) {
    const h = cell.customers * scale;
    const y0 = leftOffset.get(cell.before)!;
    leftOffset.set(cell.before, y0 + h);
    bands.push({ from: cell.before, to: cell.after, customers: cell.customers, y0, y1: 0, height: h });
  }
  // Entering order at the right: by the left bar they come from.
  for (const band of [...bands].sort((a, b) => rank(left, a.from) - rank(left, b.from))) {
    const y1 = (enter.get(band.to) ?? rightOffset.get(band.to)!) as number;
    band.y1 = y1;
    enter.set(band.to, y1 + band.height);
  }
  return { bars: [...leftBars, ...rightBars], bands, height };
}
