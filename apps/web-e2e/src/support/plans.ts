import { APIRequestContext, expect, Locator, Page } from '@playwright/test';
import type {
  AuditStatusChange,
  CouncilDashboard,
  PlanAchievement,
  PlanChange,
  PlanChangeDetail,
  PlanChangeList,
  PlanProjection,
  RatingWrite,
  SuggestedTargets,
  TargetRatings,
} from '@rcp/api-contract';
import { formatIndex, getAudit, requestApi } from './audits';

const OPEN = ['proposed', 'agreed', 'in-progress'];

async function getJson<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(path);
  expect(response.ok(), `GET ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

export function planChanges(request: APIRequestContext, councilId: string): Promise<PlanChange[]> {
  return getJson<PlanChangeList>(request, `/api/v1/councils/${councilId}/plan/changes`).then(
    (l) => l.changes,
  );
}

/** The projection of the default selection (agreed and in progress), as the dashboard reads it. */
export function defaultProjection(
  request: APIRequestContext,
  councilId: string,
): Promise<PlanProjection> {
  return getJson<PlanProjection>(
    request,
    `/api/v1/councils/${councilId}/plan/projection?includeProposed=false`,
  );
}

/**
 * An organisational protocol of the council's latest submitted audit with no open change yet (a
 * protocol has at most one), that can still improve: the lowest-scoring such one.
 */
export async function protocolToPlan(
  request: APIRequestContext,
  councilId: string,
): Promise<{ id: string; name: string }> {
  const dashboard = await getJson<CouncilDashboard>(
    request,
    `/api/v1/councils/${councilId}/dashboard`,
  );
  const open = new Set(
    (await planChanges(request, councilId))
      .filter((c) => OPEN.includes(c.status))
      .map((c) => c.protocolId),
  );
  const candidates = dashboard.heatmap.rows
    .filter((r) => r.scope === 'organisational' && r.score !== null && r.score < 100)
    .filter((r) => !open.has(r.protocolId))
    .sort((a, b) => (a.score as number) - (b.score as number));
  expect(candidates.length, 'a protocol without an open change').toBeGreaterThan(0);
  return { id: candidates[0].protocolId, name: candidates[0].name };
}

/** The suggested targets of a protocol (every principle that applies to it). */
export async function suggestedTargets(
  request: APIRequestContext,
  councilId: string,
  protocolId: string,
): Promise<TargetRatings> {
  const s = await getJson<SuggestedTargets>(
    request,
    `/api/v1/councils/${councilId}/plan/suggested-targets?protocolId=${protocolId}`,
  );
  return s.targetRatings;
}

/** Plans a change through the API as whoever `request` is signed in as, and agrees it. */
export async function planAndAgree(
  request: APIRequestContext,
  councilId: string,
  body: {
    kind: 'amend' | 'replace';
    protocolId: string;
    title: string;
    targetRatings: TargetRatings;
    dueDate: string;
  },
): Promise<PlanChangeDetail> {
  const created = await requestApi<PlanChangeDetail>(
    request,
    'POST',
    `/api/v1/councils/${councilId}/plan/changes`,
    { ...body, status: 'proposed' },
  );
  return requestApi<PlanChangeDetail>(
    request,
    'POST',
    `/api/v1/plan-changes/${created.id}/status`,
    {
      status: 'agreed',
      version: created.version,
      note: 'Agreed at the E2E management meeting.',
    },
  );
}

/** The numeric targets only (N/A targets are shown, not counted). */
export function numericTargets(targets: TargetRatings): Array<[string, number]> {
  return Object.entries(targets).flatMap(([key, value]) =>
    value === null ? [] : [[key, value] as [string, number]],
  );
}

/**
 * Rates the protocol at its targets in the audit (leadership), each with new evidence (which
 * ±2s, and any change across enabling and inhibiting, need), then submits the audit.
 */
export async function rateAtTargetsAndSubmit(
  request: APIRequestContext,
  auditId: string,
  protocolId: string,
  targets: TargetRatings,
): Promise<AuditStatusChange> {
  const audit = await getAudit(request, auditId);
  const ratings: RatingWrite[] = numericTargets(targets).map(([principleKey, value]) => ({
    protocolId,
    principleKey,
    value: value as RatingWrite['value'],
    evidence: { text: `E2E: the amended protocol now meets its target on ${principleKey}.` },
  }));
  const written = await requestApi<{ version: number }>(
    request,
    'PUT',
    `/api/v1/audits/${auditId}/ratings`,
    { version: audit.version, ratings },
  );
  return requestApi<AuditStatusChange>(request, 'POST', `/api/v1/audits/${auditId}/submit`, {
    version: written.version,
  });
}

/** Reopens a submitted audit (as its council's lead), keeping it out of the submitted history. */
export async function reopenAudit(request: APIRequestContext, auditId: string): Promise<void> {
  const audit = await getAudit(request, auditId);
  await requestApi<AuditStatusChange>(request, 'POST', `/api/v1/audits/${auditId}/reopen`, {
    version: audit.version,
    reason: 'E2E: planned vs achieved checked; keeping the demo history as it was',
  });
}

/** "key: +1 → +1 ✓": a target met, as the planned vs achieved table shows it. */
export function metText(principleKey: string, value: number): string {
  const symbol = value > 0 ? `+${value}` : value < 0 ? `−${Math.abs(value)}` : '0';
  return `${principleKey}: ${symbol} → ${symbol} ✓`;
}

/** The row of the planned vs achieved table of a change. */
export function achievementRow(page: Page, title: string): Locator {
  return page.getByTestId('achievement-table').locator('tbody tr', { hasText: title });
}

/** The latest due date among the projected changes, and how many there are. */
export async function projectedDue(
  request: APIRequestContext,
  councilId: string,
  projection: PlanProjection,
): Promise<{ count: number; dueDate: string }> {
  const selected = new Set(projection.selectedIds);
  const due = (await planChanges(request, councilId))
    .filter((c) => selected.has(c.id) && c.dueDate)
    .map((c) => c.dueDate as string)
    .sort();
  expect(due.length, 'a projected change with a due date').toBeGreaterThan(0);
  return { count: projection.selectedIds.length, dueDate: due[due.length - 1] };
}

/** "31 December 2026", as the page writes a day. */
export function dayText(isoDate: string): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The projected index as the page shows it (no plus sign: an index, not a change). */
export function projectedIndexText(projection: PlanProjection): string {
  return formatIndex(projection.after?.index ?? null).replace(/^\+/, '');
}

/** The start of the dashboard's sentence on the projection (its delta follows). */
export function projectionSentence(
  due: { count: number; dueDate: string },
  projection: PlanProjection,
): string {
  const changes =
    due.count === 1
      ? 'the 1 agreed or in-progress change lands'
      : `the ${due.count} agreed and in-progress changes land`;
  return `If ${changes} by ${dayText(due.dueDate)}, the index would be ${projectedIndexText(projection)}`;
}

/**
 * The first of the dashboard's organisational mismatches with no open change (a protocol has at
 * most one).
 */
export async function mismatchToPlan(
  request: APIRequestContext,
  councilId: string,
  dashboard: CouncilDashboard,
): Promise<CouncilDashboard['mismatches'][number]> {
  const open = new Set(
    (await planChanges(request, councilId))
      .filter((c) => OPEN.includes(c.status))
      .map((c) => c.protocolId),
  );
  // Organisational, so that the change moves the council index (the wider environment's is apart).
  const organisational = new Set(
    dashboard.heatmap.rows.filter((r) => r.scope === 'organisational').map((r) => r.protocolId),
  );
  const mismatch = dashboard.mismatches.find(
    (m) => !open.has(m.protocolId) && organisational.has(m.protocolId),
  );
  expect(
    mismatch,
    'Northfield has an organisational mismatch without an open change',
  ).toBeDefined();
  return mismatch as CouncilDashboard['mismatches'][number];
}

/** The id of the council's change with this title. */
export async function changeIdByTitle(
  request: APIRequestContext,
  councilId: string,
  title: string,
): Promise<string> {
  const change = (await planChanges(request, councilId)).find((c) => c.title === title);
  expect(change, `the change "${title}"`).toBeDefined();
  return change?.id ?? '';
}

/** A change's own contribution to the projected index (NaN when it has none). */
export function contributionOf(projection: PlanProjection, changeId: string): number {
  return projection.changes.find((c) => c.changeId === changeId)?.contribution ?? NaN;
}

/** Planned vs achieved, as the API states it. */
export function achievementOf(
  request: APIRequestContext,
  councilId: string,
): Promise<PlanAchievement> {
  return getJson<PlanAchievement>(request, `/api/v1/councils/${councilId}/plan/achievement`);
}
