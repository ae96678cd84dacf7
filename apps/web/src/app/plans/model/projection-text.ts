import type { PlanFigures, PlanProjection } from '@rcp/api-contract';
import { PROTOCOL_CLASS_LABELS } from '@rcp/vocabulary';
import { formatIndex } from '../../shared/format/index-format';
import { formatCountDelta, formatDelta } from './plan-list';

/** The projection in one or two sentences: the panel's text summary. */
export function projectionSummary(p: PlanProjection): string {
  if (!p.audit || !p.before || !p.after) {
    return 'The council has no audit yet, so the plan cannot be projected: the projection starts with the first audit.';
  }
  const n = p.selectedIds.length;
  if (n === 0) {
    return `No change is selected: the council index stays at ${formatIndex(p.before.index)} (${p.audit.label}). Tick changes to see their effect.`;
  }
  const changes = n === 1 ? '1 selected change lands' : `${n} selected changes land`;
  const delta = p.indexDelta === null ? '' : ` (${formatDelta(p.indexDelta)} points)`;
  const mismatches =
    p.mismatchDelta === 0
      ? 'the number of mismatches stays the same'
      : `mismatches go from ${p.before.mismatchCount} to ${p.after.mismatchCount}`;
  return (
    `If the ${changes}, the council index would move from ${formatIndex(p.before.index)} to ` +
    `${formatIndex(p.after.index)}${delta}; ${mismatches}, and the protocol load goes from ` +
    `${p.before.protocolLoad} to ${p.after.protocolLoad}.`
  );
}

export interface FigureRow {
  readonly label: string;
  readonly now: string;
  readonly projected: string;
  readonly change: string;
}

const pct = (v: number) => `${Math.round(v * 100)}%`;

/** The panel's table: each figure now and projected. */
export function figureRows(p: PlanProjection): FigureRow[] {
  const b: PlanFigures | null = p.before;
  const a: PlanFigures | null = p.after;
  if (!b || !a) return [];
  const count = (label: string, x: number, y: number): FigureRow => ({
    label,
    now: String(x),
    projected: String(y),
    change: formatCountDelta(y - x),
  });
  const rows: FigureRow[] = [
    {
      label: 'Council index',
      now: formatIndex(b.index),
      projected: formatIndex(a.index),
      change: formatDelta(p.indexDelta),
    },
    {
      label: 'Coverage',
      now: pct(b.coverage),
      projected: pct(a.coverage),
      change: `${formatDelta((a.coverage - b.coverage) * 100)} pts`,
    },
    count('Protocol load', b.protocolLoad, a.protocolLoad),
    count('Mismatches', b.mismatchCount, a.mismatchCount),
  ];
  for (const k of ['enabling', 'mixed', 'neutral', 'inhibiting', 'unscored'] as const) {
    rows.push({
      label: `${PROTOCOL_CLASS_LABELS[k]} share`,
      now: `${pct(b.classShares[k].share)} (${b.classShares[k].count})`,
      projected: `${pct(a.classShares[k].share)} (${a.classShares[k].count})`,
      change: formatCountDelta(a.classShares[k].count - b.classShares[k].count),
    });
  }
  return rows;
}
