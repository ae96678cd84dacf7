import { aProtocol, anAudit, aRating, aView } from './dashboard-view.fixtures';
import { buildHeatmap } from './heatmap';

describe('the heat map', () => {
  it('the selected audit’s protocols, weakest first, with their ratings by principle', () => {
    const old = anAudit('old');
    const now = anAudit('now');
    const map = buildHeatmap(
      aView({
        audits: [old, now],
        compare: old,
        protocols: [
          aProtocol('now', 'b', { name: 'Beta', score: 10, class: 'neutral' }),
          aProtocol('now', 'a', { name: 'Alpha', score: 10, category: 'unknown-category' }),
          aProtocol('now', 'c', { name: 'Gamma', score: -40, class: 'inhibiting' }),
          aProtocol('old', 'd', { name: 'Old only', score: -90 }),
        ],
        ratings: [
          aRating('now', 'c', 'continuity', -2, 'Handed on weekly'),
          aRating('now', 'c', 'autonomy', null),
          aRating('old', 'c', 'continuity', 2, 'Was fine'),
        ],
      }),
    );
    expect(map.principles).toEqual([
      { key: 'continuity', title: 'Continuity', contexts: ['relational', 'mixed'] },
      { key: 'autonomy', title: 'Autonomy', contexts: ['relational', 'mixed', 'transactional'] },
    ]);
    expect(map.rows.map((r) => [r.name, r.score, r.category])).toEqual([
      ['Gamma', -40, 'Continuity of care'],
      ['Alpha', 10, 'unknown-category'],
      ['Beta', 10, 'Continuity of care'],
    ]);
    expect(map.rows[0]).toMatchObject({
      protocolId: 'c',
      class: 'inhibiting',
      cells: { continuity: -2, autonomy: null },
    });
    expect(map.rows[1].cells).toEqual({});
  });
});
