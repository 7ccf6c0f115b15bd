// The churn threshold the value, health and movement views share: the user's, or the one
// suggested from the data. The suggestion is asked of the engine once per dataset and as-of
// date, however many panels need it.

import type { EngineHost } from '../../app/engine-host.svelte';
import type { ChurnSuggestion, ImportSummary } from '../../lib/engine/api';
import { CHURN_QUANTILE, churnDaysFrom } from '../../lib/value/churn';

export class Churn {
  /** Days; null: suggested from the data. */
  #override = $state<number | null>(null);
  #suggestions: { summary: ImportSummary | null; byAsOf: Map<string, Promise<ChurnSuggestion>> } = { summary: null, byAsOf: new Map() };
  readonly #host: EngineHost;

  constructor(host: EngineHost) {
    this.#host = host;
  }

  get override(): number | null {
    return this.#override;
  }

  /** The user's threshold: a whole number of days above 0, or null to go back to the suggestion. */
  set(days: number | null): void {
    if (days === null || (Number.isInteger(days) && days > 0)) this.#override = days;
  }

  /** The suggestion for the orders of `summary` before `asOf`. */
  suggestion(summary: ImportSummary, asOf: string): Promise<ChurnSuggestion> {
    if (this.#suggestions.summary !== summary) this.#suggestions = { summary, byAsOf: new Map() };
    const { byAsOf } = this.#suggestions;
    let suggestion = byAsOf.get(asOf);
    if (!suggestion) {
      suggestion = this.#host.query((engine) => engine.suggestChurnDays(asOf, CHURN_QUANTILE));
      byAsOf.set(asOf, suggestion);
      suggestion.catch(() => byAsOf.delete(asOf));
    }
    return suggestion;
  }

  /** The threshold in use: `override` (read by the caller, so a change asks again), or the suggestion. */
  async days(summary: ImportSummary, asOf: string, override: number | null): Promise<number> {
    return override ?? churnDaysFrom(await this.suggestion(summary, asOf));
  }
}
