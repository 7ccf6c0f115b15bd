// The shop's health over time: revenue, purchases, active, new and churned customers by period,
// and acquisition cohorts.

import type { CohortCell, HealthPoint } from '../../lib/engine/api';
import { EngineError } from '../../lib/engine/errors';
import { HEALTH_MAX_PERIODS, type Period } from '../../lib/health/health';
import type { Db } from '../db';
import { statement } from '../sql-statement';
import type { EngineState } from './state';

type HealthRow = Omit<HealthPoint, 'newCustomers'> & { new_customers: number };

const SQL = {
  series: statement<[asOf: string, period: Period, churnDays: number, maxPeriods: number], HealthRow>('health/health-series'),
  cohorts: statement<[asOf: string], { cohort: string; months_after: number; buyers: number; revenue: number }>('health/cohorts'),
};

/** The shop's health by period before `asOf`, the latest HEALTH_MAX_PERIODS at most. */
export function healthSeries(db: Db, state: EngineState, asOf: string, period: Period, churnDays: number): HealthPoint[] {
  if (!state.prepared) throw new EngineError('no_dataset');
  return db.rows(SQL.series, [asOf, period, churnDays, HEALTH_MAX_PERIODS[period]]).map(({ new_customers, ...rest }) => ({ ...rest, newCustomers: new_customers }));
}

/** Acquisition cohorts before `asOf`. */
export function cohorts(db: Db, state: EngineState, asOf: string): CohortCell[] {
  if (!state.prepared) throw new EngineError('no_dataset');
  return db
    .rows(SQL.cohorts, [asOf])
    .map((r) => ({ cohort: r.cohort, monthsAfter: r.months_after, buyers: r.buyers, revenue: r.revenue }));
}
