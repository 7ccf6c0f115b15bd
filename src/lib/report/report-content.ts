// What the one-page report of an analysis says: its totals, the segments' figures and each
// segment's playbook in the user's language. Pure: the page lays it out, a test reads it.

import type { ArchetypeConfig } from '../archetypes/config';
import { goalLine, playbookOf } from '../archetypes/playbook';
import { segmentRows, type SegmentRow } from '../archetypes/segment-rows';
import type { ScoreResult } from '../engine/api';
import type { Translate } from '../i18n/translate';

/** The analysis a report is of: its result, the configuration its segments were made with, and where its orders came from. */
export interface ReportSubject {
  result: ScoreResult;
  config: ArchetypeConfig;
  fileName: string;
  /** The orders' first and last dates, YYYY-MM-DD; empty when unknown. */
  firstDate: string;
  lastDate: string;
}

export interface ReportTotals {
  customers: number;
  revenue: number;
  orders: number;
  /** Net revenue per purchase; null without purchases. */
  averageCheck: number | null;
}

export interface ReportPlaybook {
  id: string;
  name: string;
  color: string;
  /** "Goal: Keep". */
  goal: string;
  actions: string[];
  avoid: string[];
  offer: string;
}

export interface ReportContent {
  totals: ReportTotals;
  rows: SegmentRow[];
  /** The segments with customers that have a playbook (Other has none), in the table's order. */
  playbooks: ReportPlaybook[];
}

const filled = (items: readonly string[]) => items.map((item) => item.trim()).filter((item) => item !== '');

export function reportContent(result: ScoreResult, config: ArchetypeConfig, t: Translate): ReportContent {
  const { customers, revenue, purchases } = result.summary;
  const rows = segmentRows(result, config, t);
  const playbooks = rows.flatMap((row): ReportPlaybook[] => {
    const playbook = playbookOf(config, row.id, t);
    if (!playbook) return [];
    return [{ id: row.id, name: row.name, color: row.color, goal: goalLine(playbook.goal, t), actions: filled(playbook.actions), avoid: filled(playbook.avoid), offer: playbook.offer.trim() }];
  });
  return { totals: { customers, revenue, orders: purchases, averageCheck: purchases > 0 ? revenue / purchases : null }, rows, playbooks };
}
