// The Prediction tab's state with a fake engine: one fit per change, stale answers dropped,
// progress shown for the latest fit only, invalid controls ask nothing, a saved prediction needs no engine.
import { describe, expect, it } from 'vitest';
import type { PredictProgress, PredictRequest, PredictResult } from '../../src/lib/predict/request';
import { PredictView } from '../../src/features/predict/predict-view.svelte';
import { fakeResult } from './helpers/predict-result';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const RANGE = { firstDate: '2023-06-01', lastDate: '2024-06-30' };

/** A fake engine: every request waits until the test answers it. */
function fakeEngine() {
  const asked: { request: PredictRequest; progress: (p: PredictProgress) => void; answer: ReturnType<typeof deferred<PredictResult>> }[] = [];
  const ask = (request: PredictRequest, progress: (p: PredictProgress) => void) => {
    const answer = deferred<PredictResult>();
    asked.push({ request, progress, answer });
    return answer.promise;
  };
  return { asked, ask };
}

describe('PredictView', () => {
  it('fits on first open with the defaults: the last order date (no holdout), weeks, 365 days, 1 % a month', async () => {
    const engine = fakeEngine();
    const view = new PredictView(engine.ask, RANGE);
    const scores = {};
    view.transition({ type: 'open', scores });
    expect(engine.asked.map((a) => a.request)).toEqual([{ calibrationEnd: null, timeUnit: 'weeks', horizonDays: 365, discountMonthly: 0.01 }]);
    expect(view.fitting).toBe(true);
    engine.asked[0].progress({ phase: 'fit', model: 'bgnbd', iteration: 3 });
    expect(view.progress).toEqual({ phase: 'fit', model: 'bgnbd', iteration: 3 });
    engine.asked[0].answer.resolve(fakeResult(engine.asked[0].request));
    await settle();
    expect(view.fitting).toBe(false);
    expect(view.progress).toBeNull();
    expect(view.result?.request.calibrationEnd).toBe('2024-06-30');

    // Opening the tab again on the same scores asks nothing; new scores ask again.
    view.transition({ type: 'open', scores });
    expect(engine.asked).toHaveLength(1);
    view.transition({ type: 'open', scores: {} });
    expect(engine.asked).toHaveLength(2);
  });

  it('asks once per change and drops the answer to an older request', async () => {
    const engine = fakeEngine();
    const view = new PredictView(engine.ask, RANGE);
    view.transition({ type: 'open', scores: {} });
    view.transition({ type: 'set', patch: { calibrationEnd: '2024-03-31' } });
    view.transition({ type: 'set', patch: { horizon: 90 } });
    expect(engine.asked.map((a) => [a.request.calibrationEnd, a.request.horizonDays])).toEqual([
      [null, 365],
      ['2024-03-31', 365],
      ['2024-03-31', 90],
    ]);
    expect(view.holdoutDays).toBe(91);

    engine.asked[2].answer.resolve(fakeResult(engine.asked[2].request));
    await settle();
    // An older answer, and an older request's progress, arrive late: both are ignored.
    engine.asked[1].progress({ phase: 'summary' });
    engine.asked[1].answer.resolve(fakeResult(engine.asked[1].request));
    engine.asked[0].answer.reject(new Error('too late'));
    await settle();
    expect(view.result?.request.horizonDays).toBe(90);
    expect(view.error).toBeNull();
    expect(view.progress).toBeNull();
  });

  it('asks nothing for a calibration end outside the data, a bad custom horizon or discount, and says which', () => {
    const engine = fakeEngine();
    const view = new PredictView(engine.ask, RANGE);
    view.transition({ type: 'set', patch: { calibrationEnd: '2025-01-01' } });
    expect(view.invalid).toBe('calibrationEnd');
    view.transition({ type: 'set', patch: { calibrationEnd: '2024-01-31', horizon: 'custom', customDays: 0 } });
    expect(view.invalid).toBe('customDays');
    view.transition({ type: 'set', patch: { customDays: 180, discountPercent: Number.NaN } });
    expect(view.invalid).toBe('discountPercent');
    expect(engine.asked).toHaveLength(0);
    view.transition({ type: 'set', patch: { discountPercent: 2.5 } });
    expect(engine.asked.map((a) => a.request)).toEqual([{ calibrationEnd: '2024-01-31', timeUnit: 'weeks', horizonDays: 180, discountMonthly: 0.025 }]);
  });

  it('shows a failure in the user’s terms and fits again on request', async () => {
    const engine = fakeEngine();
    const view = new PredictView(engine.ask, RANGE);
    view.transition({ type: 'open', scores: {} });
    engine.asked[0].answer.reject({ code: 'no_dataset', details: {}, message: 'no dataset' });
    await settle();
    expect(view.error?.code).toBe('no_dataset');
    expect(view.fitting).toBe(false);
    view.transition({ type: 'fit' });
    expect(engine.asked).toHaveLength(2);
    expect(view.error).toBeNull();
  });

  it('shows a saved prediction with its controls and without an engine', () => {
    const saved = fakeResult({ calibrationEnd: '2024-03-31', timeUnit: 'days', horizonDays: 120, discountMonthly: 0.02 });
    const view = new PredictView(null, RANGE, saved);
    expect(view.canFit).toBe(false);
    expect(view.result).toBe(saved);
    expect(view.controls).toEqual({ calibrationEnd: '2024-03-31', timeUnit: 'days', horizon: 'custom', customDays: 120, discountPercent: 2 });
    view.transition({ type: 'open', scores: {} });
    expect(view.fitting).toBe(false);
  });
});
