import { PERSPECTIVES } from '@rcp/vocabulary';
import { headlineFigures, perspectiveGaps, scoreAudit, WORKED_EXAMPLE } from '@rcp/scoring';
import { aFramework, aRating, threeProtocols } from '../testing/builders';
import { groupRatings, liveScores, protocolInput, rowKey } from './live-scores';

describe('the live headline', () => {
  const framework = aFramework();
  const protocols = threeProtocols();
  const ratings = [
    aRating({ protocolId: 'p-a', principleKey: 'relationships-first', value: -2 }),
    aRating({ protocolId: 'p-a', principleKey: 'continuity', value: -2 }),
    aRating({ protocolId: 'p-a', principleKey: 'mutual-trust', value: null }),
    aRating({ protocolId: 'p-a', principleKey: 'kindness', value: -1 }),
    aRating({ protocolId: 'p-b', principleKey: 'mutual-trust', value: 2 }),
    aRating({ protocolId: 'p-b', principleKey: 'kindness', value: 1, carriedForward: true }),
    aRating({ protocolId: 'p-c', principleKey: 'relationships-first', value: 2 }),
    aRating({ protocolId: 'p-c', principleKey: 'continuity', value: -2 }),
    aRating({ protocolId: 'p-c', principleKey: 'mutual-trust', value: -1 }),
    aRating({ protocolId: 'p-c', principleKey: 'kindness', value: 1, perspective: 'residents' }),
  ];
  const rows = groupRatings(ratings);
  const rowOf = (perspective: string, id: string) => rows.get(rowKey(perspective, id));

  it('equals scoreAudit of the scoring lib on the same inputs', () => {
    const live = liveScores(framework.scoring, protocols, ['leadership'], rowOf);
    const expected = scoreAudit(
      framework.scoring,
      protocols.map((p) => protocolInput(framework.scoring, p, rowOf('leadership', p.id))),
    );
    expect(live.summary).toEqual(expected);
    expect(live.headline).toEqual(headlineFigures(expected));
  });

  it('gives the worked example’s numbers (docs/scoring.md) for its ratings', () => {
    const live = liveScores(framework.scoring, protocols, ['leadership'], rowOf);
    const example = scoreAudit(WORKED_EXAMPLE.config, WORKED_EXAMPLE.protocols.slice(0, 3));
    expect(live.headline.index).toBeCloseTo(example.index ?? NaN, 9);
    expect(live.headline.coverage).toBeCloseTo(example.coverage, 9);
    expect(live.headline).toMatchObject({ provisional: false, mismatchCount: 1, protocolLoad: 3 });
  });

  it('counts organisational protocols and reports the wider environment apart, like the server', () => {
    const withWider = [
      ...protocols,
      { ...protocols[0], id: 'p-d', name: 'Inspection', scope: 'wider' as const },
    ];
    const more = groupRatings([
      ...ratings,
      aRating({ protocolId: 'p-d', principleKey: 'relationships-first', value: -1 }),
      aRating({ protocolId: 'p-d', principleKey: 'continuity', value: 0 }),
    ]);
    const live = liveScores(framework.scoring, withWider, ['leadership'], (p, id) =>
      more.get(rowKey(p, id)),
    );
    expect(live.headline.protocolLoad).toBe(3);
    expect(live.headline.widerProtocolLoad).toBe(1);
    expect(live.headline.mismatchCount).toBe(live.summary.mismatchCount);
    expect(live.headline.widerMismatchCount).toBe(1);
    const counts = live.headline.classCounts;
    expect(
      counts.enabling + counts.mixed + counts.neutral + counts.inhibiting + counts.unscored,
    ).toBe(3);
    expect(live.headline.widerIndex).toBe(live.summary.wider.index);
    expect(live.headline.index).toBe(live.summary.index);
  });

  it('scores each perspective on its own and reports the gap with perspectiveGaps', () => {
    const perspectives = [...PERSPECTIVES];
    const live = liveScores(framework.scoring, protocols, perspectives, rowOf);
    const inputs = Object.fromEntries(
      perspectives.map((p) => [
        p,
        protocols.map((pr) => protocolInput(framework.scoring, pr, rowOf(p, pr.id))),
      ]),
    );
    expect(live.gaps).toEqual(perspectiveGaps(framework.scoring, inputs));
    expect(live.headline).toEqual(
      liveScores(framework.scoring, protocols, ['leadership'], rowOf).headline,
    );
  });

  it('has no gaps when the audit collects one perspective', () => {
    expect(liveScores(framework.scoring, protocols, ['leadership'], rowOf).gaps).toBeNull();
  });
});
