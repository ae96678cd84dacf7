import type { ProtocolScope } from '@rcp/vocabulary';
import { DashboardQuery } from './dashboard.dto';

/** The view stored for the default dashboard (the latest audit against the one before). */
export const DEFAULT_VIEW = '';

/** Marks a chosen view's key: a comparison or filters, beyond the audit alone. */
const CHOSEN = '?';

/** A chosen view's parameters, in the one order its key lists them. */
const PARAMS = ['auditId', 'compareTo', 'serviceArea', 'scope'] as const;

/**
 * The stored view that answers a validated query, one key per distinct query whatever the order
 * of its parameters: '' for the default, the audit id when only an audit is chosen (the keys
 * stored before chosen views were), and for a comparison or filters '?' and the parameters in a
 * fixed order, URL-encoded (so no value can run into the next).
 */
export function viewKey(q: DashboardQuery): string {
  if (q.compareTo === undefined && q.serviceArea === undefined && q.scope === undefined)
    return q.auditId ?? DEFAULT_VIEW;
  const params = new URLSearchParams();
  for (const name of PARAMS) {
    const value = q[name];
    if (value !== undefined) params.append(name, value);
  }
  return `${CHOSEN}${params.toString()}`;
}

/** The query a view key stands for (the inverse of viewKey). */
export function viewQuery(view: string): DashboardQuery {
  if (view === DEFAULT_VIEW) return {};
  if (!isChosenView(view)) return { auditId: view };
  const params = new URLSearchParams(view.slice(CHOSEN.length));
  const q: DashboardQuery = {};
  for (const name of PARAMS) {
    const value = params.get(name);
    if (value === null) continue;
    if (name === 'scope') q.scope = value as ProtocolScope;
    else q[name] = value;
  }
  return q;
}

/** Whether a view is a comparison or filtered (those a council may keep only so many of). */
export function isChosenView(view: string): boolean {
  return view.startsWith(CHOSEN);
}

/** The SQL LIKE pattern of chosen views' keys ('?' is no wildcard in LIKE). */
export const CHOSEN_VIEW_PATTERN = `${CHOSEN}%`;
