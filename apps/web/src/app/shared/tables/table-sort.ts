import { signal } from '@angular/core';

export type SortDirection = 'ascending' | 'descending';

/**
 * Which column a sortable table is ordered by, and which way. Choosing the current column again
 * turns the order round; a new column starts in the direction that reads best for it (names from
 * A, numbers and dates from the top). `ariaSort` gives the column's aria-sort value.
 */
export class TableSort<K extends string> {
  readonly key;
  readonly direction;

  constructor(
    initial: K,
    private readonly firstDirection: (key: K) => SortDirection,
  ) {
    this.key = signal<K>(initial);
    this.direction = signal<SortDirection>(firstDirection(initial));
  }

  by(key: K): void {
    if (this.key() === key) {
      this.direction.update((d) => (d === 'ascending' ? 'descending' : 'ascending'));
    } else {
      this.key.set(key);
      this.direction.set(this.firstDirection(key));
    }
  }

  /** Puts the table in a remembered order (a saved view), without turning anything round. */
  set(key: K, direction: SortDirection): void {
    this.key.set(key);
    this.direction.set(direction);
  }

  ariaSort(key: K): SortDirection | null {
    return this.key() === key ? this.direction() : null;
  }
}
