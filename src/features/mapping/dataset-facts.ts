import type { I18n } from '../../ui/i18n.svelte';

const DELIMITER_KEYS: Record<string, `mapping.delim.${'comma' | 'semicolon' | 'tab' | 'pipe' | 'space' | 'commaSpace' | 'semicolonSpace'}`> = {
  ',': 'mapping.delim.comma',
  ';': 'mapping.delim.semicolon',
  '\t': 'mapping.delim.tab',
  '|': 'mapping.delim.pipe',
  ' ': 'mapping.delim.space',
  ', ': 'mapping.delim.commaSpace',
  '; ': 'mapping.delim.semicolonSpace',
};

export function describeDelimiter(delimiter: string, i18n: I18n): string {
  const key = DELIMITER_KEYS[delimiter];
  return key ? i18n.t(key) : delimiter;
}

const PATTERN_PARTS: Record<string, string> = { '%Y': 'yyyy', '%y': 'yy', '%m': 'mm', '%d': 'dd', '%H': 'hh', '%M': 'mi', '%S': 'ss', '%-m': 'm', '%-d': 'd', '%-H': 'h' };

/** DuckDB's strftime pattern as people write dates: "%d.%m.%Y %H:%M" -> "dd.mm.yyyy hh:mi". */
export function readableDatePattern(format: string): string {
  return format.replace(/%-?[a-zA-Z]/g, (part) => PATTERN_PARTS[part] ?? part);
}
