import { aProtocol, anAudit, aRating, aView } from './dashboard-view.fixtures';
import { buildTrend } from './trend';

describe('the dashboard trend', () => {
  it('unfiltered: every submitted audit, oldest first, with the numbers stored at submission', () => {
    const audits = [
      anAudit('a', { period_end: '2025-12-31', index_score: 5, provisional: true, coverage: 0.5 }),
      anAudit('b', { period_end: '2026-06-30', index_score: 12 }),
    ];
    expect(buildTrend(aView({ audits }))).toEqual([
      {
        id: 'a',
        label: 'Audit a',
        periodStart: '2026-01-01',
        periodEnd: '2025-12-31',
        index: 5,
        provisional: true,
        coverage: 0.5,
        protocolLoad: 0,
        protocolsRetired: null,
        protocolsIntroduced: null,
      },
      {
        id: 'b',
        label: 'Audit b',
        periodStart: '2026-01-01',
        periodEnd: '2026-06-30',
        index: 12,
        provisional: false,
        coverage: 1,
        protocolLoad: 0,
        protocolsRetired: 0,
        protocolsIntroduced: 0,
      },
    ]);
  });

  it('counts each audit’s protocol load, and the protocols retired and introduced since the one before', () => {
    const audits = [anAudit('a'), anAudit('b')];
    const trend = buildTrend(
      aView({
        audits,
        protocols: [
          aProtocol('a', 'kept'),
          aProtocol('a', 'retired'),
          aProtocol('a', 'gone-too'),
          aProtocol('a', 'wider', { scope: 'wider' }),
          aProtocol('b', 'kept'),
          aProtocol('b', 'new'),
          aProtocol('b', 'wider', { scope: 'wider' }),
        ],
      }),
    );
    expect(trend.map((t) => [t.protocolLoad, t.protocolsRetired, t.protocolsIntroduced])).toEqual([
      [3, null, null],
      [2, 2, 1],
    ]);
  });

  it('filtered: each audit is scored again on its matching protocols', () => {
    const audits = [anAudit('a', { index_score: 50 }), anAudit('b', { index_score: 50 })];
    const trend = buildTrend(
      aView({
        audits,
        filters: { serviceArea: 'Housing', scope: null },
        protocols: [
          aProtocol('a', 'p', { service_area: 'Housing' }),
          aProtocol('b', 'p', { service_area: 'Housing' }),
          aProtocol('b', 'q', { service_area: 'Waste' }),
        ],
        ratings: [
          aRating('a', 'p', 'continuity', -1),
          aRating('a', 'p', 'autonomy', -1),
          aRating('b', 'p', 'continuity', 1),
          aRating('b', 'p', 'autonomy', 1),
          aRating('b', 'q', 'continuity', -2, 'Not housing'),
        ],
      }),
    );
    expect(trend[0].index).toBeLessThan(0);
    expect(trend[1].index).toBeGreaterThan(0);
    expect(trend[1].index).toBe(-(trend[0].index as number));
  });
});
