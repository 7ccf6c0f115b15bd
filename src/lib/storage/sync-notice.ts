// What the user is told when another tab got to a record first (revision.ts found a newer version
// or none), the same words for every store two tabs can edit.

import type { Translate } from '../i18n/translate';

export type SyncNotice =
  /** Changed elsewhere: this tab's edit was saved as `copy`, the other version kept as it was. */
  | { kind: 'copied'; name: string; copy: string }
  /** Deleted elsewhere: this tab's edit is not saved unless kept as new. */
  | { kind: 'deleted'; name: string }
  /** Changed elsewhere, so this tab's delete did not happen: the newer version is shown. */
  | { kind: 'not-deleted'; name: string };

export function syncNoticeText(notice: SyncNotice, t: Translate): string {
  if (notice.kind === 'copied') return t('sync.copied', { name: notice.name, copy: notice.copy });
  return t(notice.kind === 'deleted' ? 'sync.deleted' : 'sync.notDeleted', { name: notice.name });
}
