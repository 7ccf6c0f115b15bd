// Display preferences that are not part of an analysis: the currency shown with money.
// Scoring defaults (method, bins, archetype preset) also live here so a new analysis starts
// the way the user last left it.

import type { ScoringSettings } from '../lib/engine/api';
import { currencyInUse, type CurrencyGuess } from '../lib/mapping/currency-guess';
import { forgetPreference, savePreference, type Preferences } from '../lib/storage/preferences';
import { i18n } from '../ui/i18n.svelte';

export const CURRENCIES = ['', 'RUB', 'USD', 'EUR', 'GBP', 'KZT', 'BYN', 'UAH'] as const;

class DisplayPreferences {
  /** The user's own pick; undefined until the user picks (then the file's or the language's currency is shown). */
  #chosen = $state<string | null | undefined>(undefined);
  /** What the open file's currency column says, set when its columns are confirmed. */
  #fileCurrency = $state.raw<CurrencyGuess>({ kind: 'none' });
  #scoring = $state.raw<Partial<Pick<ScoringSettings, 'method' | 'bins' | 'archetypes'>>>({});

  /** The ISO code every money figure is shown with, or null for plain numbers. */
  get currency(): string | null {
    return currencyInUse(this.#chosen, this.#fileCurrency, i18n.locale).code;
  }
  get currencyInUse(): ReturnType<typeof currencyInUse> {
    return currencyInUse(this.#chosen, this.#fileCurrency, i18n.locale);
  }
  /** What the currency would be without the user's pick (shown as the "automatic" choice). */
  get automaticCurrency(): string | null {
    return currencyInUse(undefined, this.#fileCurrency, i18n.locale).code;
  }
  get chosenCurrency(): string | null | undefined {
    return this.#chosen;
  }
  get fileCurrency(): CurrencyGuess {
    return this.#fileCurrency;
  }

  setFileCurrency(guess: CurrencyGuess): void {
    this.#fileCurrency = guess;
  }
  get scoring(): Partial<Pick<ScoringSettings, 'method' | 'bins' | 'archetypes'>> {
    return this.#scoring;
  }

  apply(stored: Partial<Preferences>): void {
    if (stored.currency !== undefined) this.#chosen = stored.currency;
    this.#scoring = {
      ...(stored.method ? { method: stored.method } : {}),
      ...(stored.bins ? { bins: stored.bins } : {}),
      ...(stored.archetypes ? { archetypes: stored.archetypes } : {}),
    };
  }

  /** undefined: back to automatic (the file's currency, else the language's). */
  setCurrency(code: string | null | undefined): void {
    this.#chosen = code;
    void (code === undefined ? forgetPreference('currency') : savePreference('currency', code)).catch(() => undefined);
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
