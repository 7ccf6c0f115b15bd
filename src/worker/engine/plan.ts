// Who each channel can reach, per segment: the scored customers of the segmentation in use counted
// by which of their contacts (e-mail, phone, push token, messenger id) the order file holds
// (sql/plan/). The cascade itself is pure arithmetic on these counts (lib/plan/cascade.ts), so
// the page and the command line compute it from the same numbers.

import type { ChannelContacts, PlanReach, PlanTarget, ScoringSettings } from '../../lib/engine/api';
import { EngineError } from '../../lib/engine/errors';
import type { SegmentationInput } from '../../lib/archetypes/segment';
import { CONTACT_KINDS } from '../../lib/plan/channels';
import type { Db } from '../db';
import { statement, template } from '../sql-statement';
import { quoteIdent, SQL_NULL, type SourceParams } from '../sql-template';
import { score } from './score';
import { segmentIdOf, segmentIds, segmentNumberOf } from './segment';
import { readingSource } from './source-read';
import type { EngineState } from './state';

type ReachRow = { seg: number; email: boolean; phone: boolean; push: boolean; messenger: boolean; customers: number };

const SQL = {
  reach: template<SourceParams, 'source' | 'customer' | 'email' | 'phone' | 'push' | 'messenger'>('plan/create-customer-reach'),
  noReach: statement('plan/create-no-reach'),
  groups: statement<[], ReachRow>('plan/plan-reach'),
  targets: statement<[seg: number], PlanTarget>('plan/plan-targets'),
};

export function planReach(db: Db, state: EngineState, settings: ScoringSettings, segmentation: SegmentationInput, contacts: ChannelContacts): PlanReach {
  score(db, state, settings, segmentation);
  const ids = segmentIds(state);
  loadReach(db, state, contacts);
  const segments: PlanReach['segments'] = [];
  for (const row of db.rows(SQL.groups)) {
    const segment = segmentIdOf(ids, row.seg);
    let entry = segments.find((s) => s.segment === segment);
    if (!entry) {
      entry = { segment, customers: 0, groups: [] };
      segments.push(entry);
    }
    entry.customers += row.customers;
    entry.groups.push({ email: row.email, phone: row.phone, push: row.push, messenger: row.messenger, customers: row.customers });
  }
  return { segments };
}

/** One segment's customers with their contact per channel: what the target lists are made of. */
export function planTargets(
  db: Db,
  state: EngineState,
  settings: ScoringSettings,
  segmentation: SegmentationInput,
  contacts: ChannelContacts,
  segment: string,
): PlanTarget[] {
  score(db, state, settings, segmentation);
  const seg = segmentNumberOf(segmentIds(state), segment);
  loadReach(db, state, contacts);
  return db.rows(SQL.targets, [seg]);
}

/**
 * The customers' contacts from the order file: only while its rows are at hand (not for a kept
 * dataset). Built once per scores and contact columns: the planner asks for the reach and then for
 * one segment's targets after another, each of which would otherwise read the whole file again.
 */
function loadReach(db: Db, state: EngineState, contacts: ChannelContacts): void {
  const key = JSON.stringify([state.scores?.key ?? null, ...CONTACT_KINDS.map((kind) => contacts[kind] ?? null)]);
  if (state.reach?.key === key) return;
  buildReach(db, state, contacts);
  state.reach = { key };
}

function buildReach(db: Db, state: EngineState, contacts: ChannelContacts): void {
  const lines = state.prepared?.lines;
  const names = state.prepared?.dataset.columns.map((c) => c.name) ?? [];
  const hasContact = CONTACT_KINDS.some((kind) => contacts[kind] !== undefined);
  if (!lines && hasContact) throw new EngineError('no_dataset');
  const source = lines?.job.source;
  const ident = (column: string | undefined) => (column ? quoteIdent(column, names) : SQL_NULL);
  if (!source || !lines || !hasContact) {
    db.run(SQL.noReach);
    return;
  }
  readingSource(source, () =>
    db.run(
      db.fill(SQL.reach, {
        source: source.from,
        customer: lines.job.values.customer,
        email: ident(contacts.email),
        phone: ident(contacts.phone),
        push: ident(contacts.push),
        messenger: ident(contacts.messenger),
      }),
      source.params,
    ),
  );
}
