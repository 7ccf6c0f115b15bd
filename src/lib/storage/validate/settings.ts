// The `settings` store holds values by key: the preferences, the planner's channels, message
// templates, the kiosk lock. Each key has its own rule. A language this version does not have
// ("de", written by a newer one) or bins out of range must never reach the app: read as unset.
// Keys this version does not read are left alone (a newer version may add some): nothing uses them.

import { isKioskLock } from '../../kiosk/lock';
import { LOCALES } from '../../i18n/locale';
import { KIOSK_LOCK_KEY } from '../kiosk-lock';
import { MAX_TEMPLATE_LENGTH, MESSAGE_TEMPLATE_PREFIX, storedTemplate } from '../message-templates';
import { PLAN_CHANNELS_KEY, validPlanChannels } from '../plan-channels';
import { Check, type RecordProblem } from './check';
import { binsProblem } from './scoring';

/** Custom thresholds belong to one dataset: only a method family is remembered (preferences.svelte.ts). */
const REMEMBERED_METHODS = ['quantile', 'ntile'] as const;
const CURRENCY = /^[A-Z]{3}$/;

const RULES: Record<string, (v: unknown, c: Check) => void> = {
  locale: (v, c) => c.oneOf('', v, LOCALES),
  currency: (v, c) => {
    if (v !== null && !(typeof v === 'string' && CURRENCY.test(v))) c.fail('', 'unknown_value');
  },
  method: (v, c) => c.oneOf('', v, REMEMBERED_METHODS),
  bins: (v, c) => c.part('', binsProblem(v)),
  archetypes: (v, c) => c.text('', v, { nonEmpty: true, max: 500 }),
  [PLAN_CHANNELS_KEY]: (v, c) => {
    if (!c.object('', v)) return;
    for (const [currency, channels] of Object.entries(v)) {
      if (Array.isArray(channels) && validPlanChannels(v, currency) === null) c.fail(currency, 'bad_shape');
    }
  },
  [KIOSK_LOCK_KEY]: (v, c) => {
    if (!isKioskLock(v)) c.fail('', 'bad_shape');
  },
};

export function settingProblem(value: unknown, key: string): RecordProblem | null {
  const c = new Check();
  if (key.startsWith(MESSAGE_TEMPLATE_PREFIX)) {
    if (storedTemplate(value) === null) c.text('', value, { nonEmpty: true, max: MAX_TEMPLATE_LENGTH });
  } else RULES[key]?.(value, c);
  return c.problem;
}
