import { aConfig, aPrinciple, aProtocol } from '../testing/builders';
import {
  changeContribution,
  introducedId,
  listedChanges,
  planFigures,
  projectPlanChanges,
  selectedByDefault,
  selectedIds,
  toWhatIf,
  type PlanChangeInput,
  type PlanNewProtocolInput,
} from './plan-projection';
import type { ProtocolInput } from './types';
import { projectWhatIf } from './what-if';

/** `a` applies to relational and mixed needs only, `b` to every need. */
const scoring = aConfig({
  principles: [
    aPrinciple('a', { contexts: ['relational', 'mixed'], relational: true }),
    aPrinciple('b'),
  ],
});

type Change = PlanChangeInput & { title: string };

const change = (o: Partial<Change>): Change => ({
  id: 'c1',
  title: 'A change',
  kind: 'amend',
  status: 'agreed',
  protocolId: 'p1',
  newProtocol: null,
  targetRatings: {},
  ...o,
});

const newProtocol: PlanNewProtocolInput = {
  category: 'x',
  serviceArea: 'Housing',
  scope: 'organisational',
  contextNeed: 'relational',
  reach: 'low',
};

const p1: ProtocolInput = aProtocol({
  id: 'p1',
  contextNeed: 'transactional',
  reach: 'high',
  ratings: { b: -2 },
});
const p2: ProtocolInput = aProtocol({ id: 'p2', reach: 'low', ratings: { a: 1, b: 0 } });
const p3: ProtocolInput = aProtocol({ id: 'p3', reach: 'medium', ratings: { a: 0, b: 0 } });
const inputs = [p1, p2, p3];

describe('selection', () => {
  const changes = [
    change({ id: 'p', status: 'proposed' }),
    change({ id: 'a', status: 'agreed' }),
    change({ id: 'i', status: 'in-progress' }),
    change({ id: 'd', status: 'done' }),
    change({ id: 'x', status: 'dropped' }),
  ];
  const none = { includeProposed: false, include: [], exclude: [] };

  it('defaults to agreed and in progress', () => {
    expect([...selectedIds(changes, none)]).toEqual(['a', 'i']);
    expect(changes.map((c) => selectedByDefault(c, false))).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
  });

  it('adds proposed, includes and excludes individual changes, never dropped ones', () => {
    expect([
      ...selectedIds(changes, { includeProposed: true, include: ['d', 'x'], exclude: ['a'] }),
    ]).toEqual(['p', 'i', 'd']);
  });

  it('exclude wins over include', () => {
    expect([
      ...selectedIds(changes, { ...none, include: ['a', 'd'], exclude: ['a', 'd'] }),
    ]).toEqual(['i']);
  });

  it('lists open changes and any selected, in the order given', () => {
    const selected = selectedIds(changes, { ...none, include: ['d'] });
    expect(listedChanges(changes, selected).map((c) => c.id)).toEqual(['p', 'a', 'i', 'd']);
  });
});

describe('toWhatIf', () => {
  const byId = new Map(inputs.map((p) => [p.id, p]));

  it('keeps only targets that apply to the protocol context', () => {
    const r = toWhatIf(scoring, change({ targetRatings: { a: 2, b: 1 } }), byId);
    expect(r).toEqual({ change: { kind: 'amend', protocolId: 'p1', ratings: { b: 1 } } });
  });

  it('keeps a target of not applicable (null), drops unrated ones', () => {
    const r = toWhatIf(
      scoring,
      change({ kind: 'replace', protocolId: 'p2', targetRatings: { a: null, b: undefined } }),
      byId,
    );
    expect(r).toEqual({ change: { kind: 'replace', protocolId: 'p2', ratings: { a: null } } });
  });

  it('retires a protocol of the audit', () => {
    expect(toWhatIf(scoring, change({ kind: 'retire', protocolId: 'p3' }), byId)).toEqual({
      change: { kind: 'retire', protocolId: 'p3' },
    });
  });

  it('skips a change whose protocol is not in the audit', () => {
    expect(toWhatIf(scoring, change({ protocolId: 'nope' }), byId)).toEqual({
      skipped: 'The protocol is not in the audit.',
    });
    expect(toWhatIf(scoring, change({ protocolId: null }), byId)).toHaveProperty('skipped');
  });

  it('skips an introduction without a protocol', () => {
    expect(toWhatIf(scoring, change({ kind: 'introduce', protocolId: null }), byId)).toEqual({
      skipped: 'The change has no protocol to introduce.',
    });
  });

  it('introduces a protocol under a planned id', () => {
    const r = toWhatIf(
      scoring,
      change({ kind: 'introduce', protocolId: null, newProtocol, targetRatings: { a: 2 } }),
      byId,
    );
    expect(introducedId('c1')).toBe('planned:c1');
    expect(r).toEqual({
      change: {
        kind: 'introduce',
        protocol: { id: 'planned:c1', ...newProtocol, ratings: { a: 2 } },
      },
    });
    const projected = projectWhatIf(scoring, [p1], [(r as { change: never }).change]);
    expect(projected.protocolLoadDelta).toBe(1);
  });
});

describe('planFigures', () => {
  it('carries the headline and class shares', () => {
    const projected = projectWhatIf(scoring, [p1], []);
    const f = planFigures(projected.before);
    expect(f.classShares.inhibiting).toEqual({ count: 1, share: 1 });
    expect(f.classCounts.inhibiting).toBe(1);
    expect(f.index).toBe(projected.before.index);
    expect(f.protocolLoad).toBe(1);
  });
});

describe('changeContribution', () => {
  it('is the effect of the change alone', () => {
    const c = changeContribution(scoring, inputs, {
      kind: 'amend',
      protocolId: 'p1',
      ratings: { b: 2 },
    });
    const alone = projectWhatIf(scoring, inputs, [
      { kind: 'amend', protocolId: 'p1', ratings: { b: 2 } },
    ]);
    expect(c).toEqual({
      contribution: alone.indexDelta,
      scoreBefore: -100,
      scoreAfter: 100,
      classBefore: 'inhibiting',
      classAfter: 'enabling',
      mismatchBefore: false,
      mismatchAfter: false,
    });
  });
});

describe('projectPlanChanges', () => {
  const changes = [
    change({ id: 'up', title: 'Up', targetRatings: { b: 2 } }),
    change({ id: 'retire', kind: 'retire', protocolId: 'p3', status: 'proposed', title: 'Z' }),
    change({ id: 'missing', protocolId: 'nope', title: 'Missing' }),
    change({ id: 'done', status: 'done', protocolId: 'p2', title: 'Done' }),
  ];
  const none = { includeProposed: false, include: [], exclude: [] };

  it('projects the selected changes and each one’s own contribution', () => {
    const p = projectPlanChanges(scoring, inputs, changes, none);
    expect(p.selectedIds).toEqual(['up', 'missing']);
    expect(p.indexDelta).toBeGreaterThan(0);
    const up = p.changes.find((c) => c.change.id === 'up');
    expect(up?.contribution).toBeCloseTo(p.indexDelta ?? NaN);
    expect(up?.scoreAfter).toBeGreaterThan(up?.scoreBefore ?? 0);
    expect(p.changes.find((c) => c.change.id === 'retire')?.selected).toBe(false);
    const missing = p.changes.find((c) => c.change.id === 'missing');
    expect(missing).toMatchObject({ selected: false, skippedReason: expect.any(String) });
    expect(missing?.contribution).toBeNull();
    expect(p.changes.map((c) => c.change.id)).toEqual(['up', 'retire', 'missing']);
  });

  it('equals projectWhatIf of the selected changes', () => {
    const sel = { includeProposed: true, include: ['done'], exclude: [] };
    const p = projectPlanChanges(scoring, inputs, changes, sel);
    const byId = new Map(inputs.map((i) => [i.id, i]));
    const whatIfs = changes
      .filter((c) => p.selectedIds.includes(c.id))
      .map((c) => toWhatIf(scoring, c, byId))
      .flatMap((w) => ('change' in w ? [w.change] : []));
    const lib = projectWhatIf(scoring, inputs, whatIfs);
    expect(p.before).toEqual(planFigures(lib.before));
    expect(p.after).toEqual(planFigures(lib.after));
    expect(p.indexDelta).toBe(lib.indexDelta);
    expect(p.mismatchDelta).toBe(lib.after.mismatchCount - lib.before.mismatchCount);
  });

  it('includes proposed changes when asked: a retirement lowers the protocol load', () => {
    const p = projectPlanChanges(scoring, inputs, changes, { ...none, includeProposed: true });
    expect(p.protocolLoadDelta).toBe(-1);
    expect(p.after.protocolLoad).toBe(p.before.protocolLoad - 1);
  });

  it('orders changes of equal contribution by title', () => {
    const p = projectPlanChanges(
      scoring,
      inputs,
      [
        change({ id: '2', title: 'B', protocolId: 'x' }),
        change({ id: '1', title: 'A', protocolId: 'y' }),
      ],
      none,
    );
    expect(p.changes.map((c) => c.change.title)).toEqual(['A', 'B']);
  });
});
