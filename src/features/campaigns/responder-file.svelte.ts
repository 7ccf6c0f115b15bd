// A list of responders the user opened for one campaign: read by the engine (readTableFile: the
// survey export's reader under a name that says what it reads, a CSV or a plain list, every value
// as text), its column guessed and confirmable, and its lines matched to the campaign's customers
// (lib/campaign/responders.ts).

import type { EngineHost } from '../../app/engine-host.svelte';
import type { Campaign, CampaignMeasure } from '../../lib/campaign/campaign';
import { columnLines, guessResponderColumn, matchResponders, responderIndex, type ResponderMatch } from '../../lib/campaign/responders';
import type { SurveyTable } from '../../lib/engine/api';
import { toErrorData, type EngineErrorData } from '../../lib/engine/errors';

export class ResponderFile {
  table = $state.raw<SurveyTable | null>(null);
  fileName = $state<string | null>(null);
  column = $state(0);
  error = $state.raw<EngineErrorData | null>(null);
  reading = $state(false);
  readonly #campaign: () => Campaign;

  constructor(campaign: () => Campaign) {
    this.#campaign = campaign;
  }

  readonly #index = $derived.by(() => responderIndex(this.#campaign()));

  readonly match: ResponderMatch | null = $derived(
    this.table ? matchResponders(this.#index, columnLines(this.#index, this.table, this.column)) : null,
  );

  async open(host: EngineHost, file: File): Promise<void> {
    this.reading = true;
    this.error = null;
    try {
      const table = await host.query((engine) => engine.readTableFile(file));
      this.table = table;
      this.fileName = file.name;
      this.column = guessResponderColumn(this.#index, table);
    } catch (error) {
      this.error = toErrorData(error);
    } finally {
      this.reading = false;
    }
  }

  /** The measure to keep with the campaign; null before a file is read. */
  measure(now = new Date()): CampaignMeasure | null {
    const match = this.match;
    if (!match || this.fileName === null) return null;
    return { kind: 'responders', fileName: this.fileName, measuredAt: now.toISOString(), responders: match.responders, unmatched: match.unmatched.length };
  }

  clear(): void {
    this.table = null;
    this.fileName = null;
    this.column = 0;
    this.error = null;
  }
}
