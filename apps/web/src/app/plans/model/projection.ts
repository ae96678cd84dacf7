import type {
  Audit,
  AuditListItem,
  FrameworkScoring,
  PlanChange,
  PlanProjection,
  PlanProjectionChange,
} from '@rcp/api-contract';
import type { RatingValue } from '@rcp/vocabulary';
import {
  type PlannedChangeProjection,
  projectPlanChanges,
  type ProtocolInput,
  selectedByDefault,
} from '@rcp/scoring';

/**
 * The plan's projection, worked out in the browser so toggling a change answers at once. Its
 * rules (selection, what-if changes, figures, contributions) live once in `@rcp/scoring`
 * (`plan-projection.ts`), shared with the API's `plan/projection`; here the person's toggles become
 * the library's selection and its result the contract's `PlanProjection`, checked against the API's.
 */

/** Which changes are projected: the default (agreed, in progress; proposed when asked), then toggles. */
export interface PlanSelection {
  readonly includeProposed: boolean;
  /** Change id → on (include) or off (exclude), where the person toggled it. */
  readonly toggles: Readonly<Record<string, boolean>>;
}

export const DEFAULT_SELECTION: PlanSelection = { includeProposed: false, toggles: {} };

type Selectable = Pick<PlanChange, 'id' | 'status'>;

/** Toggles one change on or off; a toggle back to its default is forgotten. */
export function toggleChange(
  selection: PlanSelection,
  change: Selectable,
  on: boolean,
): PlanSelection {
  const toggles = { ...selection.toggles };
  if (on === selectedByDefault(change, selection.includeProposed)) delete toggles[change.id];
  else toggles[change.id] = on;
  return { ...selection, toggles };
}

/** The `plan/projection` query for a selection. */
export function selectionQuery(selection: PlanSelection): {
  includeProposed: boolean;
  include: string[];
  exclude: string[];
} {
  const entries = Object.entries(selection.toggles);
  return {
    includeProposed: selection.includeProposed,
    include: entries.filter(([, on]) => on).map(([id]) => id),
    exclude: entries.filter(([, on]) => !on).map(([id]) => id),
  };
}

/** The audit a plan projects on: the latest submitted (listed newest first), else the draft. */
export function latestAuditOf(audits: readonly AuditListItem[]): AuditListItem | null {
  const newest = [...audits].sort((a, b) =>
    a.periodEnd !== b.periodEnd
      ? b.periodEnd.localeCompare(a.periodEnd)
      : b.periodStart.localeCompare(a.periodStart),
  );
  return (
    newest.find((a) => a.status === 'submitted') ?? newest.find((a) => a.status === 'draft') ?? null
  );
}

/** The scoring lib's inputs of an audit's leadership perspective (the council's own assessment). */
export function auditInputs(audit: Pick<Audit, 'protocols' | 'ratings'>): ProtocolInput[] {
  const byProtocol = new Map<string, Record<string, RatingValue>>();
  for (const r of audit.ratings) {
    if (r.perspective !== 'leadership') continue;
    let cells = byProtocol.get(r.protocolId);
    if (!cells) byProtocol.set(r.protocolId, (cells = {}));
    cells[r.principleKey] = r.value;
  }
  return audit.protocols.map((p) => ({
    id: p.id,
    category: p.category,
    serviceArea: p.serviceArea,
    scope: p.scope,
    contextNeed: p.contextNeed,
    reach: p.reach,
    ratings: byProtocol.get(p.id) ?? {},
  }));
}

/** What the projection needs of the audit: its scoring, inputs and names. */
export interface ProjectionBase {
  readonly audit: Pick<
    Audit,
    'id' | 'label' | 'status' | 'periodEnd' | 'submittedAt' | 'frameworkVersion'
  >;
  readonly scoring: FrameworkScoring;
  readonly inputs: readonly ProtocolInput[];
}

/**
 * The projection of `selection` on the audit, in the API's shape (`PlanProjection`): the same
 * changes listed (open ones and any selected), the same order, the same figures.
 */
export function projectPlan(
  base: ProjectionBase,
  changes: readonly PlanChange[],
  selection: PlanSelection,
): PlanProjection {
  const p = projectPlanChanges(base.scoring, base.inputs, changes, selectionQuery(selection));
  const a = base.audit;
  return {
    audit: {
      id: a.id,
      label: a.label,
      status: a.status === 'submitted' ? 'submitted' : 'draft',
      periodEnd: a.periodEnd,
      submittedAt: a.submittedAt,
      frameworkVersion: a.frameworkVersion,
    },
    before: p.before,
    after: p.after,
    indexDelta: p.indexDelta,
    widerIndexDelta: p.widerIndexDelta,
    protocolLoadDelta: p.protocolLoadDelta,
    mismatchDelta: p.mismatchDelta,
    selectedIds: p.selectedIds,
    changes: p.changes.map(projectionLine),
  };
}

/** The contract's line for a change the library projected. */
function projectionLine(l: PlannedChangeProjection<PlanChange>): PlanProjectionChange {
  const c = l.change;
  return {
    changeId: c.id,
    title: c.title,
    kind: c.kind,
    status: c.status,
    protocolId: c.protocolId,
    protocolName: c.protocol?.name ?? c.newProtocol?.name ?? '',
    selected: l.selected,
    skippedReason: l.skippedReason,
    contribution: l.contribution,
    scoreBefore: l.scoreBefore,
    scoreAfter: l.scoreAfter,
    classBefore: l.classBefore,
    classAfter: l.classAfter,
    mismatchBefore: l.mismatchBefore,
    mismatchAfter: l.mismatchAfter,
  };
}

const EPSILON = 1e-9;
function same(a: number | null, b: number | null): boolean {
  return a === null || b === null ? a === b : Math.abs(a - b) < EPSILON;
}

/**
 * Where the browser's projection and the API's differ (empty when they agree): the figures before
 * and after, the deltas, the selection and every change's contribution.
 */
export function projectionDifferences(mine: PlanProjection, server: PlanProjection): string[] {
  const out: string[] = [];
  const figures = ['index', 'coverage', 'protocolLoad', 'mismatchCount', 'widerIndex'] as const;
  for (const side of ['before', 'after'] as const) {
    for (const f of figures) {
      if (!same(mine[side]?.[f] ?? null, server[side]?.[f] ?? null)) out.push(`${side}.${f}`);
    }
  }
  if (!same(mine.indexDelta, server.indexDelta)) out.push('indexDelta');
  if (mine.protocolLoadDelta !== server.protocolLoadDelta) out.push('protocolLoadDelta');
  if (mine.mismatchDelta !== server.mismatchDelta) out.push('mismatchDelta');
  if ([...mine.selectedIds].sort().join() !== [...server.selectedIds].sort().join())
    out.push('selectedIds');
  const theirs = new Map(server.changes.map((c) => [c.changeId, c]));
  for (const c of mine.changes) {
    const s = theirs.get(c.changeId);
    if (!s) out.push(`changes.${c.changeId}`);
    else if (!same(c.contribution, s.contribution) || c.selected !== s.selected)
      out.push(`changes.${c.changeId}`);
  }
  if (mine.changes.length !== server.changes.length) out.push('changes.length');
  return out;
}
