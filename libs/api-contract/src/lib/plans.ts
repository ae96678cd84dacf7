import {
  type ContextNeed,
  type ProtocolScope,
  type ProtocolType,
  type Rating,
  type Reach,
} from '@rcp/vocabulary';
import type { AuditHeadline } from './audits';

/**
 * Change plans: a council's managers (and its lead) plan changes to protocols, see their projected
 * effect on the council index, and after the next audit, whether each change landed.
 */

/** The kinds of change the scoring library's what-if projection knows. */
export const PLAN_CHANGE_KINDS = ['amend', 'replace', 'retire', 'introduce'] as const;
export type PlanChangeKind = (typeof PLAN_CHANGE_KINDS)[number];
export const PLAN_CHANGE_KIND_LABELS: Record<PlanChangeKind, string> = {
  amend: 'Amend',
  replace: 'Replace',
  retire: 'Retire',
  introduce: 'Introduce',
};

export const PLAN_CHANGE_STATUSES = [
  'proposed',
  'agreed',
  'in-progress',
  'done',
  'dropped',
] as const;
export type PlanChangeStatus = (typeof PLAN_CHANGE_STATUSES)[number];
export const PLAN_CHANGE_STATUS_LABELS: Record<PlanChangeStatus, string> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};
/** Statuses of an open change: a protocol may be the subject of at most one open change. */
export const OPEN_PLAN_CHANGE_STATUSES: readonly PlanChangeStatus[] = [
  'proposed',
  'agreed',
  'in-progress',
];
/**
 * The status changes the API accepts, from → allowed next statuses. Forward along
 * proposed → agreed → in progress → done, one step back (e.g. done → in progress when a change
 * did not land), dropped from any open status, and a dropped change can be proposed again.
 */
export const PLAN_STATUS_TRANSITIONS: Record<PlanChangeStatus, readonly PlanChangeStatus[]> = {
  proposed: ['agreed', 'dropped'],
  agreed: ['in-progress', 'done', 'proposed', 'dropped'],
  'in-progress': ['done', 'agreed', 'dropped'],
  done: ['in-progress'],
  dropped: ['proposed'],
};

export const PLAN_PRIORITIES = ['high', 'medium', 'low'] as const;
export type PlanPriority = (typeof PLAN_PRIORITIES)[number];
export const PLAN_PRIORITY_LABELS: Record<PlanPriority, string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

/** Target ratings by principle key: −2…2, or null for "not applicable". */
export type TargetRatings = Record<string, Rating | null>;

/** The protocol a change would introduce (kind `introduce`). */
export interface NewProtocolFields {
  name: string;
  /** A category key of the framework version. */
  category: string;
  type: ProtocolType;
  serviceArea: string;
  scope: ProtocolScope;
  contextNeed: ContextNeed;
  reach: Reach;
  /** The protocol library entry it comes from, if any. */
  libraryKey: string | null;
}

/** A person, as shown beside a change, note or status change. */
export interface PlanPerson {
  id: string;
  displayName: string;
}

/** The register protocol a change is about, as it stands now. */
export interface PlanProtocolRef {
  id: string;
  name: string;
  category: string;
  serviceArea: string;
  scope: ProtocolScope;
  contextNeed: ContextNeed;
  reach: Reach;
  status: 'active' | 'retired';
  libraryKey: string | null;
}

export interface PlanChange {
  id: string;
  councilId: string;
  kind: PlanChangeKind;
  /** The register protocol changed; null for `introduce`. */
  protocolId: string | null;
  protocol: PlanProtocolRef | null;
  /** For `introduce`: the new protocol's fields; null otherwise. */
  newProtocol: NewProtocolFields | null;
  /**
   * The register protocol that resulted from an `introduce` (or a `replace` registered as a new
   * protocol), once it exists; planned vs achieved reads that protocol's ratings.
   */
  resultProtocolId: string | null;
  title: string;
  rationale: string;
  /** A user of the council, or null. */
  owner: PlanPerson | null;
  /** A named team (free text), or null. Either or both of owner and ownerTeam may be set. */
  ownerTeam: string | null;
  /** ISO date YYYY-MM-DD, or null. */
  dueDate: string | null;
  priority: PlanPriority;
  status: PlanChangeStatus;
  statusChangedAt: string;
  statusChangedBy: PlanPerson | null;
  /** When the change was (last) agreed; null while it never was. */
  agreedAt: string | null;
  /** Empty for `retire`. */
  targetRatings: TargetRatings;
  /** Due date past and the change neither done nor dropped. */
  overdue: boolean;
  noteCount: number;
  createdAt: string;
  createdBy: PlanPerson | null;
  updatedAt: string;
  /** Optimistic-concurrency version: send it with every write. */
  version: number;
}

export interface PlanNote {
  id: string;
  text: string;
  createdAt: string;
  author: PlanPerson | null;
}

export interface PlanStatusChange {
  /** Null for the status the change was created with. */
  from: PlanChangeStatus | null;
  to: PlanChangeStatus;
  changedAt: string;
  changedBy: PlanPerson | null;
}

/** One change with its notes (oldest first) and status history (oldest first). */
export interface PlanChangeDetail extends PlanChange {
  notes: PlanNote[];
  statusHistory: PlanStatusChange[];
}

export interface PlanChangeList {
  changes: PlanChange[];
}

export interface CreatePlanChangeRequest {
  kind: PlanChangeKind;
  /** Required for amend, replace and retire: a protocol of the council's register. */
  protocolId?: string;
  /**
   * For `introduce`: the new protocol. Give `libraryKey` alone to take every field from the
   * protocol library, or the fields (with or without a libraryKey).
   */
  newProtocol?: Partial<NewProtocolFields>;
  title: string;
  rationale?: string;
  /** A user of the same council. */
  ownerUserId?: string | null;
  ownerTeam?: string | null;
  /** YYYY-MM-DD. */
  dueDate?: string | null;
  /** Default medium. */
  priority?: PlanPriority;
  /**
   * Target rating per principle. Principles must apply to the protocol's context need in the
   * current framework version. Omitted on a `replace` of a library protocol: the library's
   * enabling ratings (see suggested targets). Ignored for `retire`.
   */
  targetRatings?: TargetRatings;
  /** Default proposed. A change may also be recorded straight away as agreed or in progress. */
  status?: 'proposed' | 'agreed' | 'in-progress';
}

/** Every field optional except `version`; kind and protocol cannot change (create a new change). */
export interface UpdatePlanChangeRequest {
  version: number;
  newProtocol?: Partial<NewProtocolFields>;
  resultProtocolId?: string | null;
  title?: string;
  rationale?: string;
  ownerUserId?: string | null;
  ownerTeam?: string | null;
  dueDate?: string | null;
  priority?: PlanPriority;
  targetRatings?: TargetRatings;
}

export interface ChangePlanStatusRequest {
  status: PlanChangeStatus;
  version: number;
  /** Optional note recorded with the status change. */
  note?: string;
}

export interface AddPlanNoteRequest {
  text: string;
}

/** `GET /councils/:councilId/plan/suggested-targets?protocolId=…` */
export interface SuggestedTargets {
  protocolId: string;
  libraryKey: string | null;
  /**
   * `library`: the library's enabling version; `plus-one`: +1 on every applicable principle (or
   * the current rating where it is already higher) for a protocol not from the library.
   */
  source: 'library' | 'plus-one';
  /** Every principle that applies to the protocol's context need in the current framework. */
  targetRatings: TargetRatings;
  enablingExemplar: string | null;
}

/** The audit a plan read is based on. */
export interface PlanAuditRef {
  id: string;
  label: string;
  status: 'draft' | 'submitted';
  periodEnd: string;
  submittedAt: string | null;
  frameworkVersion: number;
}

export interface ClassShare {
  count: number;
  /** count ÷ organisational protocols, 0…1. */
  share: number;
}

/** Headline figures plus class shares, before or after the selected changes. */
export interface PlanFigures extends AuditHeadline {
  classShares: Record<'enabling' | 'mixed' | 'neutral' | 'inhibiting' | 'unscored', ClassShare>;
}

export interface PlanProjectionChange {
  changeId: string;
  title: string;
  kind: PlanChangeKind;
  status: PlanChangeStatus;
  protocolId: string | null;
  protocolName: string;
  /** In the selection projected together. */
  selected: boolean;
  /**
   * Null when the change can take no part in the projection, with the reason (e.g. the protocol
   * is not in the audit).
   */
  skippedReason: string | null;
  /** Index delta of projecting this change alone on the audit (null when not computable). */
  contribution: number | null;
  scoreBefore: number | null;
  scoreAfter: number | null;
  classBefore: 'enabling' | 'inhibiting' | 'mixed' | 'neutral' | null;
  classAfter: 'enabling' | 'inhibiting' | 'mixed' | 'neutral' | null;
  mismatchBefore: boolean;
  mismatchAfter: boolean;
}

/**
 * `GET /councils/:councilId/plan/projection?includeProposed=&include=&exclude=`. Default
 * selection: agreed and in-progress changes; `includeProposed=true` adds proposed ones;
 * `include` / `exclude` (comma-separated change ids, or repeated) toggle individual changes.
 */
export interface PlanProjection {
  /** Null when the council has no audit yet (then before/after are null). */
  audit: PlanAuditRef | null;
  before: PlanFigures | null;
  after: PlanFigures | null;
  indexDelta: number | null;
  widerIndexDelta: number | null;
  protocolLoadDelta: number;
  mismatchDelta: number;
  selectedIds: string[];
  /** Every open change (and any included explicitly), ordered by contribution, largest first. */
  changes: PlanProjectionChange[];
}

export const PLAN_OUTCOMES = ['reached', 'partly', 'not', 'retired', 'pending'] as const;
export type PlanOutcome = (typeof PLAN_OUTCOMES)[number];
export const PLAN_OUTCOME_LABELS: Record<PlanOutcome, string> = {
  reached: 'Target reached',
  partly: 'Partly reached',
  not: 'No movement',
  retired: 'Retired',
  pending: 'Awaiting an audit',
};

export interface PlanAchievementPrinciple {
  principleKey: string;
  /** Leadership rating in the baseline audit; null when N/A, not rated or no baseline audit. */
  before: Rating | null;
  target: Rating | null;
  recorded: Rating | null;
  /** recorded moved at least as far as the target from before. */
  met: boolean;
  /** recorded moved from before in the target's direction. */
  moved: boolean;
}

export interface PlanAchievementItem {
  changeId: string;
  title: string;
  kind: PlanChangeKind;
  status: PlanChangeStatus;
  protocolId: string | null;
  protocolName: string;
  agreedAt: string | null;
  /** The last submitted audit at or before the change was agreed (created, if never agreed). */
  baselineAudit: PlanAuditRef | null;
  /** The latest submitted audit submitted after the change was agreed; null → outcome pending. */
  comparedAudit: PlanAuditRef | null;
  outcome: PlanOutcome;
  principles: PlanAchievementPrinciple[];
  scoreBefore: number | null;
  scoreAfter: number | null;
  /** The change is marked done but its protocol did not move (or a retired one is still there). */
  doneButNotMoved: boolean;
}

/** `GET /councils/:councilId/plan/achievement`: agreed, in-progress and done changes. */
export interface PlanAchievement {
  latestAudit: PlanAuditRef | null;
  /** The audit the assessed changes were planned on (baseline of the earliest agreed one). */
  baselineAudit: PlanAuditRef | null;
  baselineIndex: number | null;
  /** Baseline audit projected with every assessed change (outcome other than pending). */
  projectedIndex: number | null;
  /** The latest submitted audit's index. */
  achievedIndex: number | null;
  counts: Record<PlanOutcome, number>;
  items: PlanAchievementItem[];
}

export interface PlanSuggestion {
  protocolId: string;
  protocolName: string;
  category: string;
  serviceArea: string;
  scope: ProtocolScope;
  contextNeed: ContextNeed;
  reach: Reach;
  libraryKey: string | null;
  score: number | null;
  class: 'enabling' | 'inhibiting' | 'mixed' | 'neutral' | null;
  mismatch: boolean;
  /** The ratings the gain assumes (library enabling version, or +1 where lower). */
  targetRatings: TargetRatings;
  source: 'library' | 'plus-one';
  /** Index delta of moving this protocol alone to the target ratings. */
  gain: number | null;
  enablingExemplar: string | null;
  /** An open change already planned for this protocol. */
  openChangeId: string | null;
}

/** `GET /councils/:councilId/plan/suggestions`: mismatches first, then by gain, largest first. */
export interface PlanSuggestions {
  audit: PlanAuditRef | null;
  items: PlanSuggestion[];
}

export interface NetworkPlanRow {
  councilId: string;
  councilName: string;
  proposed: number;
  agreed: number;
  inProgress: number;
  done: number;
  dropped: number;
  /** Due date past, neither done nor dropped. */
  overdue: number;
  total: number;
}

/** `GET /network/plans` (coordinators). */
export interface NetworkPlans {
  councils: NetworkPlanRow[];
}
