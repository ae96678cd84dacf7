import { signal } from '@angular/core';
import type { Perspective } from '@rcp/vocabulary';
import { gridColumns, gridRows } from '../audit-page/grid-model';
import { aFramework, threeProtocols } from '../testing/builders';
import { GridFiltering, SEARCH_ANNOUNCE_MS } from './grid-filtering';

function setUp() {
  const framework = aFramework();
  const { rows } = gridRows(framework.scoring, threeProtocols(), gridColumns(framework));
  const said: string[] = [];
  const filtering = new GridFiltering(
    {
      rows: signal(rows),
      framework: signal(framework),
      perspective: signal<Perspective>('leadership'),
    },
    (text) => said.push(text),
  );
  const shown = () => filtering.visibleRows().map((r) => r.protocol.id);
  return { filtering, said, shown };
}

describe('the grid’s search and filters', () => {
  afterEach(() => jest.useRealTimers());

  it('narrows the rows at once and announces the count', () => {
    const { filtering, said, shown } = setUp();
    filtering.set({ category: 'policies' });
    expect(shown()).toEqual(['p-b', 'p-c']);
    expect(filtering.filtered()).toBe(true);
    expect(said).toEqual(['Showing 2 of 3 protocols.']);
    filtering.clear();
    expect(shown()).toEqual(['p-a', 'p-b', 'p-c']);
    expect(said.at(-1)).toBe('Showing all 3 protocols.');
  });

  it('announces the matches of a search once typing pauses', () => {
    jest.useFakeTimers();
    const { filtering, said, shown } = setUp();
    filtering.search('home');
    filtering.search('home CARE');
    expect(shown()).toEqual(['p-a']);
    expect(said).toEqual([]);
    jest.advanceTimersByTime(SEARCH_ANNOUNCE_MS);
    expect(said).toEqual(['1 protocol matches “home CARE” (of 3).']);
    filtering.search('blue');
    filtering.destroy();
    jest.advanceTimersByTime(SEARCH_ANNOUNCE_MS);
    expect(said).toHaveLength(1);
  });

  it('offers the categories by title', () => {
    const { filtering } = setUp();
    expect(filtering.categories().map((c) => c.title)).toEqual([
      'Commissioning and contracts',
      'Policies and procedures',
    ]);
    expect(filtering.categoryTitle('contracts')).toBe('Commissioning and contracts');
    expect(filtering.categoryTitle('other')).toBe('other');
    expect(filtering.serviceAreas()).toEqual(['Adult social care', 'Customer services']);
  });
});
