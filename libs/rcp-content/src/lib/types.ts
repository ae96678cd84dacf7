/**
 * Types for the RCP Audit content: the default framework, the protocol library
 * and the demo councils. Everything here is plain data; nothing is computed.
 *
 * Keys are stable kebab-case identifiers. A later framework version may add
 * items (new keys) or retire them, but must never reuse a key for a different
 * meaning, so that trends and benchmarks stay comparable across versions.
 */

/** The need of the service context a protocol governs (the blog's "When"). */
export const CONTEXT_NEEDS = ['relational', 'transactional', 'mixed'] as const;
export type ContextNeed = (typeof CONTEXT_NEEDS)[number];

/** Where a principle came from: the blog post, its readers' comments, or both. */
export const PRINCIPLE_SOURCES = ['blog', 'comments', 'merged'] as const;
export type PrincipleSource = (typeof PRINCIPLE_SOURCES)[number];

/** A rating of a protocol against a principle, −2 … +2. */
export const RATING_VALUES = [-2, -1, 0, 1, 2] as const;
export type RatingValue = (typeof RATING_VALUES)[number];
/** A rating, or `null` for "not applicable" (excluded from scores, never a zero). */
export type Rating = RatingValue | null;

/** Layers of the framework: the blog's four plus the commenter's wider environment. */
export const LAYER_KEYS = [
  'principles',
  'behaviours',
  'competencies',
  'enabling-protocols',
  'wider-environment',
] as const;
export type LayerKey = (typeof LAYER_KEYS)[number];

export interface FrameworkLayer {
  key: LayerKey;
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
  value: Rating;
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

/** Organisational protocols a council controls, or the wider environment it only shapes. */
export const PROTOCOL_SCOPES = ['organisational', 'wider'] as const;
export type ProtocolScope = (typeof PROTOCOL_SCOPES)[number];

export interface ProtocolCategory {
  key: string;
  title: string;
  description: string;
  /** 'wider' only for the wider-environment category. */
  scope: ProtocolScope;
}

export const QUALITY_APPLIES_TO = ['relationship', 'transaction', 'both'] as const;
export type QualityAppliesTo = (typeof QUALITY_APPLIES_TO)[number];

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
  layerKeys: LayerKey[];
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

export const PROTOCOL_TYPES = [
  'policy',
  'procedure',
  'permission',
  'performance-measure',
  'contract',
  'system-data',
  'budget',
  'hr',
  'governance',
] as const;
export type ProtocolType = (typeof PROTOCOL_TYPES)[number];

/** How many interactions a protocol governs; weights the council index. */
export const REACH_LEVELS = ['low', 'medium', 'high'] as const;
export type Reach = (typeof REACH_LEVELS)[number];

/**
 * Where a rule comes from (after the Relationships Project's Permissions Game):
 * a statutory duty, a written council policy, local practice, or merely assumed.
 */
export const PROTOCOL_BASES = ['statutory', 'council-policy', 'local-practice', 'assumed'] as const;
export type ProtocolBasis = (typeof PROTOCOL_BASES)[number];

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
export type PrincipleRatings = Record<string, Rating>;

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

export const COUNCIL_TYPES = [
  'county',
  'district',
  'unitary',
  'metropolitan-borough',
  'london-borough',
  'welsh',
  'scottish',
  'northern-irish',
] as const;
export type CouncilType = (typeof COUNCIL_TYPES)[number];

export const UK_REGIONS = [
  'North East',
  'North West',
  'Yorkshire and the Humber',
  'East Midlands',
  'West Midlands',
  'East of England',
  'London',
  'South East',
  'South West',
  'Wales',
  'Scotland',
  'Northern Ireland',
] as const;
export type UkRegion = (typeof UK_REGIONS)[number];

export const POPULATION_BANDS = ['under-150k', '150k-300k', '300k-500k', 'over-500k'] as const;
export type PopulationBand = (typeof POPULATION_BANDS)[number];

/** Whether a council agrees to be shown by name in network benchmarks. */
export const SHARING_CHOICES = ['named', 'anonymised'] as const;
export type SharingChoice = (typeof SHARING_CHOICES)[number];

/** The direction of travel the demo generator gives a council's audits. */
export const COUNCIL_STORIES = ['improving-strongly', 'improving', 'flat', 'slipping'] as const;
export type CouncilStory = (typeof COUNCIL_STORIES)[number];

export interface DemoCouncil {
  slug: string;
  name: string;
  type: CouncilType;
  region: UkRegion;
  populationBand: PopulationBand;
  sharing: SharingChoice;
  story: CouncilStory;
  /** One line on what the demo data should show for this council. */
  narrative: string;
}
