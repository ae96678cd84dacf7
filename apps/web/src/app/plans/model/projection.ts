import type {
  Audit,
  AuditListItem,
  FrameworkScoring,
  PlanChange,
  PlanFigures,
  PlanProjection,
  PlanProjectionChange,
  TargetRatings,
} from '@rcp/api-contract';
import type { RatingValue } from '@rcp/vocabulary';
import {
  type AuditSummary,
  headlineFigures,
  projectWhatIf,
  type ProtocolInput,
  type ProtocolRatings,
  type WhatIfChange,
} from '@rcp/scoring';

/**
 * The plan's projection, worked out in the browser with the shared scoring lib exactly as the API
 * works it out (`plan/projection`), so toggling a change answers at once and the two can be
 * checked against each other.
 */

/** Which changes are projected: the default (agreed, in progress; proposed when asked), then toggles. */
export interface PlanSelection {
  readonly includeProposed: boolean;
  /** Change id → on (include) or off (exclude), where the person toggled it. */
  readonly toggles: Readonly<Record<string, boolean>>;
}

export const DEFAULT_SELECTION: PlanSelection = { includeProposed: false, toggles: {} };

type Selectable = Pick<PlanChange, 'id' | 'status'>;

/** Whether a change is projected by default (before any toggle). Dropped ones never are. */
export function selectedByDefault(change: Selectable, includeProposed: boolean): boolean {
  return (
    change.status === 'agreed' ||
    change.status === 'in-progress' ||
    (includeProposed && change.status === 'proposed')
  );
}

/** The ids of the changes projected together (the API's rule: exclude wins, dropped never). */
export function selectedIds(changes: readonly Selectable[], selection: PlanSelection): Set<string> {
  const ids = new Set<string>();
  for (const c of changes) {
    if (c.status === 'dropped') continue;
    const toggle = selection.toggles[c.id];
    if (toggle === false) continue;
    if (toggle === true || selectedByDefault(c, selection.includeProposed)) ids.add(c.id);
  }
  return ids;
}

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

function applicableTargets(
  scoring: FrameworkScoring,
  need: ProtocolInput['contextNeed'],
  targets: TargetRatings,
): ProtocolRatings {
  const ratings: Record<string, TargetRatings[string]> = {};
  for (const p of scoring.principles) {
    if (p.contexts.includes(need) && targets[p.key] !== undefined) ratings[p.key] = targets[p.key];
  }
  return ratings;
}

type ChangeToProject = Pick<
  PlanChange,
  'id' | 'kind' | 'protocolId' | 'newProtocol' | 'targetRatings'
>;

/** The scoring lib's what-if change for a planned change, or why it cannot take part. */
export function toWhatIf(
  scoring: FrameworkScoring,
  change: ChangeToProject,
  inputs: ReadonlyMap<string, ProtocolInput>,
): { change: WhatIfChange } | { skipped: string } {
  if (change.kind === 'introduce') {
    const p = change.newProtocol;
    if (!p) return { skipped: 'The change has no protocol to introduce.' };
    return {
      change: {
        kind: 'introduce',
        protocol: {
          id: `planned:${change.id}`,
          category: p.category,
          serviceArea: p.serviceArea,
          scope: p.scope,
          contextNeed: p.contextNeed,
          reach: p.reach,
          ratings: applicableTargets(scoring, p.contextNeed, change.targetRatings),
        },
      },
    };
  }
  const input = change.protocolId ? inputs.get(change.protocolId) : undefined;
  if (!input || !change.protocolId) return { skipped: 'The protocol is not in the audit.' };
  if (change.kind === 'retire')
    return { change: { kind: 'retire', protocolId: change.protocolId } };
  return {
    change: {
      kind: change.kind,
      protocolId: change.protocolId,
      ratings: applicableTargets(scoring, input.contextNeed, change.targetRatings),
    },
  };
}

/** Headline figures plus class shares, as the API states them. */
export function planFigures(summary: AuditSummary): PlanFigures {
  const s = summary.classShares;
  const share = (k: keyof typeof s) => ({ count: s[k].count, share: s[k].share });
  const h = headlineFigures(summary);
  return {
    ...h,
    classCounts: { ...h.classCounts },
    classShares: {
      enabling: share('enabling'),
      mixed: share('mixed'),
      neutral: share('neutral'),
      inhibiting: share('inhibiting'),
      unscored: share('unscored'),
    },
  };
}

const OPEN = new Set(['proposed', 'agreed', 'in-progress']);

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
  const selection_ = selectedIds(changes, selection);
  const listed = changes.filter((c) => OPEN.has(c.status) || selection_.has(c.id));
  const byId = new Map(base.inputs.map((p) => [p.id, p]));
  const projected: WhatIfChange[] = [];
  const lines: PlanProjectionChange[] = listed.map((c) => {
    const w = toWhatIf(base.scoring, c, byId);
    const selected = selection_.has(c.id) && 'change' in w;
    if ('change' in w && selected) projected.push(w.change);
    const line: PlanProjectionChange = {
      changeId: c.id,
      title: c.title,
      kind: c.kind,
      status: c.status,
      protocolId: c.protocolId,
      protocolName: c.protocol?.name ?? c.newProtocol?.name ?? '',
      selected,
      skippedReason: null,
      contribution: null,
      scoreBefore: null,
      scoreAfter: null,
      classBefore: null,
      classAfter: null,
      mismatchBefore: false,
      mismatchAfter: false,
    };
    if ('skipped' in w) return { ...line, skippedReason: w.skipped };
    const alone = projectWhatIf(base.scoring, base.inputs, [w.change]);
    const one = alone.changes[0];
    return {
      ...line,
      contribution: alone.indexDelta,
      scoreBefore: one.before?.score ?? null,
      scoreAfter: one.after?.score ?? null,
      classBefore: one.before?.class ?? null,
      classAfter: one.after?.class ?? null,
      mismatchBefore: one.before?.mismatch ?? false,
      mismatchAfter: one.after?.mismatch ?? false,
    };
  });
  const result = projectWhatIf(base.scoring, base.inputs, projected);
  lines.sort(
    (a, b) =>
      (b.contribution ?? -Infinity) - (a.contribution ?? -Infinity) ||
      a.title.localeCompare(b.title),
  );
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
    before: planFigures(result.before),
    after: planFigures(result.after),
    indexDelta: result.indexDelta,
    widerIndexDelta: result.widerIndexDelta,
    protocolLoadDelta: result.protocolLoadDelta,
    mismatchDelta: result.after.mismatchCount - result.before.mismatchCount,
    selectedIds: listed.filter((c) => selection_.has(c.id)).map((c) => c.id),
    changes: lines,
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
