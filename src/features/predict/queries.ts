// The prediction asked about the scores on screen: their settings and segmentation group the
// customers, the request says what to fit. The progress callback crosses to the worker as a
// Comlink proxy (a function cannot be structured-cloned).
import { Comlink } from '../../app/engine-client';
import type { Analysis } from '../results/analysis.svelte';
import type { PredictAsk } from './predict-view.svelte';

export function predictAsk(analysis: () => Analysis): PredictAsk {
  return (request, onProgress) => {
    const asked = analysis().asked;
    if (!asked) return Promise.reject(new Error('no scores to predict for'));
    // Plain objects ($derived holds no proxies): they are structured-cloned to the worker.
    return analysis().ask((engine) => engine.predict(asked.settings, asked.segmentation, { ...request }, Comlink.proxy(onProgress)));
  };
}
