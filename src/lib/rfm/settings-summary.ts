// The scoring settings in use as one line of plain words, for the closed settings panel:
// "5 scores per axis, equal-size groups, as of 10 Dec 2011". The panel opens on demand; this
// line is what a reader needs to trust the numbers without opening it.

import type { ScoringSettings } from '../engine/api';
import { keyOf } from '../i18n/keys';
import type { Translate } from '../i18n/translate';

export function settingsSummary(
  settings: Pick<ScoringSettings, 'method' | 'bins' | 'asOf'>,
  t: Translate,
  formatDate: (iso: string) => string,
): string {
  const { r, f, m } = settings.bins;
  const parts: string[] = [];
  // Custom thresholds set their own number of scores per axis: the bins do not apply.
  if (settings.method !== 'custom') {
    parts.push(r === f && f === m ? t('settingsLine.scores', { count: r }) : t('settingsLine.scoresEach', { r, f, m }));
  }
  parts.push(t(keyOf('settingsLine.method', settings.method)));
  parts.push(t('settingsLine.asOf', { date: formatDate(settings.asOf) }));
  return parts.join(t('settingsLine.separator'));
}
