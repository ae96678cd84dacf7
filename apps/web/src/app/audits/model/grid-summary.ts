import type { Audit, AuditHeadline } from '@rcp/api-contract';
import type { AuditStatus } from '@rcp/vocabulary';
import { provisionalTag } from './provisional';
import { formatPercent, formatScore } from './rating-text';

/** The compact summary beside the rating grid, so the live scores stay in sight while rating. */
export interface GridSummary {
  readonly index: string;
  readonly coverage: string;
  readonly provisional: string | null;
  readonly status: AuditStatus;
}

/** The audit's headline as the page shows it: stored once submitted, live for a draft. */
export function shownHeadline(
  audit: Pick<Audit, 'status' | 'headline'>,
  live: AuditHeadline | undefined,
): AuditHeadline {
  return audit.status === 'submitted' ? audit.headline : (live ?? audit.headline);
}

/** The grid's summary of the audit; null before the audit is loaded. */
export function gridSummary(
  audit: Pick<Audit, 'status' | 'headline'> | null,
  live: AuditHeadline | undefined,
): GridSummary | null {
  if (!audit) return null;
  const h = shownHeadline(audit, live);
  return {
    index: formatScore(h.index),
    coverage: formatPercent(h.coverage),
    provisional: provisionalTag(audit.status, h),
    status: audit.status,
  };
}
