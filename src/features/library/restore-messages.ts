// What the backup panel says when a restore cannot go on, and how it titles the plan: pure, so
// every message can be checked without a browser.

import { localToday } from '../../lib/dates';
import type { EngineErrorData } from '../../lib/engine/errors';
import type { Translate } from '../../lib/i18n/translate';
import { BackupError } from '../../lib/storage/backup-file';
import { storageErrorData } from './library.svelte';
import { damageText } from './problem-text';

/** A bad file by what is wrong with it; a storage failure (a full disk) naming the backup it could not restore. */
export function restoreErrorData(error: unknown, fileName: string, t: Translate): EngineErrorData {
  if (error instanceof BackupError) {
    return { code: `backup_${error.problem}`, details: { file: fileName, detail: damageText(error.where, t) }, message: error.message };
  }
  return storageErrorData(error, fileName);
}

/** "Backup “x” made on <date>:", or without the date when the file's cannot be read (never NaN-NaN-NaN). */
export function planTitle(createdAt: string | null, fileName: string, t: Translate, formatDay: (isoDay: string) => string): string {
  if (createdAt === null) return t('backup.planTitleNoDate', { file: fileName });
  return t('backup.planTitle', { file: fileName, date: formatDay(localToday(new Date(createdAt))) });
}
