import { aProtocol, anAudit, aRating, aView } from './dashboard-view.fixtures';
import { buildMovers } from './movers';

describe('the biggest movers', () => {
  const old = anAudit('old');
  const now = anAudit('now');

  it('introduced, retired and re-rated protocols, each with what changed, largest effect first', () => {
    const movers = buildMovers(
      aView({
        audits: [old, now],
        compare: old,
        protocols: [
          aProtocol('old', 'same', { score: 10 }),
          aProtocol('now', 'same', { score: 10 }),
          aProtocol('old', 'rerated', { name: 'Re-rated', score: -40 }),
          aProtocol('now', 'rerated', { name: 'Re-rated', score: 20 }),
          aProtocol('old', 'gone', { name: 'Gone', score: -70, retired_reason: 'Only assumed' }),
          aProtocol('now', 'new', { name: 'New', score: 5 }),
        ],
        ratings: [
          aRating('old', 'same', 'continuity', 1),
          aRating('now', 'same', 'continuity', 1),
          aRating('old', 'rerated', 'continuity', -2, 'Weekly rota'),
          aRating('now', 'rerated', 'continuity', 1, 'Named worker'),
          aRating('now', 'rerated', 'autonomy', 1, 'Named worker'),
          aRating('now', 'new', 'autonomy', 0),
        ],
      }),
    );
    expect(movers.map((m) => [m.protocolId, m.change, m.before, m.after, m.delta])).toEqual([
      ['gone', 'retired', -70, null, null],
      ['rerated', 'ratings-changed', -40, 20, 60],
      ['new', 'introduced', null, 5, null],
    ]);
    expect(movers[0].retiredReason).toBe('Only assumed');
    expect(movers[1].evidence).toEqual(['Named worker']);
    expect(movers[1].changedPrinciples).toEqual([
      { key: 'continuity', title: 'Continuity', before: -2, after: 1 },
      { key: 'autonomy', title: 'Autonomy', before: null, after: 1 },
    ]);
  });

  it('keeps the ten largest, and none without a comparison audit', () => {
    const protocols = Array.from({ length: 12 }, (_, i) =>
      aProtocol('now', `p${i}`, { score: i * 10 }),
    );
    const movers = buildMovers(aView({ audits: [old, now], compare: old, protocols }));
    expect(movers).toHaveLength(10);
    expect(movers[0].protocolId).toBe('p11');
    expect(buildMovers(aView({ audits: [old, now], protocols }))).toEqual([]);
  });
});
