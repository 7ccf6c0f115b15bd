// File and storage sizes in the user's language, 1024-based: 980 KB, 5.2 MB, 412 MB, 1.3 GB.
import type { I18n } from './i18n.svelte';

const KIB = 1024;
const MIB = KIB * 1024;
const GIB = MIB * 1024;

export function formatSize(bytes: number, i18n: I18n): string {
  if (bytes < KIB) return i18n.t('unit.bytes', { value: i18n.fmt.integer(bytes) });
  if (bytes < MIB) return i18n.t('unit.kb', { value: i18n.fmt.integer(bytes / KIB) });
  if (bytes < 10 * MIB) return i18n.t('unit.mb', { value: i18n.fmt.number(bytes / MIB, 1) });
  if (bytes < GIB) return i18n.t('unit.mb', { value: i18n.fmt.integer(bytes / MIB) });
  return i18n.t('unit.gb', { value: i18n.fmt.number(bytes / GIB, 1) });
}
