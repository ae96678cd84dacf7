import { firstDirection, sortedBySentence, sortRowsBy } from './sort-rows';

describe('sorting a table’s rows', () => {
  const rows = [
    { name: 'Charging', due: '2027-03-01' as string | null },
    { name: 'Appeals', due: null },
    { name: 'Booking', due: '2026-01-15' },
    { name: 'Deposits', due: '2027-03-01' },
  ];
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const names = (sorted: typeof rows) => sorted.map((r) => r.name);

  it('orders by the column, rows without a value last whichever way, ties by name', () => {
    expect(names(sortRowsBy(rows, (r) => r.due, 'ascending', byName))).toEqual([
      'Booking',
      'Charging',
      'Deposits',
      'Appeals',
    ]);
    expect(names(sortRowsBy(rows, (r) => r.due, 'descending', byName))).toEqual([
      'Charging',
      'Deposits',
      'Booking',
      'Appeals',
    ]);
  });

  it('orders words ignoring case, and numbers as numbers', () => {
    const words = [{ name: 'beta' }, { name: 'Alpha' }, { name: 'gamma' }];
    expect(sortRowsBy(words, (r) => r.name, 'ascending', byName).map((r) => r.name)).toEqual([
      'Alpha',
      'beta',
      'gamma',
    ]);
    const numbers = [
      { name: 'a', n: 10 },
      { name: 'b', n: 9 },
      { name: 'c', n: 100 },
    ];
    expect(sortRowsBy(numbers, (r) => r.n, 'descending', byName).map((r) => r.n)).toEqual([
      100, 10, 9,
    ]);
  });

  it('starts names from A and numbers and dates from the top, and says the order in words', () => {
    expect(firstDirection('text')).toBe('ascending');
    expect(firstDirection('date')).toBe('descending');
    expect(sortedBySentence('review date', 'date', 'ascending')).toBe(
      'Sorted by review date, oldest first.',
    );
    expect(sortedBySentence('owner', 'text', 'descending')).toBe('Sorted by owner, Z to A.');
    expect(sortedBySentence('reach', 'number', 'descending')).toBe(
      'Sorted by reach, highest first.',
    );
  });
});
