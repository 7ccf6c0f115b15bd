// Shell quoting of one argument, for a command the user pastes into a terminal.

/** Characters no POSIX shell treats specially: such a word needs no quotes and reads best bare. */
const POSIX_SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;
/** PowerShell also treats @ at the start, and a comma, as syntax. */
const POWERSHELL_SAFE = /^[A-Za-z0-9_%+=:./-]+$/;

/** sh, bash, zsh: single quotes keep every character (spaces, $, ", `, \, non-ASCII) as it is; a ' ends the quote, is escaped and reopens it. */
export function quotePosix(word: string): string {
  if (POSIX_SAFE.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * Windows PowerShell: single quotes keep $, ` and spaces as text; a ' is doubled. null for a word
 * with a double quote: PowerShell 5.1 hands such an argument to a program without escaping it,
 * so no spelling reaches Node intact on every version.
 */
export function quotePowerShell(word: string): string | null {
  if (word.includes('"')) return null;
  if (POWERSHELL_SAFE.test(word)) return word;
  return `'${word.replaceAll("'", "''")}'`;
}
