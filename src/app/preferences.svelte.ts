// Display preferences that are not part of an analysis: the currency shown with money.
// Scoring defaults (method, bins, archetype preset) also live here so a new analysis starts
// the way the user last left it.

import type { ScoringSettings } from '../lib/engine/api';
import { savePreference, type Preferences } from '../lib/storage/preferences';

export const CURRENCIES = ['', 'RUB', 'USD', 'EUR', 'GBP', 'KZT', 'BYN', 'UAH'] as const;

class DisplayPreferences {
  #currency = $state<string | null>(null);
  #scoring = $state.raw<Partial<Pick<ScoringSettings, 'method' | 'bins' | 'archetypes'>>>({});

  get currency(): string | null {
    return this.#currency;
  }
  get scoring(): Partial<Pick<ScoringSettings, 'method' | 'bins' | 'archetypes'>> {
    return this.#scoring;
  }

  apply(stored: Partial<Preferences>): void {
    if (stored.currency !== undefined) this.#currency = stored.currency;
    this.#scoring = {
      ...(stored.method ? { method: stored.method } : {}),
      ...(stored.bins ? { bins: stored.bins } : {}),
      ...(stored.archetypes ? { archetypes: stored.archetypes } : {}),
    };
  }

  setCurrency(code: string | null): void {
    this.#currency = code;
    void savePreference('currency', code).catch(() => undefined);
  }

  /** The archetype configuration new analyses start with. */
  setDefaultArchetypes(id: string): void {
    this.#scoring = { ...this.#scoring, archetypes: id };
    void savePreference('archetypes', id).catch(() => undefined);
  }

  rememberScoring(settings: ScoringSettings): void {
    // Custom thresholds are specific to one dataset, so only the method family is remembered.
    const method = settings.method === 'custom' ? 'quantile' : settings.method;
    this.#scoring = { method, bins: settings.bins, archetypes: settings.archetypes };
    void Promise.all([
      savePreference('method', method),
      savePreference('bins', settings.bins),
      savePreference('archetypes', settings.archetypes),
    ]).catch(() => undefined);
  }
}

export const preferences = new DisplayPreferences();
