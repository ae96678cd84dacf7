/**
 * Types shared by every part of the scoring library.
 *
 * Inputs are declared `readonly` so that callers can pass frozen objects
 * (a published framework version is immutable) and so that the library can
 * never change what it was given.
 */

import type {
  ContextNeed,
  Perspective,
  ProtocolClass,
  ProtocolScope,
  RatingValue,
  Reach,
} from '@rcp/vocabulary';

/** One principle of a framework version, as far as scoring is concerned. */
export interface PrincipleWeighting {
  /** Stable key, kept across framework versions. */
  readonly key: string;
  /** Relative importance; only ratios between weights matter. */
  readonly weight: number;
  /** The context needs this principle applies to. */
  readonly contexts: readonly ContextNeed[];
  /** True when the principle expresses relationship qualities; used by the mismatch rule. */
  readonly relational: boolean;
}

export interface ClassThresholds {
  /** A protocol scoring at or above this is enabling (default +20). */
  readonly enabling: number;
  /** A protocol scoring at or below this is inhibiting (default −20). */
  readonly inhibiting: number;
  /**
   * Between the two thresholds a protocol is mixed when it has at least one rating of
   * +mixedStrength or more and at least one of −mixedStrength or less (default 2).
   */
  readonly mixedStrength: 1 | 2;
}

/** The scoring parameters of one framework version. */
export interface ScoringConfig {
  readonly principles: readonly PrincipleWeighting[];
  readonly thresholds: ClassThresholds;
  /** Weight of each reach band in the council index (default 1, 3, 9). */
  readonly reachWeights: Readonly<Record<Reach, number>>;
  /** The index is provisional while coverage is below this share, 0…1 (default 0.8). */
  readonly provisionalCoverageBelow: number;
  /**
   * A protocol governing a relational or mixed need is a mismatch when its relational
   * score is at or below this, −100…0 (default −20).
   */
  readonly mismatchThreshold: number;
}

/** Ratings of one protocol, by principle key: a rating, `null` (N/A), or absent / `undefined` (not yet rated). */
export type ProtocolRatings = Readonly<Record<string, RatingValue | undefined>>;

/** A protocol of the council's register, with its ratings in one audit (and one perspective). */
export interface ProtocolInput {
  readonly id: string;
  readonly category: string;
  readonly serviceArea: string;
  readonly scope: ProtocolScope;
  readonly contextNeed: ContextNeed;
  readonly reach: Reach;
  readonly ratings: ProtocolRatings;
}

/** A field that failed validation. `path` names the field, e.g. `protocols[3].ratings.continuity`. */
export interface ValidationError {
  readonly path: string;
  readonly message: string;
}

/** The result of scoring one protocol. Scores keep full precision; round only for display. */
export interface ProtocolResult {
  readonly id: string;
  /** Weighted mean of applicable numeric ratings, −100…+100; null when there is none. */
  readonly score: number | null;
  /** Null when the score is null (counted as "unscored"). */
  readonly class: ProtocolClass | null;
  /** Same formula over the applicable relational principles only; null when none is rated. */
  readonly relationalScore: number | null;
  /** A relational or mixed need governed by a protocol that inhibits the relational principles. */
  readonly mismatch: boolean;
  /** Number of principles that apply to the protocol's context need. */
  readonly applicable: number;
  /** Applicable principles with a rating or an explicit N/A. */
  readonly rated: number;
  /** Applicable principles with a numeric rating (the ones in the score). */
  readonly scored: number;
  /** Applicable principles rated N/A. */
  readonly notApplicable: number;
  /** Every applicable principle has a rating or an explicit N/A. */
  readonly complete: boolean;
}

export interface ClassCount {
  readonly count: number;
  /** count ÷ protocols in the set; 0 when the set is empty. */
  readonly share: number;
}

export type ClassShares = Readonly<Record<ProtocolClass | 'unscored', ClassCount>>;

/** One principle across the protocols of a set. */
export interface PrincipleBreakdown {
  readonly key: string;
  /** Reach-weighted mean rating scaled to −100…+100 (mean × 50); null when no numeric rating. */
  readonly index: number | null;
  /** Reach-weighted mean rating, −2…+2; null when no numeric rating. */
  readonly meanRating: number | null;
  /** Numeric ratings of this principle (on protocols it applies to). */
  readonly count: number;
  /** Explicit N/A ratings of this principle. */
  readonly notApplicable: number;
  /** Protocols this principle applies to that have no rating for it yet. */
  readonly notRated: number;
}

/** A group of protocols (a category, a service area or a scope). */
export interface GroupBreakdown {
  readonly key: string;
  /** Reach-weighted mean of the scores of the group's scored protocols; null when none. */
  readonly index: number | null;
  /** Protocols in the group. */
  readonly count: number;
  /** Protocols in the group with a score. */
  readonly scored: number;
}

/** Every measure of one set of protocols. */
export interface ScopeMeasures {
  /** Reach-weighted mean of protocol scores; null when no protocol has a score. */
  readonly index: number | null;
  /** coverage < provisionalCoverageBelow. */
  readonly provisional: boolean;
  /** Mean over protocols of (applicable principles rated, N/A included) ÷ (applicable principles), 0…1. */
  readonly coverage: number;
  /** Number of protocols in the set (the register's active protocols). */
  readonly protocolLoad: number;
  /** Protocols with at least one applicable rating or N/A. */
  readonly assessedProtocols: number;
  /** Protocols with every applicable principle rated or N/A. */
  readonly completeProtocols: number;
  /** Protocols with a score. */
  readonly scoredProtocols: number;
  readonly classShares: ClassShares;
  readonly mismatchCount: number;
  /** In the framework's principle order. */
  readonly byPrinciple: readonly PrincipleBreakdown[];
  /** Sorted by key. */
  readonly byCategory: readonly GroupBreakdown[];
  /** Sorted by key. */
  readonly byServiceArea: readonly GroupBreakdown[];
}

/**
 * Summary of an audit. The top-level measures (the council index and its breakdowns) cover
 * organisational protocols only — what the council controls. The wider environment is scored
 * the same way and reported apart in `wider`, so a council is not blamed for what it cannot change.
 */
export interface AuditSummary extends ScopeMeasures {
  readonly wider: ScopeMeasures;
  /** Index and counts of each scope side by side. */
  readonly byScope: Readonly<Record<ProtocolScope, GroupBreakdown>>;
  /** Every protocol's result, in input order, both scopes. */
  readonly protocols: readonly ProtocolResult[];
}

/** A planned change to project. */
export type WhatIfChange =
  | {
      /** Change some ratings of a protocol; principles not listed keep their rating. */
      readonly kind: 'amend';
      readonly protocolId: string;
      readonly ratings: ProtocolRatings;
    }
  | {
      /** Replace the protocol by a new one in the same place: all ratings become these. */
      readonly kind: 'replace';
      readonly protocolId: string;
      readonly ratings: ProtocolRatings;
    }
  | { readonly kind: 'retire'; readonly protocolId: string }
  | { readonly kind: 'introduce'; readonly protocol: ProtocolInput };

export type WhatIfChangeKind = WhatIfChange['kind'];

export interface WhatIfProtocolChange {
  readonly kind: WhatIfChangeKind;
  readonly protocolId: string;
  /** Null before an introduction. */
  readonly before: ProtocolResult | null;
  /** Null after a retirement. */
  readonly after: ProtocolResult | null;
  /** after.score − before.score; null when either is missing. */
  readonly scoreDelta: number | null;
}

export interface WhatIfProjection {
  readonly before: AuditSummary;
  readonly after: AuditSummary;
  /** after.index − before.index (organisational); null when either is null. */
  readonly indexDelta: number | null;
  /** after.wider.index − before.wider.index; null when either is null. */
  readonly widerIndexDelta: number | null;
  /** Change in the number of organisational protocols. */
  readonly protocolLoadDelta: number;
  /** One entry per change, in the order given. */
  readonly changes: readonly WhatIfProtocolChange[];
}

export interface PerspectiveScore {
  readonly perspective: Perspective;
  readonly summary: AuditSummary;
}

export interface PerspectiveGap {
  /** Perspective with the highest value. */
  readonly high: Perspective;
  /** Perspective with the lowest value. */
  readonly low: Perspective;
  /** high − low, 0…200. */
  readonly size: number;
}

export interface PrincipleGap {
  readonly key: string;
  /** Per-principle index of each perspective supplied. */
  readonly indexes: Readonly<Partial<Record<Perspective, number | null>>>;
  /** Null when fewer than two perspectives have a value. */
  readonly gap: PerspectiveGap | null;
}

export interface ProtocolGap {
  readonly id: string;
  readonly scores: Readonly<Partial<Record<Perspective, number | null>>>;
  readonly gap: PerspectiveGap | null;
}

export interface PerspectiveGaps {
  /** In the order leadership, frontline, residents; only the perspectives supplied. */
  readonly perspectives: readonly PerspectiveScore[];
  /** Largest pairwise gap between the perspectives' council indexes (the headline figure). */
  readonly gap: PerspectiveGap | null;
  /** In the framework's principle order. */
  readonly byPrinciple: readonly PrincipleGap[];
  /** Every protocol id seen in any perspective, sorted by id. */
  readonly byProtocol: readonly ProtocolGap[];
}
