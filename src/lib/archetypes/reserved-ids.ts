// The ids the app itself puts beside archetype ids in one list of segments (keyed rows and
// columns, a `{#each}` key): the "not yet a customer" row of the movement matrix, the total of the
// value table, and Other. An archetype using one of them would make two rows with one key
// (Svelte's each_key_duplicate) or take the app's row over, so the validation refuses them.
// Every id starting with "__" is the app's, so a sentinel added later is reserved already.

import { OTHER_ID } from './config';

/** The movement matrix's row for customers who had not bought yet at the earlier date. */
export const NOT_YET_ID = '__not-yet__';

/** The value table's row for the whole customer base. */
export const TOTAL_ID = '__total__';

const RESERVED_PREFIX = '__';

/** True for an id no archetype may use. */
export function isReservedId(id: string): boolean {
  return id === OTHER_ID || id.startsWith(RESERVED_PREFIX);
}
