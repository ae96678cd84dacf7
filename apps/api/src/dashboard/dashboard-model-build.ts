import { weakEtag } from '../common/stored-json';
import { composeDashboard, DashboardSources, loadDashboard } from './dashboard-answer';
import { DashboardQuery } from './dashboard.dto';
import { readDashboardVersion, StoredDashboard } from './dashboard-model.queries';

/** The view stored for the default dashboard (the latest audit against the one before). */
export const DEFAULT_VIEW = '';

/**
 * Which stored view answers this query: '' for the default, the audit id when only an audit is
 * chosen; null when it compares with a chosen audit or filters (those are computed live).
 */
export function storedView(q: DashboardQuery): string | null {
  if (q.compareTo !== undefined || q.serviceArea !== undefined || q.scope !== undefined)
    return null;
  return q.auditId ?? DEFAULT_VIEW;
}

/**
 * Builds one stored view, labelled with the council version read through the same connection:
 * inside a REPEATABLE READ transaction (or the migration's), text and version match exactly.
 */
export async function buildStoredDashboard(
  sources: DashboardSources,
  councilId: string,
  view: string,
): Promise<StoredDashboard> {
  const version = await readDashboardVersion(sources.m, councilId);
  const q: DashboardQuery = view === DEFAULT_VIEW ? {} : { auditId: view };
  const body = JSON.stringify(composeDashboard(await loadDashboard(sources, councilId, q)));
  return { version, etag: weakEtag(body), body };
}
