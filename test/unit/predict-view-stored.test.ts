// A prediction kept with a snapshot survives the JSON of a backup file: typed columns come back
// typed, NaN (no next purchase within the horizon) comes back NaN, and a damaged record is ignored.
import { describe, expect, it } from 'vitest';
import { fromStoredPrediction, toStoredPrediction } from '../../src/lib/predict/stored-prediction';
import { fakeResult } from './helpers/predict-result';

const result = fakeResult({ calibrationEnd: '2024-03-31', timeUnit: 'weeks', horizonDays: 90, discountMonthly: 0.01 });

describe('stored prediction', () => {
  it('reads back through JSON exactly as it was shown', () => {
    const back = fromStoredPrediction(JSON.parse(JSON.stringify(toStoredPrediction(result))));
    expect(back).not.toBeNull();
    expect(back!.x).toBeInstanceOf(Float64Array);
    expect(back!.predictions!.band).toBeInstanceOf(Uint8Array);
    expect(Array.from(back!.predictions!.daysToNextPurchase)).toEqual([40, NaN, NaN, 200, 100]);
    expect(back).toEqual(result);
  });

  it('keeps a blocked fit (no predictions)', () => {
    const blocked = { ...result, predictions: null };
    expect(fromStoredPrediction(JSON.parse(JSON.stringify(toStoredPrediction(blocked))))?.predictions).toBeNull();
  });

  it('ignores a missing, foreign or damaged record', () => {
    expect(fromStoredPrediction(undefined)).toBeNull();
    expect(fromStoredPrediction({ format: 'prediction-9' })).toBeNull();
    const stored = JSON.parse(JSON.stringify(toStoredPrediction(result)));
    stored.predictions.pAlive.pop();
    expect(fromStoredPrediction(stored)).toBeNull();
  });
});
