import { TableSort } from './table-sort';

describe('TableSort', () => {
  const sort = () =>
    new TableSort<'name' | 'count'>('name', (k) => (k === 'name' ? 'ascending' : 'descending'));

  it('starts on its column, in that column’s direction, and says so for aria-sort', () => {
    const s = sort();
    expect([s.key(), s.direction()]).toEqual(['name', 'ascending']);
    expect(s.ariaSort('name')).toBe('ascending');
    expect(s.ariaSort('count')).toBeNull();
  });

  it('turns the order round on the same column, and starts a new column its own way', () => {
    const s = sort();
    s.by('name');
    expect(s.direction()).toBe('descending');
    s.by('count');
    expect([s.key(), s.direction()]).toEqual(['count', 'descending']);
    s.by('count');
    expect(s.direction()).toBe('ascending');
  });
});
