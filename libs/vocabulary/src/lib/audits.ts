/** The words of an audit: whose ratings, the rating scale, and where the audit stands. */

/** Whose ratings: leadership, frontline practitioners, residents / people with lived experience. */
export const PERSPECTIVES = ['leadership', 'frontline', 'residents'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];
export const PERSPECTIVE_LABELS: Readonly<Record<Perspective, string>> = {
  leadership: 'Leadership',
  frontline: 'Frontline practitioners',
  residents: 'Residents and people with lived experience',
};

/** The five points of the rating scale, from strongly inhibits (−2) to strongly enables (+2). */
export const RATINGS = [-2, -1, 0, 1, 2] as const;
export type Rating = (typeof RATINGS)[number];
/** A rating or `null` for "not applicable" (N/A), which is excluded from every mean, never a zero. */
export type RatingValue = Rating | null;

/** A draft is being rated; a submitted audit is closed (until reopened) and counts in trends. */
export const AUDIT_STATUSES = ['draft', 'submitted'] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];
