import { aChange, aProjection } from '../../plans/testing/plan-builders';
import { aTrendPoint, someAudits } from '../testing/dashboard-builders';
import {
  planTrendProjection,
  planTrendSeries,
  planTrendSummary,
  planTrendTable,
  projectedTick,
  projectionSentence,
  PROJECTED_SERIES,
} from './plan-trend';

const [h2023, h12024] = someAudits(2);
const trend = [aTrendPoint({ ...h2023, index: 24.08 }), aTrendPoint({ ...h12024, index: 39.92 })];
const changes = [
  aChange({ id: 'c-1', dueDate: '2026-09-30' }),
  aChange({ id: 'c-2', dueDate: '2026-12-31' }),
  aChange({ id: 'c-3', dueDate: '2027-06-30', status: 'proposed' }),
  aChange({ id: 'c-4', dueDate: null }),
];

describe('the plan on the index over time', () => {
  it('projects to the latest due date among the selected changes', () => {
    const p = planTrendProjection(
      trend,
      aProjection({ selectedIds: ['c-1', 'c-2', 'c-4'], afterIndex: 45.24 }),
      changes,
    );
    expect(p).toEqual({
      auditId: 'audit-2',
      changes: 3,
      dueDate: '2026-12-31',
      index: 45.24,
      delta: expect.closeTo(5.32, 6),
      coverage: 1,
    });
  });

  it('draws nothing without a due date, a selected change, an index, or on another audit', () => {
    expect(planTrendProjection(trend, aProjection({ selectedIds: ['c-4'] }), changes)).toBeNull();
    expect(planTrendProjection(trend, aProjection({ selectedIds: [] }), changes)).toBeNull();
    expect(planTrendProjection(trend, null, changes)).toBeNull();
    expect(
      planTrendProjection(trend, aProjection({ audit: null, before: null, after: null }), changes),
    ).toBeNull();
    const draft = aProjection();
    expect(
      planTrendProjection(
        trend,
        { ...draft, audit: draft.audit && { ...draft.audit, status: 'draft' } },
        changes,
      ),
    ).toBeNull();
    expect(planTrendProjection(trend.slice(0, 1), aProjection(), changes)).toBeNull();
    expect(planTrendProjection([], aProjection(), changes)).toBeNull();
  });

  it('adds a second series from the latest audit to the projected index', () => {
    const p = planTrendProjection(trend, aProjection({ selectedIds: ['c-2'] }), changes);
    expect(projectedTick({ dueDate: '2026-12-31' })).toBe('Dec 2026 (plan)');
    expect(planTrendSeries(trend, p)).toEqual([
      {
        name: 'Index',
        series: [
          { name: 'H2 2023', value: 24.1 },
          { name: 'H1 2024', value: 39.9 },
        ],
      },
      {
        name: PROJECTED_SERIES,
        series: [
          { name: 'H1 2024', value: 39.9 },
          { name: 'Dec 2026 (plan)', value: 45.2 },
        ],
      },
    ]);
    expect(planTrendSeries(trend, null)).toHaveLength(1);
  });

  it('says in a sentence what the index would be if the changes land', () => {
    const p = planTrendProjection(trend, aProjection({ selectedIds: ['c-1', 'c-2'] }), changes);
    expect(p && projectionSentence(p)).toBe(
      'If the 2 agreed and in-progress changes land by 31 December 2026, the index would be 45.2 (+5.3).',
    );
    const one = planTrendProjection(
      trend,
      aProjection({ selectedIds: ['c-1'], afterIndex: 30.02 }),
      changes,
    );
    expect(one && projectionSentence(one)).toBe(
      'If the 1 agreed or in-progress change lands by 30 September 2026, the index would be 30.0 (−9.9).',
    );
    expect(planTrendSummary(trend, p)).toBe(
      'The index rose from 24.1 in H2 2023 to 39.9 in H1 2024. If the 2 agreed and in-progress changes land by 31 December 2026, the index would be 45.2 (+5.3).',
    );
    expect(planTrendSummary(trend, null)).toBe(
      'The index rose from 24.1 in H2 2023 to 39.9 in H1 2024.',
    );
  });

  it('lists the projected point in the table, marked projected', () => {
    const p = planTrendProjection(trend, aProjection({ selectedIds: ['c-2'] }), changes);
    const table = planTrendTable(trend, p);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Audit',
      'Period ends',
      'Index',
      'Coverage (%)',
      'Provisional',
      'Projected',
    ]);
    expect(table.rows.map((r) => r['projected'])).toEqual(['No', 'No', 'Yes, if the plan lands']);
    expect(table.rows[2]).toMatchObject({
      audit: 'Dec 2026 (plan)',
      periodEnd: '2026-12-31',
      index: 45.2,
      coverage: 100,
    });
    expect(planTrendTable(trend, null).columns).toHaveLength(5);
  });
});
