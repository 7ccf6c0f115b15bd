import type { I18n } from '../../ui/i18n.svelte';

const DELIMITER_KEYS: Record<string, 'mapping.delim.comma' | 'mapping.delim.semicolon' | 'mapping.delim.tab' | 'mapping.delim.pipe'> = {
  ',': 'mapping.delim.comma',
  ';': 'mapping.delim.semicolon',
  '\t': 'mapping.delim.tab',
  '|': 'mapping.delim.pipe',
};

export function describeDelimiter(delimiter: string, i18n: I18n): string {
  const key = DELIMITER_KEYS[delimiter];
  return key ? i18n.t(key) : delimiter;
}

export function formatBytes(bytes: number, i18n: I18n): string {
  if (bytes < 1024) return i18n.t('unit.bytes', { value: i18n.fmt.integer(bytes) });
  if (bytes < 1024 * 1024) return i18n.t('unit.kb', { value: i18n.fmt.number(bytes / 1024, 1) });
  return i18n.t('unit.mb', { value: i18n.fmt.number(bytes / 1024 / 1024, 1) });
}

const PATTERN_PARTS: Record<string, string> = { '%Y': 'yyyy', '%y': 'yy', '%m': 'mm', '%d': 'dd', '%H': 'hh', '%M': 'mi', '%S': 'ss', '%-m': 'm', '%-d': 'd', '%-H': 'h' };

/** DuckDB's strftime pattern as people write dates: "%d.%m.%Y %H:%M" -> "dd.mm.yyyy hh:mi". */
export function readableDatePattern(format: string): string {
  return format.replace(/%-?[a-zA-Z]/g, (part) => PATTERN_PARTS[part] ?? part);
}
