// What the engine holds between calls: one entry per stage, each the facts of the tables that
// stage built, and one rule for what goes stale when a stage is rebuilt.

import type { Axis, CellStat, DatasetInfo, ImportSummary, ScoreBand } from '../../lib/engine/api';
import type { OpenSource } from '../sql-template';
import type { LineJob, LineParams } from './line-job';
import type { PickedExample } from './prepare-examples';

export interface EngineState {
  /** The file open for mapping, and how statements read it. */
  opened: { dataset: DatasetInfo; source: OpenSource } | null;
  /** The dataset whose orders table is built; only replaced when a prepare (or a load) succeeds. */
  prepared: {
    dataset: DatasetInfo;
    summary: ImportSummary;
    /** How its lines were read, for the source and rejected-rows downloads; null for a kept dataset (its file is not kept). */
    lines: { job: LineJob; params: LineParams } | null;
    /** The report's examples whose text is still to be read (prepare's `textsLater`), until exampleTexts() reads it. */
    pendingExamples?: PickedExample[];
  } | null;
  /** The customers and rfm_base tables, as of one date. */
  customers: {
    asOf: string;
    scored: number;
    noPurchase: { total: number; revenue: number; examples: string[] };
    /** Read once per date, when a quantile score first needs them. */
    orderStats: { n: number; values: Record<Axis, Map<number, number>> } | null;
  } | null;
  /** The scores table for `key` (date, method, bins, cut points) and its per-cell, total and band figures. */
  scores: {
    key: string;
    cells: CellStat[];
    totals: { customers: number; purchases: number; revenue: number };
    bands: ({ axis: Axis } & ScoreBand)[];
  } | null;
  /** The segment tables for `key` (a segmentation); `ids[n]` is the segment numbered n in SQL. */
  segmentation: { key: string; ids: string[] } | null;
  /** The last movement's tables; its exports label segment numbers with these ids. */
  movement: { segmentIds: string[] } | null;
  /** The customer_reach table for `key` (the scores' key and the contact columns): each planner question would otherwise read the whole file again. */
  reach: { key: string } | null;
}

type Stage = keyof EngineState;

/**
 * The stages built from each stage, which go stale with it. Opening a file leaves the analysis
 * on screen alone (a prepare replaces it when it succeeds); the segment tables hold a
 * configuration, no data; a movement keeps its own copy of the segment ids.
 */
const BUILT_FROM: Record<Stage, readonly Stage[]> = {
  opened: [],
  prepared: ['customers', 'movement'],
  customers: ['scores'],
  scores: ['reach'],
  segmentation: [],
  movement: [],
  reach: [],
};

export function emptyState(): EngineState {
  return { opened: null, prepared: null, customers: null, scores: null, segmentation: null, movement: null, reach: null };
}

/** Forgets a stage and everything built from it; the stage that rebuilds it then sets it again. */
export function invalidate(state: EngineState, from: Stage): void {
  state[from] = null;
  for (const next of BUILT_FROM[from]) invalidate(state, next);
}
