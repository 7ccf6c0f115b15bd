// PRED.csv: every customer's summary and predictions, one row each. The page's download and
// `npm run rfm --predict --out-predictions` write it with this one function, so the two files are
// byte-identical. Ids go through tableToCsv as text, exactly as in the order file and made
// formula-safe by the rule every export follows (spreadsheet-csv.ts), as the scores CSV does.
// Numbers are written with a fixed decimal point (never an exponent) and enough digits to
// recompute a segment's sums to the cent.
import { tableToCsv } from '../spreadsheet-csv';
import type { PredictResult } from './request';

export const PREDICTIONS_CSV_HEADER = ['customer_id', 'x', 't_x', 'T', 'p_alive', 'expected_purchases', 'expected_spend', 'predicted_value'];

/** Decimals of the fractional columns: t_x and T in weeks are days / 7, so they never end. */
export const PREDICTIONS_CSV_DECIMALS = 6;

/** A finite number with a fixed point; an empty cell for a figure the model could not give. */
function fixed(value: number): string | null {
  return Number.isFinite(value) ? value.toFixed(PREDICTIONS_CSV_DECIMALS) : null;
}

/** Null when there are no predictions (a blocked fit): there is nothing to write. */
export function predictionsCsv(result: Pick<PredictResult, 'customerIds' | 'x' | 'tx' | 'T' | 'predictions'>): Uint8Array | null {
  const p = result.predictions;
  if (!p) return null;
  const rows = result.customerIds.map((id, i) => [
    id,
    String(result.x[i]),
    fixed(result.tx[i]),
    fixed(result.T[i]),
    fixed(p.pAlive[i]),
    fixed(p.expectedPurchases[i]),
    fixed(p.expectedSpend[i]),
    fixed(p.predictedValue[i]),
  ]);
  return tableToCsv(PREDICTIONS_CSV_HEADER, rows);
}
