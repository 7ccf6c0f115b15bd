// What is wrong with a stored record, in the user's language: its own kinds (storedProblem.*),
// else the configuration checker's (configProblem.*), whose kinds it shares.

import { keyOf, messageKey } from '../../lib/i18n/keys';
import type { Translate } from '../../lib/i18n/translate';
import type { DamageWhere } from '../../lib/storage/backup-file';
import type { RecordProblem } from '../../lib/storage/validate';

export function problemText(problem: RecordProblem, t: Translate): string {
  const key = messageKey('storedProblem', problem.kind) ?? messageKey('configProblem', problem.kind) ?? 'storedProblem.bad_shape';
  return t(key, { path: problem.path === '' ? t('storedProblem.wholeRecord') : problem.path });
}

/** Where a backup is damaged, for "“{file}” is damaged ({detail})". */
export const damageText = (where: DamageWhere | null, t: Translate): string =>
  where ? t(keyOf('backup.where', where.kind), 'n' in where ? { n: String(where.n) } : {}) : t('backup.where.header');
