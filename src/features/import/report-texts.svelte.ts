// The import report's example texts, read after the segments are on screen: prepare answers
// with the examples' row numbers (ImportSummary.examplesPending) because their text is one more
// pass over the file, which the page should not wait for. Held beside the prepared dataset they
// belong to, so the prepared object (and every question keyed on it) stays the same.

import type { ImportSummary } from '../../lib/engine/api';
import type { Prepared } from './import-flow.svelte';

export class ReportTexts {
  #read = $state.raw<{ prepared: Prepared; summary: ImportSummary } | null>(null);

  /** The summary to show for `prepared`: with the texts once they are read. */
  summaryOf(prepared: Prepared): ImportSummary {
    const read = this.#read;
    return read && read.prepared === prepared ? read.summary : prepared.summary;
  }

  /**
   * Reads the texts of `prepared`'s examples (`exampleTexts`, the engine's answer); the prepared
   * dataset with the complete summary, or null when another analysis took its place meanwhile
   * (`current`). A failed read leaves the row numbers: the examples are a help, not a result.
   */
  async complete(prepared: Prepared, exampleTexts: () => Promise<ImportSummary>, current: () => boolean): Promise<Prepared | null> {
    if (!prepared.summary.examplesPending) return prepared;
    const summary = await exampleTexts().catch((): ImportSummary => {
      const { examplesPending: _, ...rowsOnly } = prepared.summary;
      return rowsOnly;
    });
    if (!current()) return null;
    this.#read = { prepared, summary };
    return { ...prepared, summary };
  }
}
