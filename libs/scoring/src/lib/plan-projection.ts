import type {
  ContextNeed,
  PlanChangeKind,
  PlanChangeStatus,
  ProtocolClass,
  ProtocolScope,
  Reach,
} from '@rcp/vocabulary';
import { OPEN_PLAN_CHANGE_STATUSES } from '@rcp/vocabulary';
import { headlineFigures, type HeadlineFigures } from './headline';
import type {
  AuditSummary,
  ClassCount,
  ProtocolInput,
  ProtocolRatings,
  ScoringConfig,
  WhatIfChange,
} from './types';
import { projectWhatIf } from './what-if';

/**
 * Change plans projected on an audit: which planned changes are projected together, the what-if
 * change each one stands for, and the figures before and after. One definition for the API
 * (`plan/projection`) and the web app (the projection worked out in the browser), so the two
 * always agree.
 */

/** The protocol a change would introduce, as far as scoring is concerned. */
export interface PlanNewProtocolInput {
  readonly category: string;
  readonly serviceArea: string;
  readonly scope: ProtocolScope;
  readonly contextNeed: ContextNeed;
  readonly reach: Reach;
}

/** What the projection needs of a planned change. */
export interface PlanChangeInput {
  readonly id: string;
  readonly kind: PlanChangeKind;
  readonly status: PlanChangeStatus;
  /** The protocol changed (null for an introduction). */
  readonly protocolId: string | null;
  /** The protocol introduced (kind `introduce`), else null. */
  readonly newProtocol: PlanNewProtocolInput | null;
  /** Target ratings by principle key; null for not applicable. */
  readonly targetRatings: ProtocolRatings;
}

/**
 * Which changes are projected together: agreed and in-progress ones; proposed ones too with
 * `includeProposed`; then `include` adds and `exclude` removes individual changes (exclude wins).
 */
export interface PlanSelectionInput {
  readonly includeProposed: boolean;
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

/** Whether a change is projected by default (before include/exclude). Dropped ones never are. */
export function selectedByDefault(
  change: Pick<PlanChangeInput, 'status'>,
  includeProposed: boolean,
): boolean {
  return (
    change.status === 'agreed' ||
    change.status === 'in-progress' ||
    (includeProposed && change.status === 'proposed')
  );
}

/**
 * The ids of the changes projected together, in the order of `changes` (see
 * {@link PlanSelectionInput}). Dropped changes are never projected.
 */
export function selectedIds(
  changes: readonly Pick<PlanChangeInput, 'id' | 'status'>[],
  selection: PlanSelectionInput,
): Set<string> {
  const include = new Set(selection.include);
  const exclude = new Set(selection.exclude);
  const ids = new Set<string>();
  for (const c of changes) {
    if (c.status === 'dropped' || exclude.has(c.id)) continue;
    if (selectedByDefault(c, selection.includeProposed) || include.has(c.id)) ids.add(c.id);
  }
  return ids;
}

/** Whether a change is open (proposed, agreed or in progress). */
export function isOpenChange(change: Pick<PlanChangeInput, 'status'>): boolean {
  return OPEN_PLAN_CHANGE_STATUSES.includes(change.status);
}

/** The changes a projection lists: the open ones and any selected, in the order given. */
export function listedChanges<C extends Pick<PlanChangeInput, 'id' | 'status'>>(
  changes: readonly C[],
  selected: ReadonlySet<string>,
): C[] {
  return changes.filter((c) => isOpenChange(c) || selected.has(c.id));
}

/** The id an introduced protocol takes in a projection. */
export function introducedId(changeId: string): string {
  return `planned:${changeId}`;
}

/** Targets restricted to the principles that apply to `need` (others cannot be scored). */
function applicableTargets(
  scoring: Pick<ScoringConfig, 'principles'>,
  need: ContextNeed,
  targets: ProtocolRatings,
): ProtocolRatings {
  const ratings: Record<string, ProtocolRatings[string]> = {};
  for (const p of scoring.principles) {
    if (p.contexts.includes(need) && targets[p.key] !== undefined) ratings[p.key] = targets[p.key];
  }
  return ratings;
}

/** A planned change as the what-if change it stands for, or why it cannot take part. */
export type PlanWhatIf = { readonly change: WhatIfChange } | { readonly skipped: string };

/**
 * The what-if change for a planned change on an audit's protocols (`inputs` by id), or the reason
 * it cannot take part (its protocol is not in the audit). Targets on principles that do not apply
 * to the protocol's context need are left out; an introduced protocol takes {@link introducedId}.
 */
export function toWhatIf(
  scoring: Pick<ScoringConfig, 'principles'>,
  change: Pick<PlanChangeInput, 'id' | 'kind' | 'protocolId' | 'newProtocol' | 'targetRatings'>,
  inputs: ReadonlyMap<string, ProtocolInput>,
): PlanWhatIf {
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

/** A plan's figures: the headline figures plus the organisational class shares. */
export interface PlanFiguresResult extends HeadlineFigures {
  readonly classShares: Readonly<Record<ProtocolClass | 'unscored', ClassCount>>;
}

/** The headline figures (one definition, {@link headlineFigures}) plus the class shares. */
export function planFigures(summary: AuditSummary): PlanFiguresResult {
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

/** A change's own effect: projecting it alone on the audit. */
export interface ChangeContribution {
  /** Index delta of projecting this change alone (null when not computable). */
  readonly contribution: number | null;
  readonly scoreBefore: number | null;
  readonly scoreAfter: number | null;
  readonly classBefore: ProtocolClass | null;
  readonly classAfter: ProtocolClass | null;
  readonly mismatchBefore: boolean;
  readonly mismatchAfter: boolean;
}

/** The effect of one what-if change projected alone on the audit's protocols. */
export function changeContribution(
  scoring: ScoringConfig,
  inputs: readonly ProtocolInput[],
  change: WhatIfChange,
): ChangeContribution {
  const alone = projectWhatIf(scoring, inputs, [change]);
  const one = alone.changes[0];
  return {
    contribution: alone.indexDelta,
    scoreBefore: one.before?.score ?? null,
    scoreAfter: one.after?.score ?? null,
    classBefore: one.before?.class ?? null,
    classAfter: one.after?.class ?? null,
    mismatchBefore: one.before?.mismatch ?? false,
    mismatchAfter: one.after?.mismatch ?? false,
  };
}

/** No contribution: a change that takes no part in the projection. */
export const NO_CONTRIBUTION: ChangeContribution = {
  contribution: null,
  scoreBefore: null,
  scoreAfter: null,
  classBefore: null,
  classAfter: null,
  mismatchBefore: false,
  mismatchAfter: false,
};

/** One listed change of a plan projection. */
export interface PlannedChangeProjection<C> extends ChangeContribution {
  readonly change: C;
  /** In the selection projected together (selected and able to take part). */
  readonly selected: boolean;
  /** Why the change can take no part in the projection; null when it can. */
  readonly skippedReason: string | null;
}

/** The projection of a plan's selected changes on an audit. */
export interface PlanProjectionResult<C> {
  readonly before: PlanFiguresResult;
  readonly after: PlanFiguresResult;
  readonly indexDelta: number | null;
  readonly widerIndexDelta: number | null;
  readonly protocolLoadDelta: number;
  readonly mismatchDelta: number;
  /** The selected changes among the listed ones, in the order given. */
  readonly selectedIds: string[];
  /** The listed changes (open ones and any selected), by contribution, largest first, then title. */
  readonly changes: PlannedChangeProjection<C>[];
}

/**
 * Projects the selected changes together on an audit's protocols with {@link projectWhatIf}, plus
 * each listed change's own contribution: the index delta of projecting that change alone.
 */
export function projectPlanChanges<C extends PlanChangeInput & { readonly title: string }>(
  scoring: ScoringConfig,
  inputs: readonly ProtocolInput[],
  changes: readonly C[],
  selection: PlanSelectionInput,
): PlanProjectionResult<C> {
  const selected = selectedIds(changes, selection);
  const listed = listedChanges(changes, selected);
  const byId = new Map(inputs.map((p) => [p.id, p]));
  const projected: WhatIfChange[] = [];
  const lines: PlannedChangeProjection<C>[] = listed.map((c) => {
    const w = toWhatIf(scoring, c, byId);
    if ('skipped' in w) {
      return { change: c, selected: false, skippedReason: w.skipped, ...NO_CONTRIBUTION };
    }
    const isSelected = selected.has(c.id);
    if (isSelected) projected.push(w.change);
    return {
      change: c,
      selected: isSelected,
      skippedReason: null,
      ...changeContribution(scoring, inputs, w.change),
    };
  });
  const result = projectWhatIf(scoring, inputs, projected);
  lines.sort(
    (a, b) =>
      (b.contribution ?? -Infinity) - (a.contribution ?? -Infinity) ||
      a.change.title.localeCompare(b.change.title),
  );
  return {
    before: planFigures(result.before),
    after: planFigures(result.after),
    indexDelta: result.indexDelta,
    widerIndexDelta: result.widerIndexDelta,
    protocolLoadDelta: result.protocolLoadDelta,
    mismatchDelta: result.after.mismatchCount - result.before.mismatchCount,
    selectedIds: listed.filter((c) => selected.has(c.id)).map((c) => c.id),
    changes: lines,
  };
}
