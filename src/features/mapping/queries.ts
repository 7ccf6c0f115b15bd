// The statuses of the column chosen as the order status, asked again whenever another column (or
// another file) is chosen; nothing is asked without a status column.

import { query, type Query } from '../../app/query.svelte';
import type { StatusValues } from '../../lib/engine/api';
import type { ImportFlow } from '../import/import-flow.svelte';

/** The statuses, and the column they are of: the last answer stays on screen while another column's loads. */
export type ColumnStatuses = StatusValues & { column: string };

export function statusValuesQuery(flow: () => ImportFlow): Query<ColumnStatuses> {
  return query(
    () => {
      const { dataset, mapping } = flow();
      const column = mapping.status;
      // While a file is read again its new columns may arrive before its mapping does.
      if (!dataset || !column || !dataset.columns.some((c) => c.name === column)) return null;
      return { dataset, column };
    },
    async ({ column }) => ({ column, ...(await flow().statusValues(column)) }),
  );
}
