// The demo shop's own win-back campaign for the Campaigns tab, asked of the engine that generated
// the shop (as the Survey tab asks for the demo's survey). It is never written to storage: it is
// read-only in the tab, and generated again (in the language on screen) whenever the demo is open.

import type { EngineHost } from '../../app/engine-host.svelte';
import type { Campaign } from '../../lib/campaign/campaign';
import type { DemoCampaignText } from '../../lib/demo/demo-campaign';
import type { EngineErrorData } from '../../lib/engine/errors';
import { toErrorData } from '../../lib/engine/errors';

export class DemoCampaign {
  current = $state.raw<Campaign | null>(null);
  error = $state.raw<EngineErrorData | null>(null);
  readonly #host: () => EngineHost;
  /** A reply for words in a language no longer on screen is dropped. */
  #asked = 0;

  constructor(host: () => EngineHost) {
    this.#host = host;
  }

  async load(seed: number, text: DemoCampaignText): Promise<void> {
    const asked = ++this.#asked;
    try {
      const campaign = await this.#host().query((engine) => engine.demoCampaign(seed, text));
      if (asked === this.#asked) this.current = campaign;
    } catch (error) {
      if (asked === this.#asked) this.error = toErrorData(error);
    }
  }

  clear(): void {
    this.#asked++;
    this.current = null;
  }
}
