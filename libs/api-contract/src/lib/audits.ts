import type {
  AuditStatus,
  ContextNeed,
  Perspective,
  ProtocolClass,
  ProtocolScope,
  RatingValue,
  Reach,
} from '@rcp/vocabulary';
import type { Page } from './accounts';
import type { ClassCounts } from './dashboard';

export interface Evidence {
  text: string;
  /** ISO date the evidence refers to. */
  date: string;
  url: string | null;
}

export interface AuditRating {
  protocolId: string;
  principleKey: string;
  perspective: Perspective;
  /** null = not applicable. */
  value: RatingValue;
  evidence: Evidence | null;
  /** Pre-filled from the last submitted audit and not yet confirmed or changed. */
  carriedForward: boolean;
  /** When the value was last set by a person (for carried-forward ratings: in the earlier audit). */
  ratedAt: string;
  ratedBy: string | null;
}

/** A protocol as it stands in an audit (its register details when the audit took it in). */
export interface AuditProtocol {
  id: string;
  name: string;
  category: string;
  type: string;
  serviceArea: string;
  scope: ProtocolScope;
  contextNeed: ContextNeed;
  reach: Reach;
}

export interface ProtocolScoreView {
  protocolId: string;
  score: number | null;
  class: ProtocolClass | null;
  mismatch: boolean;
  complete: boolean;
}

/**
 * An audit's headline figures, one definition everywhere: they count the organisational protocols
 * (what the council controls); the wider environment is reported apart in the `wider*` fields.
 */
export interface AuditHeadline {
  index: number | null;
  provisional: boolean;
  coverage: number;
  /** Organisational protocols. */
  protocolLoad: number;
  /** Mismatches among organisational protocols. */
  mismatchCount: number;
  /** Organisational protocols by class. */
  classCounts: ClassCounts;
  widerIndex: number | null;
  /** Protocols of the wider environment, reported apart. */
  widerProtocolLoad: number;
  widerMismatchCount: number;
}

export interface AuditListItem {
  id: string;
  councilId: string;
  label: string;
  periodStart: string;
  periodEnd: string;
  status: AuditStatus;
  frameworkVersion: number;
  perspectives: Perspective[];
  submittedAt: string | null;
  /** Stored on submit; for a draft, as scored at its current version. */
  headline: AuditHeadline;
}

/**
 * `GET /councils/:councilId/audits?limit=&offset=`: one page of a council's audits, newest period
 * first (then the most recently started), and how many there are in all.
 */
export type AuditListPage = Page<AuditListItem>;

export interface Audit extends AuditListItem {
  /** Optimistic-concurrency version: send it with every write (If-Match or body). */
  version: number;
  protocols: AuditProtocol[];
  ratings: AuditRating[];
  reopenedReason: string | null;
}

/**
 * What submit and reopen answer: the audit without its protocols and ratings, which neither
 * changes (the client keeps the ones it has), so the answer stays small whatever the audit's size.
 */
export interface AuditStatusChange extends AuditListItem {
  version: number;
  reopenedReason: string | null;
}

export interface CreateAuditRequest {
  label: string;
  periodStart: string;
  periodEnd: string;
  perspectives?: Perspective[];
}

export interface RatingWrite {
  protocolId: string;
  principleKey: string;
  perspective?: Perspective;
  /** −2…2, or null for not applicable. Ignored when `clear` is true. */
  value?: RatingValue;
  /** Removes the rating (back to "not rated"). */
  clear?: boolean;
  /**
   * Evidence given for this value. Omitted: the cell's evidence stays while the value keeps its
   * direction below ±2, and goes when it moves to or from neutral. Required (new evidence) when
   * the value changes to ±2 or crosses from enabling to inhibiting or back.
   */
  evidence?: { text: string; date?: string; url?: string | null } | null;
  /**
   * The audit version your view of this cell came from (defaults to the request's `version`).
   * The write is refused with a conflict only if someone changed this same cell after it.
   */
  baseVersion?: number;
}

/** Who last changed a cell, when, and from what to what. */
export interface RatingCellChange {
  protocolId: string;
  principleKey: string;
  perspective: Perspective;
  /** As it was before the change (null: not rated). */
  before: AuditRating | null;
  /** As it is now (null: not rated). */
  after: AuditRating | null;
  /** The audit version the change produced. */
  version: number;
  changedBy: { name: string; email: string } | null;
  changedAt: string;
}

/** A cell you wrote that someone else changed after the version your view of it came from. */
export interface RatingConflict extends RatingCellChange {
  /** What you tried to write to it. */
  yours: RatingWrite;
}

export interface PutRatingsRequest {
  version: number;
  ratings: RatingWrite[];
}

export interface SubmitAuditRequest {
  version: number;
}

export interface ReopenAuditRequest {
  version: number;
  reason: string;
}

export interface AuditTrailEntry {
  id: string;
  occurredAt: string;
  actorEmail: string | null;
  action: string;
  before: unknown;
  after: unknown;
}

export interface PutRatingsResponse {
  version: number;
  /** The ratings as stored after this write (only the cells written). */
  ratings: AuditRating[];
  headline: AuditHeadline;
  /** Cells other writes changed since the request's `version`, merged with yours. */
  othersChanged: RatingCellChange[];
  /** True when the register changed the audit's protocols since the request's `version`. */
  registerChanged: boolean;
}
