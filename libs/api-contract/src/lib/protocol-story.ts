import type {
  AuditStatus,
  Perspective,
  PlanChangeKind,
  PlanChangeStatus,
  PlanPriority,
  ProtocolClass,
  RatingValue,
} from '@rcp/vocabulary';
import type { LibraryProtocol, Protocol } from './protocols';

/**
 * A protocol's whole story on one page: its register entry, how each audit rated and scored it,
 * the library entry it came from, every change to its register entry and the changes planned.
 */
export interface ProtocolStory {
  protocol: Protocol;
  /** The audits that cover the protocol, oldest period first. */
  audits: ProtocolAuditStory[];
  /** The protocol library entry it came from (with both exemplars); null when added by hand. */
  library: LibraryProtocol | null;
  /** Changes to its register entry from the audit trail, newest first. */
  registerChanges: ProtocolRegisterChange[];
  /** Planned changes that amend, replace or retire it, or introduced it; newest first. */
  plannedChanges: ProtocolPlannedChange[];
}

/** One perspective's score of the protocol in one audit. */
export interface ProtocolAuditScore {
  perspective: Perspective;
  /** −100…+100; null when nothing applicable is rated. */
  score: number | null;
  class: ProtocolClass | null;
  /** A relational or mixed need governed by a protocol that inhibits the relational principles. */
  mismatch: boolean;
}

export interface ProtocolAuditStory {
  auditId: string;
  label: string;
  /** YYYY-MM-DD. */
  periodStart: string;
  periodEnd: string;
  status: AuditStatus;
  submittedAt: string | null;
  frameworkVersion: number;
  /** Stored on submit; a draft's are scored live by the shared scoring library. */
  scores: ProtocolAuditScore[];
  ratings: ProtocolRatingStory[];
}

export interface ProtocolRatingStory {
  principleKey: string;
  /** The principle's title in the audit's framework version. */
  principleTitle: string;
  perspective: Perspective;
  /** −2…2, or null for "not applicable". */
  value: RatingValue;
  evidenceText: string | null;
  /** YYYY-MM-DD. */
  evidenceDate: string | null;
  evidenceUrl: string | null;
  carriedForward: boolean;
  ratedAt: string;
  /** The display name of who rated it; null when unknown. */
  ratedBy: string | null;
}

export interface ProtocolRegisterChange {
  id: string;
  occurredAt: string;
  /** protocol.created, protocol.updated, protocol.retired or protocol.restored. */
  action: string;
  /** The display name of who made the change; null for the system. */
  actor: string | null;
  /** Register fields that changed (updates only). */
  changedFields: string[];
  /** The reason given (retirements and restorations). */
  reason: string | null;
}

export interface ProtocolPlannedChange {
  id: string;
  kind: PlanChangeKind;
  title: string;
  status: PlanChangeStatus;
  priority: PlanPriority;
  /** YYYY-MM-DD. */
  dueDate: string | null;
  /** A person's display name, or the owning team. */
  owner: string | null;
}

export interface RestoreProtocolRequest {
  reason: string;
  version: number;
}
