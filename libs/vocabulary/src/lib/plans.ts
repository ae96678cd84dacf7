/** Change plans: the kinds, statuses and priorities of a planned change, with their labels. */

/** The kinds of change the scoring library's what-if projection knows. */
export const PLAN_CHANGE_KINDS = ['amend', 'replace', 'retire', 'introduce'] as const;
export type PlanChangeKind = (typeof PLAN_CHANGE_KINDS)[number];
export const PLAN_CHANGE_KIND_LABELS: Readonly<Record<PlanChangeKind, string>> = {
  amend: 'Amend',
  replace: 'Replace',
  retire: 'Retire',
  introduce: 'Introduce',
};

export const PLAN_CHANGE_STATUSES = [
  'proposed',
  'agreed',
  'in-progress',
  'done',
  'dropped',
] as const;
export type PlanChangeStatus = (typeof PLAN_CHANGE_STATUSES)[number];
export const PLAN_CHANGE_STATUS_LABELS: Readonly<Record<PlanChangeStatus, string>> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};
/** Statuses of an open change: a protocol may be the subject of at most one open change. */
export const OPEN_PLAN_CHANGE_STATUSES: readonly PlanChangeStatus[] = [
  'proposed',
  'agreed',
  'in-progress',
];
export const PLAN_PRIORITIES = ['high', 'medium', 'low'] as const;
export type PlanPriority = (typeof PLAN_PRIORITIES)[number];
export const PLAN_PRIORITY_LABELS: Readonly<Record<PlanPriority, string>> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};
