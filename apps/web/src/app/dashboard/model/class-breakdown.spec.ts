import { aBreakdownRow } from '../testing/dashboard-builders';
import { breakdownSeries, breakdownSummary, breakdownTable } from './class-breakdown';

const rows = [
  aBreakdownRow({ key: 'a', title: 'Adult social care', enabling: 7, inhibiting: 2 }),
  aBreakdownRow({ key: 'c', title: 'Corporate', enabling: 11, inhibiting: 3, unscored: 1 }),
  aBreakdownRow({ key: 'h', title: 'Housing', enabling: 1, mixed: 1 }),
];

describe('the class breakdown', () => {
  it('gives the totals and where the inhibiting protocols are concentrated', () => {
    expect(breakdownSummary(rows, 'service area')).toBe(
      'Of 26 protocols across 3 service areas, 19 enabling, 1 mixed, 5 inhibiting and 1 not scored; Corporate has the most inhibiting protocols (3).',
    );
  });

  it('names a tie, and summarises a wide spread instead of listing it', () => {
    const tie = [
      aBreakdownRow({ title: 'A', inhibiting: 1 }),
      aBreakdownRow({ title: 'B', inhibiting: 1 }),
    ];
    expect(breakdownSummary(tie, 'category')).toBe(
      'Of 2 protocols across 2 categories, 2 inhibiting; A and B have the most inhibiting protocols (1 each).',
    );
    const spread = ['A', 'B', 'C', 'D'].map((title) => aBreakdownRow({ title, inhibiting: 1 }));
    expect(breakdownSummary(spread, 'category')).toBe(
      'Of 4 protocols across 4 categories, 4 inhibiting; the inhibiting protocols are spread across 4 categories, at most 1 in each.',
    );
  });

  it('says when nothing is inhibiting', () => {
    expect(breakdownSummary([aBreakdownRow({ enabling: 2 })], 'category')).toBe(
      'Of 2 protocols across 1 category, 2 enabling; none is inhibiting in any category.',
    );
  });

  it('tabulates each class per row with a total, in the product’s class order', () => {
    const table = breakdownTable(rows, 'category');
    expect(table.columns.map((c) => c.label)).toEqual([
      'Category',
      'Enabling',
      'Mixed',
      'Neutral',
      'Inhibiting',
      'Not scored',
      'Total',
    ]);
    expect(table.rows[1]).toEqual({
      title: 'Corporate',
      enabling: 11,
      mixed: 0,
      neutral: 0,
      inhibiting: 3,
      unscored: 1,
      total: 15,
    });
  });

  it('stacks a segment per class under the names the legend uses', () => {
    expect(breakdownSeries(rows)[0].series.map((s) => s.name)).toEqual([
      'Enabling',
      'Mixed',
      'Neutral',
      'Inhibiting',
      'Not scored',
    ]);
  });
});
