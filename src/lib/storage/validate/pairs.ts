// A dataset and its orders, a snapshot and its customers, are written together and deleted
// together (library.ts): one without the other is set aside as a whole, so the list never offers
// a dataset that cannot be opened.

import type { StoreName } from '../schema';
import type { RecordProblem } from './check';
import { VALIDATORS } from './index';

/** The store holding the Blob record beside each record of a store. */
export const COMPANIONS: Partial<Record<StoreName, StoreName>> = { datasets: 'dataset-orders', snapshots: 'snapshot-customers' };
export const COMPANION_STORES: ReadonlySet<StoreName> = new Set(Object.values(COMPANIONS));

/** The record's own problem, else its companion's (under `data`); `companion` undefined: none stored. */
export function pairProblem(store: StoreName, value: unknown, key: string, companion: unknown): RecordProblem | null {
  const own = VALIDATORS[store](value, key);
  const companionStore = COMPANIONS[store];
  if (own || !companionStore) return own;
  if (companion === undefined) return { path: 'data', kind: 'no_data' };
  const problem = VALIDATORS[companionStore](companion, key);
  return problem && { path: ['data', problem.path].filter((p) => p !== '').join('.'), kind: problem.kind };
}
