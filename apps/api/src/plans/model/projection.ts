import type {
  FrameworkScoring,
  NewProtocolFields,
  PlanChangeKind,
  PlanChangeStatus,
  PlanFigures,
  TargetRatings,
} from '@rcp/api-contract';
import {
  AuditSummary,
  headlineFigures,
  ProtocolInput,
  ProtocolRatings,
  WhatIfChange,
} from '@rcp/scoring';

/** What the projection needs of a planned change. */
export interface ChangeToProject {
  id: string;
  kind: PlanChangeKind;
  status: PlanChangeStatus;
  protocolId: string | null;
  newProtocol: NewProtocolFields | null;
  targetRatings: TargetRatings;
}

export interface Selection {
  includeProposed: boolean;
  include: readonly string[];
  exclude: readonly string[];
}

/**
 * The changes projected together: agreed and in-progress ones; proposed ones too with
 * `includeProposed`; then `include` adds and `exclude` removes individual changes (exclude wins).
 * Dropped changes are never projected.
 */
export function selectedIds(
  changes: readonly ChangeToProject[],
  selection: Selection,
): Set<string> {
  const include = new Set(selection.include);
  const exclude = new Set(selection.exclude);
  const ids = new Set<string>();
  for (const c of changes) {
    if (c.status === 'dropped' || exclude.has(c.id)) continue;
    const byDefault =
      c.status === 'agreed' ||
      c.status === 'in-progress' ||
      (selection.includeProposed && c.status === 'proposed');
    if (byDefault || include.has(c.id)) ids.add(c.id);
  }
  return ids;
}

/** The id an introduced protocol takes in a projection. */
export function introducedId(changeId: string): string {
  return `planned:${changeId}`;
}

/** Targets restricted to the principles of `scoring` that apply to `need` (others cannot be scored). */
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

/**
 * The scoring library's what-if change for a planned change on an audit's protocols, or the
 * reason it cannot take part (its protocol is not in the audit).
 */
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
          id: introducedId(change.id),
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

/** The headline figures (one definition, @rcp/scoring) plus the organisational class shares. */
export function planFigures(summary: AuditSummary): PlanFigures {
  const shares = summary.classShares;
  const share = (k: keyof typeof shares) => ({ count: shares[k].count, share: shares[k].share });
  return {
    ...headlineFigures(summary),
    classCounts: { ...headlineFigures(summary).classCounts },
    classShares: {
      enabling: share('enabling'),
      mixed: share('mixed'),
      neutral: share('neutral'),
      inhibiting: share('inhibiting'),
      unscored: share('unscored'),
    },
  };
}
