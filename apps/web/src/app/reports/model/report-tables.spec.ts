import type { HeatmapRow, MismatchRow } from '@rcp/api-contract';
import { categoryTitles, mismatchTable, widerTable } from './report-tables';

const titles = categoryTitles([{ key: 'access', title: 'Access and eligibility' }]);

describe('the council report’s own tables', () => {
  it('lists mismatches worst first, with the category’s title and what the need calls for', () => {
    const rows = [
      { protocolId: 'a', name: 'A', contextNeed: 'mixed', score: -10, category: 'access' },
      { protocolId: 'b', name: 'B', contextNeed: 'relational', score: -55.55, category: 'other' },
    ] as MismatchRow[];
    const table = mismatchTable(rows, titles);
    expect(table.rows.map((r) => r['protocol'])).toEqual(['B', 'A']);
    expect(table.rows[0]).toMatchObject({ category: 'other', score: -55.6 });
    expect(table.rows[1]['category']).toBe('Access and eligibility');
    expect(table.rows[0]['need']).toMatch(/relational/i);
  });

  it('keeps to the wider environment, lowest score first and the unscored last', () => {
    const row = (name: string, scope: string, score: number | null) =>
      ({ name, scope, score, class: null, category: 'access' }) as unknown as HeatmapRow;
    const table = widerTable(
      [
        row('Org', 'organisational', -90),
        row('Unscored', 'wider', null),
        row('Low', 'wider', -20),
        row('High', 'wider', 40),
      ],
      titles,
    );
    expect(table.rows.map((r) => r['protocol'])).toEqual(['Low', 'High', 'Unscored']);
    expect(table.rows[2]['class']).toBe('Not scored');
  });
});
