// A campaign measured on newer orders: what each customer bought in the response window (from
// the day the target lists went out to the day the user chooses), from the prepared orders of
// the dataset open now (sql/campaign/). Which of them were contacted or held out is the
// campaign's own business (lib/campaign), so the same answer serves any campaign.

import type { CampaignPurchase } from '../../lib/engine/api';
import { EngineError } from '../../lib/engine/errors';
import type { Db } from '../db';
import { statement } from '../sql-statement';
import type { EngineState } from './state';

const SQL = {
  purchases: statement<[from: string, until: string], { id: string; revenue_cents: number; orders: number }>('campaign/campaign-purchases'),
};

export function campaignPurchases(db: Db, state: EngineState, from: string, until: string): CampaignPurchase[] {
  if (!state.prepared) throw new EngineError('no_dataset');
  // BIGINT arrives as a double (castBigIntToDouble); minor units stay far below 2^53, so it is exact.
  return db.rows(SQL.purchases, [from, until]).map((r) => ({ id: r.id, revenueCents: Math.round(r.revenue_cents), orders: r.orders }));
}
