import { aConfig, aProtocol } from '../testing/builders';
import { ScoringInputError } from './errors';
import type { ProtocolInput, ValidationError, WhatIfChange } from './types';
import { projectWhatIf } from './what-if';

const config = aConfig();

function protocols(): ProtocolInput[] {
  return [
    aProtocol({
      id: 'visits',
      reach: 'high',
      ratings: { listening: -2, continuity: -2, trust: null, fairness: 0 },
    }),
    aProtocol({ id: 'grants', reach: 'low', ratings: { trust: 2, fairness: 2 } }),
    aProtocol({
      id: 'inspection',
      scope: 'wider',
      ratings: { listening: -1, continuity: -1, trust: -1, fairness: -1 },
    }),
  ];
}

function errorsOf(changes: unknown[]): ValidationError[] {
  try {
    projectWhatIf(config, protocols(), changes as WhatIfChange[]);
  } catch (e) {
    if (e instanceof ScoringInputError) return [...e.errors];
    throw e;
  }
  throw new Error('expected a ScoringInputError');
}

describe('what-if projection', () => {
  // Before: visits = (−4 − 2 + 0) ÷ 4 → −75 (reach 9), grants = 100 (reach 1)
  // → (−675 + 100) ÷ 10 = −57.5
  it('amends only the listed ratings and keeps the others', () => {
    const p = projectWhatIf(config, protocols(), [
      { kind: 'amend', protocolId: 'visits', ratings: { listening: 1 } },
    ]);
    expect(p.before.index).toBeCloseTo(-57.5, 10);
    // visits: (2 − 2 + 0) ÷ 4 = 0 (trust stays N/A) → (0 + 100) ÷ 10 = 10
    expect(p.after.protocols[0].score).toBe(0);
    expect(p.after.protocols[0].notApplicable).toBe(1);
    expect(p.after.index).toBeCloseTo(10, 10);
    expect(p.indexDelta).toBeCloseTo(67.5, 10);
    expect(p.protocolLoadDelta).toBe(0);
    expect(p.changes).toEqual([
      expect.objectContaining({
        kind: 'amend',
        protocolId: 'visits',
        scoreDelta: 75,
      }),
    ]);
  });

  it('replaces all ratings, leaving unlisted principles unrated', () => {
    const p = projectWhatIf(config, protocols(), [
      { kind: 'replace', protocolId: 'visits', ratings: { listening: 1 } },
    ]);
    expect(p.after.protocols[0]).toMatchObject({ score: 50, rated: 1 });
    // (9×50 + 100) ÷ 10 = 55
    expect(p.after.index).toBeCloseTo(55, 10);
  });

  it('retiring a protocol removes it from the index and lowers the protocol load', () => {
    const p = projectWhatIf(config, protocols(), [{ kind: 'retire', protocolId: 'visits' }]);
    expect(p.after.index).toBe(100);
    expect(p.protocolLoadDelta).toBe(-1);
    expect(p.changes[0]).toMatchObject({ after: null, scoreDelta: null });
    expect(p.changes[0].before?.score).toBe(-75);
  });

  it('introducing a protocol adds it and raises the protocol load', () => {
    const introduced = aProtocol({
      id: 'named-worker',
      reach: 'high',
      ratings: { listening: 2, continuity: 2 },
    });
    const p = projectWhatIf(config, protocols(), [{ kind: 'introduce', protocol: introduced }]);
    // (−675 + 100 + 900) ÷ 19
    expect(p.after.index).toBeCloseTo(325 / 19, 10);
    expect(p.protocolLoadDelta).toBe(1);
    expect(p.after.protocols.map((r) => r.id)).toEqual([
      'visits',
      'grants',
      'inspection',
      'named-worker',
    ]);
    expect(p.changes[0]).toMatchObject({ before: null, scoreDelta: null });
  });

  it('reports a change to the wider environment apart from the council index', () => {
    const p = projectWhatIf(config, protocols(), [
      {
        kind: 'amend',
        protocolId: 'inspection',
        ratings: { listening: 1, continuity: 1, trust: 1, fairness: 1 },
      },
    ]);
    expect(p.indexDelta).toBe(0);
    expect(p.widerIndexDelta).toBe(100);
  });

  it('changes nothing it is given', () => {
    const given = protocols();
    const copy = JSON.parse(JSON.stringify(given)) as ProtocolInput[];
    projectWhatIf(config, given, [
      { kind: 'amend', protocolId: 'visits', ratings: { listening: 2 } },
      { kind: 'retire', protocolId: 'grants' },
    ]);
    expect(given).toEqual(copy);
  });

  it('with no changes, projects no change', () => {
    const p = projectWhatIf(config, protocols(), []);
    expect(p.indexDelta).toBe(0);
    expect(p.after).toEqual(p.before);
  });

  it('rejects unknown protocols, a second change to the same protocol and duplicate introductions', () => {
    expect(
      errorsOf([
        { kind: 'amend', protocolId: 'nope', ratings: {} },
        { kind: 'retire', protocolId: 'grants' },
        { kind: 'amend', protocolId: 'grants', ratings: { trust: 1 } },
        { kind: 'introduce', protocol: aProtocol({ id: 'visits' }) },
        { kind: 'rewrite', protocolId: 'visits' },
        { kind: 'replace', protocolId: 'visits', ratings: { trust: 4 } },
      ]).map((e) => e.path),
    ).toEqual([
      'changes[0].protocolId',
      'changes[2].protocolId',
      'changes[3].protocol.id',
      'changes[4].kind',
      'changes[5].ratings.trust',
    ]);
  });
});
