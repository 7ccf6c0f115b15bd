// Item 6's restore messages: a full disk names the backup (it said “”), a plan of a backup whose
// date cannot be read says so (it said NaN-NaN-NaN), and a damaged file says where, in either language.
import { describe, expect, it } from 'vitest';
import { planTitle, restoreErrorData } from '../../src/features/library/restore-messages';
import { keyOf } from '../../src/lib/i18n/keys';
import { createTranslator } from '../../src/lib/i18n/translate';
import { BackupError } from '../../src/lib/storage/backup-file';
import { StorageError } from '../../src/lib/storage/storage-error';

const en = createTranslator('en');
const ru = createTranslator('ru');
const shown = (error: unknown, t = en) => {
  const data = restoreErrorData(error, 'cvm-lab-backup-2026-12-01.cvmlab', t);
  return t(keyOf('error', data.code as 'storage_quota'), data.details);
};

describe('restore messages', () => {
  it('a full disk names the backup that could not be restored', () => {
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(shown(full)).toContain('to keep “cvm-lab-backup-2026-12-01.cvmlab”');
    expect(shown(new StorageError('quota'), ru)).toContain('«cvm-lab-backup-2026-12-01.cvmlab»');
    expect(shown(full)).not.toContain('“”');
  });

  it('a damaged backup says where, translated', () => {
    expect(shown(new BackupError('damaged', { kind: 'checksum', n: 2 }))).toBe(
      '“cvm-lab-backup-2026-12-01.cvmlab” is damaged (part 2 does not match its checksum). Nothing was restored.',
    );
    expect(shown(new BackupError('damaged', { kind: 'duplicate', n: 9 }))).toContain('(record 9 is in it twice)');
    expect(shown(new BackupError('damaged', { kind: 'gzip', n: 1 }), ru)).toContain('часть 1 — повреждённые сжатые данные');
    expect(shown(new BackupError('damaged', { kind: 'header' }), ru)).toContain('(заголовок)');
  });

  it('titles the plan with its date, or without one when the file’s cannot be read', () => {
    const day = (iso: string) => `day ${iso}`;
    expect(planTitle('2026-11-30T10:00:00.000Z', 'b.cvmlab', en, day)).toMatch(/^Backup “b.cvmlab” made on day 2026-11-30:$/);
    expect(planTitle(null, 'b.cvmlab', en, day)).toBe('Backup “b.cvmlab” (its date cannot be read):');
    expect(planTitle(null, 'b.cvmlab', ru, day)).not.toContain('NaN');
  });
});
