import type { SortDirection } from './table-sort';

/** What a column's values are, which decides how its order is put into words. */
export type ColumnKind = 'text' | 'number' | 'date';

/**
 * Rows in order of one value; rows without a value always come last, and rows that tie keep the
 * `tiebreak` order (their names, usually), whichever way the column is turned.
 */
export function sortRowsBy<T>(
  rows: readonly T[],
  value: (row: T) => string | number | null,
  direction: SortDirection,
  tiebreak: (a: T, b: T) => number,
): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const order =
        typeof x === 'number' && typeof y === 'number'
          ? x - y
          : String(x).localeCompare(String(y), 'en-GB', { sensitivity: 'base' });
      if (order !== 0) return sign * order;
    }
    return tiebreak(a, b);
  });
}

/** The first direction a column sorts in: names from A, numbers and dates from the top. */
export function firstDirection(kind: ColumnKind): SortDirection {
  return kind === 'text' ? 'ascending' : 'descending';
}

/** "Sorted by review date, newest first." */
export function sortedBySentence(
  label: string,
  kind: ColumnKind,
  direction: SortDirection,
): string {
  const up = direction === 'ascending';
  const order =
    kind === 'date'
      ? up
        ? 'oldest first'
        : 'newest first'
      : kind === 'number'
        ? up
          ? 'lowest first'
          : 'highest first'
        : up
          ? 'A to Z'
          : 'Z to A';
  return `Sorted by ${label}, ${order}.`;
}
