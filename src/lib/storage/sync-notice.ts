// What the user is told when another tab got to a record first (revision.ts found a newer version
// or none), the same words for every store two tabs can edit. A record is kept twice (this tab's
// edit as a copy); a settings value cannot be, so the user chooses which to keep.

import type { Translate } from '../i18n/translate';

export type SyncNotice =
  /** Changed elsewhere: this tab's edit was saved as `copy`, the other version kept as it was. */
  | { kind: 'copied'; name: string; copy: string }
  /** Deleted elsewhere: this tab's edit is not saved unless kept as new. */
  | { kind: 'deleted'; name: string }
  /** Changed elsewhere, so this tab's delete did not happen: the newer version is shown. */
  | { kind: 'not-deleted'; name: string }
  /** A value with no copies (the planner's channels, a message) changed elsewhere: this tab's is on screen, unsaved, until the user chooses. */
  | { kind: 'unsaved'; what: 'plan-channels' | 'message-template' };

export function syncNoticeText(notice: SyncNotice, t: Translate): string {
  if (notice.kind === 'copied') return t('sync.copied', { name: notice.name, copy: notice.copy });
  if (notice.kind === 'unsaved') return t(notice.what === 'plan-channels' ? 'sync.unsaved.planChannels' : 'sync.unsaved.messageTemplate');
  return t(notice.kind === 'deleted' ? 'sync.deleted' : 'sync.notDeleted', { name: notice.name });
}
