// The segment's customers with their contacts, for the message preview, the SMS part count and
// the target lists: asked again when the scores, the segment or the contact columns change.

import { query, type Query } from '../../app/query.svelte';
import type { PlanTarget } from '../../lib/engine/api';
import type { Analysis } from '../results/analysis.svelte';

export function targetsQuery(analysis: () => Analysis, segment: () => string): Query<PlanTarget[]> {
  return query(
    () => {
      const asked = analysis().asked;
      const contacts = analysis().contacts;
      // Without a contact column no channel reaches anyone: nothing to ask.
      if (!asked || Object.keys(contacts).length === 0) return null;
      // The contacts as text: a fresh but equal object must not ask again.
      return { asked, segment: segment(), contacts: JSON.stringify(contacts) };
    },
    ({ asked, segment, contacts }) =>
      analysis().ask((engine) => engine.planTargets(asked.settings, asked.segmentation, JSON.parse(contacts), segment)),
  );
}
