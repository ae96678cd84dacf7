import { WritableSignal } from '@angular/core';
import { gridColumns, gridRows } from '../audit-page/grid-model';
import type { RowRatings } from '../model/live-scores';
import { rowKey } from '../model/live-scores';
import { aFramework, aRating, threeProtocols } from '../testing/builders';
import {
  anyFilter,
  categoryOptions,
  matchCountMessage,
  nameMatches,
  NO_FILTERS,
  rowMatches,
  serviceAreaOptions,
} from './grid-filters';

function rows() {
  const framework = aFramework();
  const { rows, rowSignals } = gridRows(
    framework.scoring,
    threeProtocols(),
    gridColumns(framework),
  );
  const set = (perspective: 'leadership' | 'frontline', id: string, ratings: RowRatings) =>
    (rowSignals.get(rowKey(perspective, id)) as WritableSignal<RowRatings>).set(ratings);
  return { rows, set };
}

describe('matching protocol names', () => {
  it('ignores case, accents and extra spaces, and needs every word in any order', () => {
    expect(nameMatches('Home care in 15-minute slots', '')).toBe(true);
    expect(nameMatches('Home care in 15-minute slots', '  CARE   home ')).toBe(true);
    expect(nameMatches('Café opening hours', 'cafe')).toBe(true);
    expect(nameMatches('Home care in 15-minute slots', 'care homes')).toBe(false);
  });
});

describe('the grid’s filters', () => {
  it('keeps the rows whose name, category and service area match', () => {
    const { rows: all } = rows();
    const ids = (filters: Partial<typeof NO_FILTERS>) =>
      all
        .filter((r) => rowMatches(r, { ...NO_FILTERS, ...filters }, 'leadership'))
        .map((r) => r.protocol.id);
    expect(ids({})).toEqual(['p-a', 'p-b', 'p-c']);
    expect(ids({ search: 'blue' })).toEqual(['p-b']);
    expect(ids({ category: 'policies' })).toEqual(['p-b', 'p-c']);
    expect(ids({ serviceArea: 'Adult social care' })).toEqual(['p-a', 'p-c']);
  });

  it('judges the class and the carried ratings in the perspective asked for', () => {
    const { rows: all, set } = rows();
    set('leadership', 'p-a', {
      'relationships-first': aRating({ value: 2, carriedForward: true }),
    });
    const ids = (filters: Partial<typeof NO_FILTERS>, perspective: 'leadership' | 'frontline') =>
      all
        .filter((r) => rowMatches(r, { ...NO_FILTERS, ...filters }, perspective))
        .map((r) => r.protocol.id);
    expect(ids({ carriedOnly: true }, 'leadership')).toEqual(['p-a']);
    expect(ids({ carriedOnly: true }, 'frontline')).toEqual([]);
    expect(ids({ cls: 'unscored' }, 'leadership')).toEqual(['p-b', 'p-c']);
    expect(ids({ cls: 'unscored' }, 'frontline')).toEqual(['p-a', 'p-b', 'p-c']);
  });

  it('a blank search is no filter', () => {
    expect(anyFilter(NO_FILTERS)).toBe(false);
    expect(anyFilter({ ...NO_FILTERS, search: '   ' })).toBe(false);
    expect(anyFilter({ ...NO_FILTERS, search: 'care' })).toBe(true);
    expect(anyFilter({ ...NO_FILTERS, carriedOnly: true })).toBe(true);
  });

  it('offers the categories (by title) and service areas the rows use, once each', () => {
    const { rows: all } = rows();
    const titles = new Map([['policies', 'Policies and procedures']]);
    expect(categoryOptions(all, titles)).toEqual([
      { key: 'contracts', title: 'contracts' },
      { key: 'policies', title: 'Policies and procedures' },
    ]);
    expect(serviceAreaOptions(all)).toEqual(['Adult social care', 'Customer services']);
  });

  it('announces the rows shown, and the matches of a search', () => {
    expect(matchCountMessage(3, 3, '')).toBe('Showing all 3 protocols.');
    expect(matchCountMessage(2, 3, '  ')).toBe('Showing 2 of 3 protocols.');
    expect(matchCountMessage(1, 3, ' home CARE ')).toBe('1 protocol matches “home CARE” (of 3).');
    expect(matchCountMessage(0, 3, 'x')).toBe('0 protocols match “x” (of 3).');
  });
});
