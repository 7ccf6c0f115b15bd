// A segment whose name says "active" but whose customers are churned: "Loyal" 57.4 % churned in
// the demo. Not an error: segment names come from scores, which rank customers against each other
// in this file, while churned is an absolute rule (no purchase for more than N days). The value
// table says so for the segments where the two disagree most visibly. Pure, unit-tested.

import { type ArchetypeConfig, OTHER_ID } from '../archetypes/config';
import type { ValueRow } from './value-table';

/** A churn share from which a top-ranked segment's name reads as a contradiction. */
export const CONTRADICTING_CHURN = 0.3;

/**
 * Segments in the top third of the configuration's value order (Champions, Loyal, Potential
 * Loyalist, New Customers of the default eleven) with at least CONTRADICTING_CHURN of their
 * customers churned.
 */
export function churnContradictions(rows: ValueRow[], config: ArchetypeConfig): ValueRow[] {
  const ranked = config.archetypes.map((a) => a.id).filter((id) => id !== OTHER_ID);
  const top = new Set(ranked.slice(0, Math.max(1, Math.ceil(ranked.length / 3))));
  return rows.filter((r) => top.has(r.id) && r.customers > 0 && (r.churnRate ?? 0) >= CONTRADICTING_CHURN);
}
