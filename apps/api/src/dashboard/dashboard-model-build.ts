import { weakEtag } from '../common/stored-json';
import {
  composeDashboard,
  DashboardSources,
  LoadedDashboard,
  loadDashboard,
} from './dashboard-answer';
import { DashboardQuery } from './dashboard.dto';
import { readDashboardVersion, StoredDashboard } from './dashboard-model.queries';
import { viewQuery } from './dashboard-view-key';

export { DEFAULT_VIEW } from './dashboard-view-key';

/** A view's answer as built, and whether it may be kept (see storable). */
export interface BuiltDashboard extends StoredDashboard {
  storable: boolean;
}

/**
 * Builds one stored view, labelled with the council version read through the same connection:
 * inside a REPEATABLE READ transaction (or the migration's), text and version match exactly.
 */
export async function buildStoredDashboard(
  sources: DashboardSources,
  councilId: string,
  view: string,
): Promise<BuiltDashboard> {
  const version = await readDashboardVersion(sources.m, councilId);
  const q = viewQuery(view);
  const loaded = await loadDashboard(sources, councilId, q);
  const body = JSON.stringify(composeDashboard(loaded));
  return { version, etag: weakEtag(body), body, storable: storable(q, loaded) };
}

/**
 * Whether an answer names only what the council's data has, and so may be stored and held. A
 * query is what a user types (a service area is free text, ids any UUID): storing each one would
 * let anyone grow the table and the process's memory without limit. The audit ids were checked
 * while loading (not one of the council's submitted audits: 404); a service area must be one its
 * submitted audits hold — any other filters every protocol out, and is computed on each request
 * as before. What is left is bounded by the council's data; storeDashboard also caps it.
 */
function storable(q: DashboardQuery, loaded: LoadedDashboard): boolean {
  if (q.serviceArea === undefined) return true;
  // A filtered view loads every submitted audit's protocols.
  return loaded.view?.protocols.some((p) => p.service_area === q.serviceArea) ?? false;
}
