import type { ProtocolClass, ProtocolScope } from '@rcp/vocabulary';
import type { DashboardAuditRef } from './dashboard';

/** One rating's evidence, as the report quotes it. */
export interface ReportEvidence {
  principleKey: string;
  /** The principle's title in the audit's framework version. */
  principleTitle: string;
  /** −2…2 (leadership view), or null for "not applicable". */
  value: number | null;
  text: string;
  /** YYYY-MM-DD, when the evidence was dated. */
  date: string | null;
}

/** A protocol the report names, with its leadership score now and before, and its evidence. */
export interface ReportProtocol {
  protocolId: string;
  name: string;
  /** The category's key, and its title in the audit's framework version. */
  category: string;
  categoryTitle: string;
  serviceArea: string;
  scope: ProtocolScope;
  /** −100…+100 in the report's audit. */
  score: number | null;
  class: ProtocolClass | null;
  /** In the audit compared with; null when it was not scored there (or there is none). */
  previousScore: number | null;
  change: number | null;
  evidence: ReportEvidence[];
}

/**
 * What a council report needs beyond the dashboard: the protocols holding the council back most
 * and its biggest improvements, each with the evidence recorded for it.
 */
export interface CouncilReportDetail {
  councilId: string;
  audit: DashboardAuditRef;
  /** The submitted audit before it (null for a council's first audit). */
  compareTo: DashboardAuditRef | null;
  /** Organisational protocols with the lowest negative scores, worst first. */
  holdingBack: ReportProtocol[];
  /** Organisational protocols whose score rose most since `compareTo`, biggest rise first. */
  improvements: ReportProtocol[];
}
