// What the fit is doing, in words: the summary, each model's optimiser step, the predictions.
import type { Translate } from '../../lib/i18n/translate';
import type { PredictProgress } from '../../lib/predict/request';

export function progressText(progress: PredictProgress | null, t: Translate): string {
  if (!progress) return t('predictView.progress.start');
  switch (progress.phase) {
    case 'summary':
      return t('predictView.progress.summary');
    case 'fit':
      return t('predictView.progress.fit', { model: t(progress.model === 'bgnbd' ? 'predictView.model.bgnbd' : 'predictView.model.gamma_gamma'), iteration: progress.iteration });
    case 'predict':
      return t('predictView.progress.predict');
  }
}
