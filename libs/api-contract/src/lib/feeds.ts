import type { Perspective, ProtocolScope } from '@rcp/vocabulary';

/**
 * Data feeds for councils' BI tools: submitted audits only, in long format, paged with an opaque
 * cursor (JSON) or streamed whole (CSV, same field names as columns).
 */
export interface FeedPage<T> {
  items: T[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** One rating of one protocol against one principle from one perspective, in a submitted audit. */
export interface RatingFeedRow {
  councilId: string;
  councilName: string;
  auditId: string;
  auditLabel: string;
  periodStart: string;
  periodEnd: string;
  protocolId: string;
  protocolName: string;
  category: string;
  serviceArea: string;
  scope: ProtocolScope;
  /** The principle's stable key (the same across framework versions). */
  principleKey: string;
  perspective: Perspective;
  /** −2 (strongly inhibits) … +2 (strongly enables); null when not applicable. */
  value: number | null;
  /** Kept from the audit before without being looked at again. */
  carriedForward: boolean;
  evidenceDate: string | null;
}

/** One submitted audit's headline figures. */
export interface AuditFeedRow {
  councilId: string;
  councilName: string;
  councilType: string;
  region: string;
  populationBand: string;
  auditId: string;
  auditLabel: string;
  periodStart: string;
  periodEnd: string;
  frameworkVersion: number;
  submittedAt: string;
  perspectives: Perspective[];
  index: number | null;
  widerIndex: number | null;
  coverage: number | null;
  provisional: boolean | null;
  mismatches: number | null;
  protocolLoad: number | null;
  widerProtocolLoad: number | null;
}

/** A page of the ratings feed. */
export type RatingFeedPage = FeedPage<RatingFeedRow>;

/** A page of the audit summaries feed. */
export type AuditFeedPage = FeedPage<AuditFeedRow>;
