// Which segment a click on a heat-map cell opens. A cell of the R x F map holds every M score, so
// it may hold several archetypes: the one the cell map gives most of its customers opens. Rule
// segments are not counted: the map's figures are per score cell, and a rule may take any of them.

import { OTHER_ID, cellKey, type ArchetypeConfig } from '../archetypes/config';
import type { CellStat } from '../engine/api';

export function segmentOfRfCell(config: ArchetypeConfig, cells: readonly CellStat[], r: number, f: number): string | null {
  const customers = new Map<string, number>();
  for (const cell of cells) {
    if (cell.r !== r || cell.f !== f || cell.customers === 0) continue;
    const id = config.cells[cellKey(cell.r, cell.f, cell.m)] ?? OTHER_ID;
    customers.set(id, (customers.get(id) ?? 0) + cell.customers);
  }
  let best: string | null = null;
  for (const [id, n] of customers) if (best === null || n > customers.get(best)!) best = id;
  return best;
}
