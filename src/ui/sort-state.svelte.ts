// Which column a table is sorted by, and which way: a click on the sorted column turns it
// round; another column starts the way its kind reads best (amounts largest first, names A to Z).

export type AriaSort = 'ascending' | 'descending' | 'none';

export class SortState<K extends string> {
  #key = $state<K>() as K;
  #descending = $state(false);
  readonly #startsDescending: (key: K) => boolean;

  constructor(initial: K, startsDescending: (key: K) => boolean) {
    this.#key = initial;
    this.#startsDescending = startsDescending;
  }

  get key(): K {
    return this.#key;
  }
  get descending(): boolean {
    return this.#descending;
  }

  by(key: K): void {
    if (this.#key === key) this.#descending = !this.#descending;
    else {
      this.#key = key;
      this.#descending = this.#startsDescending(key);
    }
  }

  /** For the column header's aria-sort. */
  aria(key: K): AriaSort {
    if (this.#key !== key) return 'none';
    return this.#descending ? 'descending' : 'ascending';
  }
}
