import {
  CONTEXT_NEED_LABELS,
  CONTEXT_NEEDS,
  PLAN_CHANGE_KIND_LABELS,
  PLAN_CHANGE_KINDS,
  PLAN_PRIORITIES,
  PLAN_PRIORITY_LABELS,
  PROTOCOL_SCOPE_LABELS,
  PROTOCOL_SCOPES,
  PROTOCOL_TYPE_LABELS,
  PROTOCOL_TYPES,
  REACH_LABELS,
  REACHES,
} from '@rcp/vocabulary';

/** The change form's choices, in order, with their labels. */
export const CHANGE_FORM_CHOICES = {
  kinds: PLAN_CHANGE_KINDS,
  kindLabels: PLAN_CHANGE_KIND_LABELS,
  priorities: PLAN_PRIORITIES,
  priorityLabels: PLAN_PRIORITY_LABELS,
  types: PROTOCOL_TYPES,
  typeLabels: PROTOCOL_TYPE_LABELS,
  scopes: PROTOCOL_SCOPES,
  scopeLabels: PROTOCOL_SCOPE_LABELS,
  needs: CONTEXT_NEEDS,
  needLabels: CONTEXT_NEED_LABELS,
  reaches: REACHES,
  reachLabels: REACH_LABELS,
} as const;
