import {
  PLAN_CHANGE_KINDS,
  type PlanChangeKind,
  type PlanChangeStatus,
  type PlanPriority,
} from '@rcp/vocabulary';
import type {
  CreatePlanChangeRequest,
  FrameworkVersion,
  NewProtocolFields,
  PlanChangeDetail,
  TargetRatings,
  UpdatePlanChangeRequest,
} from '@rcp/api-contract';
import { PLAN_STATUS_TRANSITIONS } from '@rcp/api-contract';
import type { ContextNeed } from '@rcp/vocabulary';
import type { TargetColumn } from '../ui/target-grid';
import { applicableOnly } from './target-grid';

/** The change form's values, as its controls hold them ('' = not given). */
export interface ChangeFormValues {
  kind: PlanChangeKind;
  protocolId: string;
  title: string;
  rationale: string;
  ownerUserId: string;
  ownerTeam: string;
  dueDate: string;
  priority: PlanPriority;
  status: 'proposed' | 'agreed' | 'in-progress';
  npName: string;
  npCategory: string;
  npType: string;
  npServiceArea: string;
  npScope: string;
  npContextNeed: string;
  npReach: string;
  npLibraryKey: string;
}

/** A kind from the address (?kind=…), or amend. */
export function kindFromParam(value: string | null | undefined): PlanChangeKind {
  return (PLAN_CHANGE_KINDS as readonly string[]).includes(value ?? '')
    ? (value as PlanChangeKind)
    : 'amend';
}

/** The grid's columns: the principles of the framework that apply to a context need, in order. */
export function targetColumns(
  version: Pick<FrameworkVersion, 'items' | 'scoring'> | null,
  need: ContextNeed | null,
): TargetColumn[] {
  if (!version || !need) return [];
  const titles = new Map(
    version.items.filter((i) => i.layer === 'principle').map((i) => [i.key, i.title]),
  );
  return version.scoring.principles
    .filter((p) => p.contexts.includes(need))
    .map((p) => ({ key: p.key, title: titles.get(p.key) ?? p.key }));
}

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

function newProtocolOf(v: ChangeFormValues): Partial<NewProtocolFields> {
  const fields: Partial<NewProtocolFields> = {};
  if (v.npLibraryKey) fields.libraryKey = v.npLibraryKey;
  if (v.npName.trim()) fields.name = v.npName.trim();
  if (v.npCategory) fields.category = v.npCategory;
  if (v.npType) fields.type = v.npType as NewProtocolFields['type'];
  if (v.npServiceArea.trim()) fields.serviceArea = v.npServiceArea.trim();
  if (v.npScope) fields.scope = v.npScope as NewProtocolFields['scope'];
  if (v.npContextNeed) fields.contextNeed = v.npContextNeed as NewProtocolFields['contextNeed'];
  if (v.npReach) fields.reach = v.npReach as NewProtocolFields['reach'];
  return fields;
}

/** The create request for the form's values; targets only on the grid's principles. */
export function createRequest(
  v: ChangeFormValues,
  targets: TargetRatings,
  columns: readonly TargetColumn[],
  canChooseOwner: boolean,
): CreatePlanChangeRequest {
  const request: CreatePlanChangeRequest = {
    kind: v.kind,
    title: v.title.trim(),
    rationale: v.rationale.trim(),
    ownerTeam: orNull(v.ownerTeam),
    dueDate: orNull(v.dueDate),
    priority: v.priority,
    status: v.status,
  };
  if (canChooseOwner) request.ownerUserId = orNull(v.ownerUserId);
  if (v.kind === 'introduce') request.newProtocol = newProtocolOf(v);
  else if (v.protocolId) request.protocolId = v.protocolId;
  if (v.kind !== 'retire')
    request.targetRatings = applicableOnly(
      targets,
      columns.map((c) => c.key),
    );
  return request;
}

/** The edit request: every editable field, with the version read. */
export function updateRequest(
  change: Pick<PlanChangeDetail, 'kind' | 'version'>,
  v: ChangeFormValues,
  targets: TargetRatings,
  columns: readonly TargetColumn[],
  canChooseOwner: boolean,
): UpdatePlanChangeRequest {
  const request: UpdatePlanChangeRequest = {
    version: change.version,
    title: v.title.trim(),
    rationale: v.rationale.trim(),
    ownerTeam: orNull(v.ownerTeam),
    dueDate: orNull(v.dueDate),
    priority: v.priority,
  };
  if (canChooseOwner) request.ownerUserId = orNull(v.ownerUserId);
  if (change.kind === 'introduce') request.newProtocol = newProtocolOf(v);
  if (change.kind !== 'retire')
    request.targetRatings = applicableOnly(
      targets,
      columns.map((c) => c.key),
    );
  return request;
}

/** The status actions offered for a change, as button labels. */
export function statusActions(
  status: PlanChangeStatus,
): Array<{ to: PlanChangeStatus; label: string }> {
  const labels: Record<PlanChangeStatus, string> = {
    proposed: status === 'dropped' ? 'Propose again' : 'Back to proposed',
    agreed: status === 'proposed' ? 'Mark as agreed' : 'Back to agreed',
    'in-progress': status === 'done' ? 'Reopen: back to in progress' : 'Mark as in progress',
    done: 'Mark as done',
    dropped: 'Drop this change',
  };
  return PLAN_STATUS_TRANSITIONS[status].map((to) => ({ to, label: labels[to] }));
}

/** A default title for a change to a protocol ("Replace: Missed appointments policy"). */
export function defaultTitle(kind: PlanChangeKind, protocolName: string): string {
  const verb = { amend: 'Amend', replace: 'Replace', retire: 'Retire', introduce: 'Introduce' }[
    kind
  ];
  return protocolName ? `${verb} ${protocolName}` : '';
}
