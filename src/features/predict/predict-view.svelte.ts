// The Prediction tab's state: the controls (calibration end, time unit, horizon, discount), the
// fit they ask for, its progress and its answer. Every valid change asks for one new fit; the
// answer to an older one is dropped, so a slow fit never overwrites a later one. The engine is
// reached only through `ask` (queries.ts), so a test drives this with a fake.
import { toErrorData, type EngineErrorData } from '../../lib/engine/errors';
import type { PredictProgress, PredictRequest, PredictResult } from '../../lib/predict/request';
import type { TimeUnit } from '../../lib/predict/summary';
import { utcMidnight } from '../../lib/dates';

export const HORIZONS = [30, 90, 365] as const;
export type HorizonChoice = (typeof HORIZONS)[number] | 'custom';
/** Ten years: further out, the models' "customer stays the same" assumption says nothing useful. */
export const MAX_HORIZON_DAYS = 3650;
export const DEFAULT_DISCOUNT_PERCENT = 1;

export interface PredictControls {
  /** YYYY-MM-DD within the data's range; the last order date means "no holdout". */
  calibrationEnd: string;
  timeUnit: TimeUnit;
  horizon: HorizonChoice;
  customDays: number;
  /** Per month, in percent as typed (1 = 1 %). */
  discountPercent: number;
}

export type PredictAsk = (request: PredictRequest, onProgress: (progress: PredictProgress) => void) => Promise<PredictResult>;

export type PredictViewEvent =
  /** The tab is on screen with these scores (any object standing for them): fit unless this very question about them is answered. */
  | { type: 'open'; scores: object }
  | { type: 'set'; patch: Partial<PredictControls> }
  /** Fit again (after a failure, or on request). */
  | { type: 'fit' };

export type InvalidControl = 'calibrationEnd' | 'customDays' | 'discountPercent';

const DAY_MS = 86_400_000;

export class PredictView {
  controls = $state<PredictControls>({ calibrationEnd: '', timeUnit: 'weeks', horizon: 365, customDays: 180, discountPercent: DEFAULT_DISCOUNT_PERCENT });
  #result = $state.raw<PredictResult | null>(null);
  #progress = $state.raw<PredictProgress | null>(null);
  #fitting = $state(false);
  #error = $state.raw<EngineErrorData | null>(null);
  #asked = 0;
  /** The request of the fit on screen or on its way, to ask nothing twice. */
  #last: string | null = null;
  /** When the scores change, the same request must be asked again: their segments are in the answer. */
  #scores: object | null = null;
  #lastScores: object | null = null;

  readonly firstDate: string;
  readonly lastDate: string;
  readonly #ask: PredictAsk | null;

  /** `ask` null: a saved prediction only (a snapshot), shown as it was. */
  constructor(ask: PredictAsk | null, range: { firstDate: string; lastDate: string }, saved: PredictResult | null = null) {
    this.#ask = ask;
    this.firstDate = range.firstDate;
    this.lastDate = range.lastDate;
    this.controls.calibrationEnd = range.lastDate;
    if (saved) {
      this.#result = saved;
      const r = saved.request;
      const horizon = (HORIZONS as readonly number[]).includes(r.horizonDays) ? (r.horizonDays as HorizonChoice) : 'custom';
      this.controls = { calibrationEnd: r.calibrationEnd, timeUnit: r.timeUnit, horizon, customDays: r.horizonDays, discountPercent: r.discountMonthly * 100 };
    }
  }

  get result(): PredictResult | null {
    return this.#result;
  }
  get progress(): PredictProgress | null {
    return this.#progress;
  }
  get fitting(): boolean {
    return this.#fitting;
  }
  get error(): EngineErrorData | null {
    return this.#error;
  }
  get canFit(): boolean {
    return this.#ask !== null;
  }

  /** The first control that holds a value the engine cannot be asked with. */
  get invalid(): InvalidControl | null {
    const c = this.controls;
    const at = utcMidnight(c.calibrationEnd);
    if (!Number.isFinite(at) || c.calibrationEnd < this.firstDate || c.calibrationEnd > this.lastDate) return 'calibrationEnd';
    if (c.horizon === 'custom' && !(Number.isInteger(c.customDays) && c.customDays >= 1 && c.customDays <= MAX_HORIZON_DAYS)) return 'customDays';
    if (!(Number.isFinite(c.discountPercent) && c.discountPercent >= 0 && c.discountPercent <= 100)) return 'discountPercent';
    return null;
  }

  get horizonDays(): number {
    return this.controls.horizon === 'custom' ? this.controls.customDays : this.controls.horizon;
  }

  /** Days from the calibration end to the last order: the holdout the model is checked on (0: none). */
  get holdoutDays(): number {
    if (this.invalid === 'calibrationEnd') return 0;
    return Math.round((utcMidnight(this.lastDate) - utcMidnight(this.controls.calibrationEnd)) / DAY_MS);
  }

  get request(): PredictRequest | null {
    if (this.invalid) return null;
    const c = this.controls;
    return {
      calibrationEnd: c.calibrationEnd === this.lastDate ? null : c.calibrationEnd,
      timeUnit: c.timeUnit,
      horizonDays: this.horizonDays,
      discountMonthly: c.discountPercent / 100,
    };
  }

  transition(event: PredictViewEvent): void {
    switch (event.type) {
      case 'open':
        this.#scores = event.scores;
        this.#fit(false);
        return;
      case 'set':
        this.controls = { ...this.controls, ...event.patch };
        this.#fit(false);
        return;
      case 'fit':
        this.#fit(true);
    }
  }

  #fit(again: boolean): void {
    const request = this.request;
    if (!this.#ask || !request) return;
    const key = JSON.stringify(request);
    if (!again && key === this.#last && this.#scores === this.#lastScores && !this.#error) return;
    this.#last = key;
    this.#lastScores = this.#scores;
    const mine = ++this.#asked;
    this.#fitting = true;
    this.#error = null;
    this.#progress = null;
    this.#ask(request, (progress) => {
      if (mine === this.#asked) this.#progress = progress;
    }).then(
      (result) => {
        if (mine !== this.#asked) return;
        this.#result = result;
        this.#settle();
      },
      (failure: unknown) => {
        if (mine !== this.#asked) return;
        this.#error = toErrorData(failure);
        this.#settle();
      },
    );
  }

  #settle(): void {
    this.#fitting = false;
    this.#progress = null;
  }
}
