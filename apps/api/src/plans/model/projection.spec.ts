import { DEFAULT_SCORING_PARAMETERS, projectWhatIf, ProtocolInput } from '@rcp/scoring';
import type { FrameworkScoring } from '@rcp/api-contract';
import { ChangeToProject, introducedId, planFigures, selectedIds, toWhatIf } from './projection';
import { suggestedTargets, targetRatingErrors } from './targets';

const scoring: FrameworkScoring = {
  ...(DEFAULT_SCORING_PARAMETERS as unknown as Omit<FrameworkScoring, 'principles'>),
  principles: [
    { key: 'a', weight: 1, contexts: ['relational', 'mixed'], relational: true },
    { key: 'b', weight: 1, contexts: ['relational', 'transactional', 'mixed'], relational: false },
  ],
};

const change = (o: Partial<ChangeToProject>): ChangeToProject => ({
  id: 'c1',
  kind: 'amend',
  status: 'agreed',
  protocolId: 'p1',
  newProtocol: null,
  targetRatings: {},
  ...o,
});

const p1: ProtocolInput = {
  id: 'p1',
  category: 'x',
  serviceArea: 'Housing',
  scope: 'organisational',
  contextNeed: 'transactional',
  reach: 'high',
  ratings: { b: -2 },
};

describe('selectedIds', () => {
  const changes = [
    change({ id: 'p', status: 'proposed' }),
    change({ id: 'a', status: 'agreed' }),
    change({ id: 'i', status: 'in-progress' }),
    change({ id: 'd', status: 'done' }),
    change({ id: 'x', status: 'dropped' }),
  ];
  it('defaults to agreed and in progress', () => {
    const none = { includeProposed: false, include: [], exclude: [] };
    expect([...selectedIds(changes, none)].sort()).toEqual(['a', 'i']);
  });
  it('adds proposed, includes and excludes individual changes, never dropped ones', () => {
    expect(
      [
        ...selectedIds(changes, { includeProposed: true, include: ['d', 'x'], exclude: ['a'] }),
      ].sort(),
    ).toEqual(['d', 'i', 'p']);
  });
});

describe('toWhatIf', () => {
  const inputs = new Map([[p1.id, p1]]);
  it('keeps only targets that apply to the protocol context', () => {
    const r = toWhatIf(scoring, change({ targetRatings: { a: 2, b: 1 } }), inputs);
    expect(r).toEqual({ change: { kind: 'amend', protocolId: 'p1', ratings: { b: 1 } } });
  });
  it('skips a change whose protocol is not in the audit', () => {
    expect(toWhatIf(scoring, change({ protocolId: 'nope' }), inputs)).toHaveProperty('skipped');
  });
  it('introduces a protocol under a planned id', () => {
    const r = toWhatIf(
      scoring,
      change({
        kind: 'introduce',
        protocolId: null,
        newProtocol: {
          name: 'N',
          category: 'x',
          type: 'policy',
          serviceArea: 'Housing',
          scope: 'organisational',
          contextNeed: 'relational',
          reach: 'low',
          libraryKey: null,
        },
        targetRatings: { a: 2 },
      }),
      inputs,
    );
    expect(r).toMatchObject({
      change: { kind: 'introduce', protocol: { id: introducedId('c1') } },
    });
    const projected = projectWhatIf(scoring, [p1], [(r as { change: never }).change]);
    expect(projected.protocolLoadDelta).toBe(1);
  });
  it('planFigures carries the headline and class shares', () => {
    const projected = projectWhatIf(scoring, [p1], []);
    const f = planFigures(projected.before);
    expect(f.classShares.inhibiting).toEqual({ count: 1, share: 1 });
    expect(f.index).toBe(projected.before.index);
  });
});

describe('targets', () => {
  it('plus-one keeps higher current ratings', () => {
    const r = suggestedTargets(scoring, { contextNeed: 'relational', libraryKey: null }, { a: 2 });
    expect(r).toEqual({
      source: 'plus-one',
      targetRatings: { a: 2, b: 1 },
      enablingExemplar: null,
    });
  });
  it('reports keys that do not apply and values out of range', () => {
    expect(targetRatingErrors(scoring, 'transactional', { a: 1, b: 3, z: 1 })).toEqual([
      {
        field: 'targetRatings.a',
        messages: ['does not apply to a transactional context in the current framework'],
      },
      {
        field: 'targetRatings.b',
        messages: ['must be a whole number from -2 to 2, or null for not applicable'],
      },
      { field: 'targetRatings.z', messages: ['is not a principle of the current framework'] },
    ]);
  });
});
