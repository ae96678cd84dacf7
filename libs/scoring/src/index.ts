/**
 * RCP Audit scoring: pure functions shared by the API and the web app.
 * Every formula is documented in docs/scoring.md.
 */
export type {
  AuditSummary,
  ClassCount,
  ClassShares,
  ClassThresholds,
  GroupBreakdown,
  PerspectiveGap,
  PerspectiveGaps,
  PerspectiveScore,
  PrincipleBreakdown,
  PrincipleGap,
  PrincipleWeighting,
  ProtocolGap,
  ProtocolInput,
  ProtocolRatings,
  ProtocolResult,
  ScopeMeasures,
  ScoringConfig,
  ValidationError,
  WhatIfChange,
  WhatIfChangeKind,
  WhatIfProjection,
  WhatIfProtocolChange,
} from './lib/types';
export { MAX_LISTED_ERRORS, ScoringInputError } from './lib/errors';
export {
  DEFAULT_SCORING_PARAMETERS,
  MAX_WEIGHT,
  MIN_WEIGHT,
  PRINCIPLE_KEY_PATTERN,
  applicablePrinciples,
  validateConfig,
} from './lib/config';
export { isRatingValue, validateProtocols } from './lib/protocol-validation';
export { scoreProtocol } from './lib/protocol-score';
export { scoreAudit } from './lib/audit-summary';
export { perspectiveGaps } from './lib/perspectives';
export { projectWhatIf } from './lib/what-if';
export { evidenceRequirement, type EvidenceRequirement } from './lib/evidence-rule';
export { headlineFigures, type HeadlineFigures } from './lib/headline';
export { roundScore } from './lib/rounding';
export { WORKED_EXAMPLE, type WorkedExample } from './lib/worked-example';
export {
  competitionRanks,
  describeDistribution,
  quantileSorted,
  type Distribution,
} from './lib/distribution';
export {
  NO_CONTRIBUTION,
  changeContribution,
  introducedId,
  isOpenChange,
  listedChanges,
  planFigures,
  projectPlanChanges,
  selectedByDefault,
  selectedIds,
  toWhatIf,
  type ChangeContribution,
  type PlanChangeInput,
  type PlanFiguresResult,
  type PlanNewProtocolInput,
  type PlanProjectionResult,
  type PlanSelectionInput,
  type PlanWhatIf,
  type PlannedChangeProjection,
} from './lib/plan-projection';
