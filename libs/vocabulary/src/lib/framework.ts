/** The words of the framework's structure. */

/** The layers of the framework: the blog's four plus the commenter's wider environment. */
export const FRAMEWORK_LAYER_KEYS = [
  'principles',
  'behaviours',
  'competencies',
  'enabling-protocols',
  'wider-environment',
] as const;
export type FrameworkLayerKey = (typeof FRAMEWORK_LAYER_KEYS)[number];

/** The layers whose items a framework version lists and an editor changes one by one. */
export const FRAMEWORK_ITEM_LAYERS = ['principle', 'behaviour', 'competency'] as const;
export type FrameworkItemLayer = (typeof FRAMEWORK_ITEM_LAYERS)[number];

/** A draft version can be edited; a published one never changes. */
export const FRAMEWORK_STATUSES = ['draft', 'published'] as const;
export type FrameworkStatus = (typeof FRAMEWORK_STATUSES)[number];

/** Whether a quality belongs to a good relationship, a good transaction, or both. */
export const QUALITY_APPLIES_TO = ['relationship', 'transaction', 'both'] as const;
export type QualityAppliesTo = (typeof QUALITY_APPLIES_TO)[number];
