// The sentence that names a recognised platform and the columns its layout maps, worded the same
// on the mapping screen and in `npm run rfm`.

import type { ColumnMapping } from '../engine/api';
import { messageKey } from '../i18n/keys';
import type { Translate } from '../i18n/translate';

const FIELDS = ['customer', 'order', 'date', 'amount', 'quantity', 'price', 'status'] as const;

/** Null when no platform was recognised or the catalog lacks its name (a dataset kept by a newer version). */
export function platformLine(platform: string | null | undefined, mapping: Partial<ColumnMapping>, t: Translate): string | null {
  if (!platform) return null;
  const name = messageKey('mapping.platform', platform);
  if (!name) return null;
  const fields = FIELDS.flatMap((field) => (mapping[field] ? [t('mapping.platformField', { field: t(`mapping.role.${field}`), column: mapping[field] })] : []));
  return t('mapping.platformLine', { platform: t(name), fields: fields.join(', ') });
}
