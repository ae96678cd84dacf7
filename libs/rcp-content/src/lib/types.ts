/**
 * Types for the RCP Audit content: the default framework, the protocol library
 * and the demo councils. Everything here is plain data; nothing is computed.
 *
 * Keys are stable kebab-case identifiers. A later framework version may add
 * items (new keys) or retire them, but must never reuse a key for a different
 * meaning, so that trends and benchmarks stay comparable across versions.
 */

import type {
  ContextNeed,
  CouncilType,
  FrameworkLayerKey,
  PopulationBand,
  ProtocolBasis,
  ProtocolScope,
  ProtocolType,
  QualityAppliesTo,
  RatingValue,
  Reach,
  Region,
  SharingChoice,
} from '@rcp/vocabulary';

/** Where a principle came from: the blog post, its readers' comments, or both. */
export const PRINCIPLE_SOURCES = ['blog', 'comments', 'merged'] as const;
export type PrincipleSource = (typeof PRINCIPLE_SOURCES)[number];

export interface FrameworkLayer {
  key: FrameworkLayerKey;
  title: string;
  description: string;
}

export interface Principle {
  /** Stable kebab-case key, kept across framework versions. */
  key: string;
  title: string;
  /** Plain English, 1–3 sentences. */
  description: string;
  /** Weight in the weighted mean of a protocol's ratings (1 = ordinary). */
  weight: number;
  /** The service contexts this principle applies to; elsewhere it is N/A. */
  contexts: ContextNeed[];
  /**
   * True when the principle expresses a relationship-specific quality
   * (unique, unscripted, organic, empathetic, continuous). A protocol with a
   * relational context need that inhibits such a principle is a mismatch.
   */
  relational: boolean;
  source: PrincipleSource;
  /** The listed ideas (from the blog and/or comments) this principle merges. */
  mergedFrom: string[];
}

export interface Behaviour {
  key: string;
  title: string;
  description: string;
  /** Principles this behaviour expresses. */
  principleKeys: string[];
}

export interface Competency {
  key: string;
  title: string;
  description: string;
  /** Principles this competency helps people act on. */
  principleKeys: string[];
}

export interface RatingScaleEntry {
  /** −2 … +2, or `null` for not applicable. */
  value: RatingValue;
  label: string;
  description: string;
  /** Ratings of ±2 must be backed by written evidence. */
  requiresEvidence: boolean;
}

export interface ClassThresholds {
  /** A protocol score at or above this (on −100…+100) is 'enabling'. */
  enabling: number;
  /** A protocol score at or below this is 'inhibiting'. */
  inhibiting: number;
  /**
   * Between the thresholds, a protocol is 'mixed' when it has at least one
   * rating of +mixedSpread or more and one of −mixedSpread or less (it holds
   * tensions); otherwise it is 'neutral'.
   */
  mixedSpread: number;
}

export interface ProtocolCategory {
  key: string;
  title: string;
  description: string;
  /** 'wider' only for the wider-environment category. */
  scope: ProtocolScope;
}

/** A quality of a good relationship and/or a good transaction (the blog's "When"). */
export interface InteractionQuality {
  key: string;
  title: string;
  description: string;
  appliesTo: QualityAppliesTo;
  /** Principles that carry this quality into scoring. */
  principleKeys: string[];
}

/** One step of the theory of change (a commenter's sequencing of the layers). */
export interface TheoryOfChangeStep {
  /** 1-based position; steps sharing a stage act side by side. */
  order: number;
  stage: number;
  key: string;
  title: string;
  text: string;
  /** Framework layers this step draws on (empty for steps beyond the layers). */
  layerKeys: FrameworkLayerKey[];
  /** Keys of the steps this one feeds. */
  leadsTo: string[];
}

export interface RcpFramework {
  /** Version number; a published version never changes. */
  version: number;
  name: string;
  /** The framework's definition of Relationship-Centred Practice. */
  definition: string;
  layers: FrameworkLayer[];
  principles: Principle[];
  behaviours: Behaviour[];
  competencies: Competency[];
  ratingScale: RatingScaleEntry[];
  thresholds: ClassThresholds;
  categories: ProtocolCategory[];
  /** Qualities of a good relationship (including those shared with transactions). */
  relationshipQualities: InteractionQuality[];
  /** Qualities of a good transaction (including those shared with relationships). */
  transactionQualities: InteractionQuality[];
  theoryOfChange: TheoryOfChangeStep[];
}

// ---------------------------------------------------------------------------
// Protocol library
// ---------------------------------------------------------------------------

export const SERVICE_AREAS = [
  "Children's social care",
  'Adult social care',
  'Housing',
  'Revenues and benefits',
  'Customer services',
  'Neighbourhoods',
  'Corporate',
  'Public health',
  'Commissioning',
] as const;
export type ServiceArea = (typeof SERVICE_AREAS)[number];

/** Typical ratings of one protocol version, keyed by principle key. */
export type PrincipleRatings = Record<string, RatingValue>;

export interface TypicalRatings {
  /** The protocol as it commonly reads when it gets in the way. */
  inhibiting: PrincipleRatings;
  /** The protocol rewritten to enable relationship-centred practice. */
  enabling: PrincipleRatings;
}

/** A common council protocol, offered as a starting point for a council's register. */
export interface ProtocolTemplate {
  /** Stable kebab-case key. */
  key: string;
  name: string;
  /** A category key of the framework (see DEFAULT_FRAMEWORK_V1.categories). */
  category: string;
  type: ProtocolType;
  serviceArea: ServiceArea;
  scope: ProtocolScope;
  contextNeed: ContextNeed;
  reach: Reach;
  /** The basis of the protocol as commonly found, before any change. */
  basis: ProtocolBasis;
  description: string;
  /** How the inhibiting version reads in practice. */
  inhibitingExemplar: string;
  /** How the enabling version reads in practice. */
  enablingExemplar: string;
  /** DOMAIN.md source references (e.g. "S39, S40") and the facts behind them. */
  sourceNote: string;
  /**
   * Plausible ratings for the demo generator, against every default principle
   * that applies to `contextNeed` (and only those); `null` means N/A.
   */
  typicalRatings: TypicalRatings;
}

// ---------------------------------------------------------------------------
// Demo councils
// ---------------------------------------------------------------------------

/** The direction of travel the demo generator gives a council's audits. */
export const COUNCIL_STORIES = ['improving-strongly', 'improving', 'flat', 'slipping'] as const;
export type CouncilStory = (typeof COUNCIL_STORIES)[number];

export interface DemoCouncil {
  slug: string;
  name: string;
  type: CouncilType;
  region: Region;
  populationBand: PopulationBand;
  sharing: SharingChoice;
  story: CouncilStory;
  /** One line on what the demo data should show for this council. */
  narrative: string;
}
