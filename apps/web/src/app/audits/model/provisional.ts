import { type AuditStatus } from '@rcp/vocabulary';
import type { AuditHeadline } from '@rcp/api-contract';

/**
 * One wording for whether an audit's results are provisional, used on the audits list, the
 * audit's index card and the grid's summary: a draft's results are provisional until the audit is
 * submitted; a submitted audit's are provisional only when its coverage was below the threshold.
 */
export const DRAFT_PROVISIONAL = 'Provisional until the audit is submitted';

/** Short, after the index in a table or the grid's summary; null when not provisional. */
export function provisionalTag(
  status: AuditStatus,
  headline: Pick<AuditHeadline, 'index' | 'provisional'>,
): string | null {
  if (headline.index === null) return null;
  if (status === 'draft') return 'provisional until submitted';
  return headline.provisional ? 'provisional: low coverage' : null;
}

/** The sentence under the council index. `threshold` is the coverage in words ("80.0 %"). */
export function provisionalNote(
  status: AuditStatus,
  headline: Pick<AuditHeadline, 'index' | 'provisional'>,
  threshold: string,
): string {
  if (headline.index === null) return 'No score yet: no organisational protocol has a rating.';
  if (status === 'draft') {
    return headline.provisional
      ? `${DRAFT_PROVISIONAL}; coverage is also below ${threshold}.`
      : `${DRAFT_PROVISIONAL}.`;
  }
  return headline.provisional
    ? `Provisional: coverage was below ${threshold} when it was submitted.`
    : 'Final: submitted with enough coverage.';
}
