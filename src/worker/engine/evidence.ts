// The format evidence columns (shared/evidence-counts.sql) counted over an open file's first
// rows and over every parsed line, as the import's DateEvidence and NumberEvidence.

import type { DateEvidence, NumberEvidence } from '../../lib/engine/api';
import { fragment } from '../sql-statement';

export const EVIDENCE_COUNTS = fragment('shared/evidence-counts');

export interface EvidenceCounts {
  date_day_first: number;
  date_month_first: number;
  date_dotted: number;
  date_ambiguous: number;
  number_point: number;
  number_comma: number;
  number_ambiguous: number;
}

export const dateEvidenceOf = (r: EvidenceCounts): DateEvidence => ({
  dayFirst: r.date_day_first,
  monthFirst: r.date_month_first,
  dotted: r.date_dotted,
  ambiguous: r.date_ambiguous,
});

export const numberEvidenceOf = (r: EvidenceCounts): NumberEvidence => ({
  point: r.number_point,
  comma: r.number_comma,
  ambiguous: r.number_ambiguous,
});
