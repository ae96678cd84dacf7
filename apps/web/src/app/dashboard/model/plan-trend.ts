import type { PlanChange, PlanProjection, TrendPoint } from '@rcp/api-contract';
import { roundScore } from '@rcp/scoring';
import { ChartTable } from '../../shared/charts/chart-table';
import { formatUtcMonth } from '../../shared/format/count-format';
import { formatIndex } from '../../shared/format/index-format';
import { formatDay, formatSigned } from './dashboard-text';
import { LineSeries, trendSeries, trendSummary, trendTable, trendTick } from './trend';

/**
 * The change plan on the dashboard's index over time: the latest audit's index projected with the
 * plan's agreed and in-progress changes (`plan/projection`, default selection), drawn as a dashed
 * continuation from the latest audit to the latest due date among those changes (docs/scoring.md
 * §18).
 */
export interface PlanTrendProjection {
  /** The audit projected on: the latest submitted one, the trend's last point. */
  auditId: string;
  /** How many changes are projected together. */
  changes: number;
  /** The latest due date among them (YYYY-MM-DD). */
  dueDate: string;
  /** The council index if they land. */
  index: number;
  /** Its change from the latest audit's index. */
  delta: number;
  /** The coverage after the changes, 0…1. */
  coverage: number;
}

/** The name of the projected series, in the key and the table. */
export const PROJECTED_SERIES = 'Projected if the plan lands';

/**
 * What the chart draws of a projection, or null when it draws none: no audit or no index to
 * project, an audit other than the trend's latest, no change selected, or no due date among the
 * selected changes.
 */
export function planTrendProjection(
  trend: readonly TrendPoint[],
  projection: PlanProjection | null,
  changes: readonly Pick<PlanChange, 'id' | 'dueDate'>[],
): PlanTrendProjection | null {
  const latest = trend.at(-1);
  if (!projection?.audit || !projection.after || !latest || latest.index === null) return null;
  if (projection.audit.id !== latest.id || projection.audit.status !== 'submitted') return null;
  if (projection.after.index === null || projection.selectedIds.length === 0) return null;
  const selected = new Set(projection.selectedIds);
  const dueDates = changes
    .filter((c) => selected.has(c.id) && c.dueDate)
    .map((c) => c.dueDate as string)
    .sort();
  const dueDate = dueDates.at(-1);
  if (!dueDate) return null;
  return {
    auditId: latest.id,
    changes: projection.selectedIds.length,
    dueDate,
    index: projection.after.index,
    delta: projection.indexDelta ?? projection.after.index - latest.index,
    coverage: projection.after.coverage,
  };
}

/** "Dec 2026 (plan)": the projected point on the chart's axis. */
export function projectedTick(p: Pick<PlanTrendProjection, 'dueDate'>): string {
  const d = new Date(`${p.dueDate.slice(0, 10)}T12:00:00Z`);
  return `${formatUtcMonth(d)} (plan)`;
}

/**
 * The index line and, with a projection, a second series from the latest audit's point to the
 * projected index at the latest due date.
 */
export function planTrendSeries(
  trend: readonly TrendPoint[],
  projection: PlanTrendProjection | null,
): LineSeries[] {
  const series = trendSeries(trend);
  const latest = trend.at(-1);
  if (!projection || !series.length || !latest || latest.index === null) return series;
  return [
    ...series,
    {
      name: PROJECTED_SERIES,
      series: [
        { name: trendTick(latest), value: roundScore(latest.index) ?? 0 },
        { name: projectedTick(projection), value: roundScore(projection.index) ?? 0 },
      ],
    },
  ];
}

/**
 * "If the 2 agreed and in-progress changes land by 31 December 2026, the index would be 45.2
 * (+5.3)."
 */
export function projectionSentence(p: PlanTrendProjection): string {
  const changes =
    p.changes === 1
      ? 'the 1 agreed or in-progress change lands'
      : `the ${p.changes} agreed and in-progress changes land`;
  return `If ${changes} by ${formatDay(p.dueDate)}, the index would be ${formatIndex(p.index)} (${formatSigned(p.delta)}).`;
}

/** The trend's sentence, followed by the projection's when there is one. */
export function planTrendSummary(
  trend: readonly TrendPoint[],
  projection: PlanTrendProjection | null,
  subject = 'the index',
): string {
  const summary = trendSummary(trend, subject);
  return projection ? `${summary} ${projectionSentence(projection)}` : summary;
}

/**
 * The trend's table; with a projection, a "Projected" column and the projected row last (its
 * "period ends" is the plan's latest due date).
 */
export function planTrendTable(
  trend: readonly TrendPoint[],
  projection: PlanTrendProjection | null,
): ChartTable {
  const table = trendTable(trend);
  if (!projection) return table;
  return {
    columns: [...table.columns, { key: 'projected', label: 'Projected' }],
    rows: [
      ...table.rows.map((row) => ({ ...row, projected: 'No' })),
      {
        audit: projectedTick(projection),
        periodEnd: projection.dueDate,
        index: roundScore(projection.index),
        coverage: roundScore(projection.coverage * 100),
        provisional: null,
        projected: 'Yes, if the plan lands',
      },
    ],
  };
}
