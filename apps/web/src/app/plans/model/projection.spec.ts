import { anAudit, aFramework, aRating } from '../../audits/testing/builders';
import { aChange } from '../testing/plan-builders';
import { selectedIds as libSelectedIds } from '@rcp/scoring';
import {
  auditInputs,
  DEFAULT_SELECTION,
  latestAuditOf,
  type PlanSelection,
  projectionDifferences,
  projectPlan,
  selectionQuery,
  toggleChange,
} from './projection';

// The projection's rules are tested in @rcp/scoring (plan-projection.spec.ts); here the browser's
// adapter: toggles as the library's selection, the audit's inputs, the contract's shape.

/** The ids the library selects for the person's toggles. */
const selectedIds = (changes: Parameters<typeof libSelectedIds>[0], s: PlanSelection) =>
  libSelectedIds(changes, selectionQuery(s));

const fw = aFramework();
const audit = anAudit({
  status: 'submitted',
  ratings: [
    aRating({ principleKey: 'relationships-first', value: -2 }),
    aRating({ principleKey: 'continuity', value: -1 }),
    aRating({ protocolId: 'p-b', principleKey: 'relationships-first', value: 1 }),
    aRating({ protocolId: 'p-c', principleKey: 'relationships-first', value: 0 }),
    aRating({ principleKey: 'continuity', value: 2, perspective: 'frontline' }),
  ],
});
const base = { audit, scoring: fw.scoring, inputs: auditInputs(audit) };

describe('selection', () => {
  const changes = [
    aChange({ id: 'a', status: 'agreed' }),
    aChange({ id: 'b', status: 'proposed' }),
    aChange({ id: 'c', status: 'in-progress' }),
    aChange({ id: 'd', status: 'dropped' }),
    aChange({ id: 'e', status: 'done' }),
  ];

  it('selects agreed and in-progress changes by default', () => {
    expect([...selectedIds(changes, DEFAULT_SELECTION)]).toEqual(['a', 'c']);
  });

  it('adds proposed ones when asked, never dropped ones', () => {
    const s = { includeProposed: true, toggles: { d: true } };
    expect([...selectedIds(changes, s)]).toEqual(['a', 'b', 'c']);
  });

  it('toggles a change on and off, forgetting a toggle back to its default', () => {
    let s = toggleChange(DEFAULT_SELECTION, changes[0], false);
    expect(s.toggles).toEqual({ a: false });
    expect([...selectedIds(changes, s)]).toEqual(['c']);
    s = toggleChange(s, changes[4], true);
    expect([...selectedIds(changes, s)]).toEqual(['c', 'e']);
    s = toggleChange(s, changes[0], true);
    expect(s.toggles).toEqual({ e: true });
  });

  it('says the selection as the API query', () => {
    expect(selectionQuery({ includeProposed: true, toggles: { a: false, e: true } })).toEqual({
      includeProposed: true,
      include: ['e'],
      exclude: ['a'],
    });
  });
});

describe('latestAuditOf', () => {
  const item = (id: string, status: 'draft' | 'submitted', periodEnd: string) => ({
    ...anAudit({ id, status, periodEnd, periodStart: '2020-01-01' }),
  });
  it('takes the latest submitted audit, by period', () => {
    const list = [
      item('old', 'submitted', '2024-06-30'),
      item('new', 'submitted', '2025-06-30'),
      item('draft', 'draft', '2026-06-30'),
    ];
    expect(latestAuditOf(list)?.id).toBe('new');
  });
  it('falls back to the draft, or nothing', () => {
    expect(latestAuditOf([item('d', 'draft', '2026-06-30')])?.id).toBe('d');
    expect(latestAuditOf([])).toBeNull();
  });
});

describe('auditInputs', () => {
  it('reads the leadership perspective only', () => {
    const a = auditInputs(audit).find((p) => p.id === 'p-a');
    expect(a?.ratings).toEqual({ 'relationships-first': -2, continuity: -1 });
  });
});

describe('projectPlan', () => {
  const changes = [
    aChange({ id: 'up', targetRatings: { 'relationships-first': 2, continuity: 2 } }),
    aChange({ id: 'retire', kind: 'retire', protocolId: 'p-c', status: 'proposed', title: 'Z' }),
    aChange({ id: 'missing', protocolId: 'nope', title: 'Missing' }),
  ];

  it('states the projection in the API’s shape: its audit and each change’s line', () => {
    const p = projectPlan(base, changes, DEFAULT_SELECTION);
    expect(p.audit).toEqual({
      id: audit.id,
      label: audit.label,
      status: 'submitted',
      periodEnd: audit.periodEnd,
      submittedAt: audit.submittedAt,
      frameworkVersion: audit.frameworkVersion,
    });
    const retire = p.changes.find((c) => c.changeId === 'retire');
    expect(Object.keys(retire ?? {}).sort()).toEqual(
      [
        'changeId',
        'title',
        'kind',
        'status',
        'protocolId',
        'protocolName',
        'selected',
        'skippedReason',
        'contribution',
        'scoreBefore',
        'scoreAfter',
        'classBefore',
        'classAfter',
        'mismatchBefore',
        'mismatchAfter',
      ].sort(),
    );
    expect(retire).toMatchObject({
      kind: 'retire',
      status: 'proposed',
      protocolId: 'p-c',
      title: 'Z',
    });
  });

  it('projects the selected changes and each one’s own contribution', () => {
    const p = projectPlan(base, changes, DEFAULT_SELECTION);
    expect(p.selectedIds).toEqual(['up', 'missing']);
    expect(p.indexDelta).toBeGreaterThan(0);
    const up = p.changes.find((c) => c.changeId === 'up');
    expect(up?.contribution).toBeCloseTo(p.indexDelta ?? NaN);
    expect(up?.scoreAfter).toBeGreaterThan(up?.scoreBefore ?? 0);
    const retire = p.changes.find((c) => c.changeId === 'retire');
    expect(retire?.selected).toBe(false);
    expect(p.changes.find((c) => c.changeId === 'missing')?.skippedReason).toBeTruthy();
    expect(p.changes[0].changeId).toBe('up');
  });

  it('includes proposed changes when asked: a retirement lowers the protocol load', () => {
    const p = projectPlan(base, changes, { includeProposed: true, toggles: {} });
    expect(p.protocolLoadDelta).toBe(-1);
    expect(p.after?.protocolLoad).toBe((p.before?.protocolLoad ?? 0) - 1);
  });

  it('finds no difference with itself, and names the figures that differ', () => {
    const p = projectPlan(base, changes, DEFAULT_SELECTION);
    expect(projectionDifferences(p, p)).toEqual([]);
    const other = { ...p, indexDelta: (p.indexDelta ?? 0) + 1, protocolLoadDelta: 3 };
    expect(projectionDifferences(p, other)).toEqual(['indexDelta', 'protocolLoadDelta']);
  });
});
