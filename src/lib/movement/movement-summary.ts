// Who moved where between two dates, in five words: new (not a customer at the earlier date),
// lost (churned by the later date, not at the earlier), and for everyone else up, stayed or down
// by the archetypes' value order (the configuration's order; Others ranks last).

import { OTHER_ID } from '../archetypes/config';
import type { MovementCell } from '../engine/api';

export interface MovementSummary {
  up: number;
  stayed: number;
  down: number;
  new: number;
  lost: number;
  /** Customers present at either date: the matrix total. */
  total: number;
}

export function movementSummary(cells: MovementCell[], valueOrder: string[]): MovementSummary {
  const rank = (id: string) => {
    const i = valueOrder.indexOf(id);
    return i >= 0 ? i : id === OTHER_ID ? valueOrder.length : valueOrder.length + 1;
  };
  const summary: MovementSummary = { up: 0, stayed: 0, down: 0, new: 0, lost: 0, total: 0 };
  for (const cell of cells) {
    summary.total += cell.customers;
    if (cell.before === null) {
      summary.new += cell.customers;
      continue;
    }
    summary.lost += cell.newlyChurned;
    const rest = cell.customers - cell.newlyChurned;
    const move = rank(cell.after) - rank(cell.before);
    if (move < 0) summary.up += rest;
    else if (move > 0) summary.down += rest;
    else summary.stayed += rest;
  }
  return summary;
}
