// Who each channel can reach, per segment of the scores on screen: asked again when the scores or
// the contact columns change; nothing is asked when the orders have no contact column.

import { query, type Query } from '../../app/query.svelte';
import type { PlanReach } from '../../lib/engine/api';
import type { Analysis } from '../results/analysis.svelte';

export function reachQuery(analysis: () => Analysis): Query<PlanReach> {
  return query(
    () => {
      const a = analysis();
      const asked = a.asked;
      const contacts = a.contacts;
      return asked && Object.keys(contacts).length > 0 ? { asked, contacts } : null;
    },
    // A plain copy of the contacts: it is structured-cloned to the worker.
    ({ asked, contacts }) => analysis().ask((engine) => engine.planReach(asked.settings, asked.segmentation, { ...contacts })),
  );
}
