import type {
  ContextNeed,
  FrameworkItemLayer,
  FrameworkStatus,
  ProtocolScope,
  QualityAppliesTo,
  RatingValue,
  Reach,
} from '@rcp/vocabulary';

export interface FrameworkItem {
  layer: FrameworkItemLayer;
  /** Stable across versions, so trends and benchmarks stay comparable. */
  key: string;
  title: string;
  description: string;
  /** Principles only. */
  weight: number | null;
  contexts: ContextNeed[] | null;
  relational: boolean | null;
  /** Behaviours and competencies: the principles they express. */
  principleKeys: string[];
  sortOrder: number;
}

export interface RatingScaleLabel {
  value: RatingValue;
  label: string;
  description: string;
  requiresEvidence: boolean;
}

/** The numbers scoring needs from a version; shaped exactly like the scoring lib's ScoringConfig. */
export interface FrameworkScoring {
  principles: Array<{
    key: string;
    weight: number;
    contexts: ContextNeed[];
    relational: boolean;
  }>;
  thresholds: { enabling: number; inhibiting: number; mixedStrength: 1 | 2 };
  reachWeights: Record<Reach, number>;
  provisionalCoverageBelow: number;
  mismatchThreshold: number;
}

export interface FrameworkCategory {
  key: string;
  title: string;
  description: string;
  scope: ProtocolScope;
}

export interface FrameworkQuality {
  key: string;
  title: string;
  description: string;
  appliesTo: QualityAppliesTo;
}

export interface FrameworkLayerText {
  key: string;
  title: string;
  description: string;
}

export interface TheoryOfChangeStepText {
  order: number;
  stage: number;
  key: string;
  title: string;
  text: string;
  leadsTo: string[];
}

export interface FrameworkVersionSummary {
  number: number;
  status: FrameworkStatus;
  name: string;
  publishedAt: string | null;
  createdAt: string;
  notes: string;
  /** What changed in this version and why, written when it was published ('' for a draft). */
  releaseNotes: string;
  /** Optimistic-concurrency version of a draft; send it back when editing. */
  revision: number;
}

export interface FrameworkVersion extends FrameworkVersionSummary {
  definition: string;
  layers: FrameworkLayerText[];
  items: FrameworkItem[];
  ratingScale: RatingScaleLabel[];
  categories: FrameworkCategory[];
  qualities: FrameworkQuality[];
  theoryOfChange: TheoryOfChangeStepText[];
  scoring: FrameworkScoring;
}

export interface UpsertFrameworkItemRequest {
  title: string;
  description: string;
  weight?: number;
  contexts?: ContextNeed[];
  relational?: boolean;
  principleKeys?: string[];
  /** The draft's revision you last read. */
  revision: number;
}

/** Publishing a draft: its release notes (1–4000 characters) and the revision last read. */
export interface PublishFrameworkRequest {
  releaseNotes: string;
  revision: number;
}

export interface UpdateFrameworkSettingsRequest {
  name?: string;
  notes?: string;
  thresholds?: FrameworkScoring['thresholds'];
  reachWeights?: FrameworkScoring['reachWeights'];
  provisionalCoverageBelow?: number;
  mismatchThreshold?: number;
  revision: number;
}

export interface FrameworkItemChange {
  layer: FrameworkItemLayer;
  key: string;
  title: string;
  /** Which fields differ, for changed items. */
  fields?: string[];
  /** For changed items: each differing field's value in the earlier and the later version. */
  differences?: FieldDifference[];
}

/** A value of an item field or scoring setting, as stored: text, number, flag, list or object. */
export type FrameworkValue =
  | string
  | number
  | boolean
  | null
  | string[]
  | { [name: string]: number | string | boolean | null };

export interface FieldDifference {
  field: string;
  before: FrameworkValue;
  after: FrameworkValue;
}

export interface FrameworkComparison {
  from: number;
  to: number;
  added: FrameworkItemChange[];
  changed: FrameworkItemChange[];
  retired: FrameworkItemChange[];
  /** Scoring settings that differ (thresholds, reach weights…). */
  settingsChanged: string[];
  /** The same settings with their values in the earlier and the later version. */
  settingsDifferences: FieldDifference[];
}
