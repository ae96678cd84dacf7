import { ParamMap, Params } from '@angular/router';
import { CouncilDashboard, DashboardAuditRef } from '@rcp/api-contract';
import { shortLabel } from './dashboard-text';
import { formatIndex } from '../../shared/format/index-format';

export type ScopeFilter = 'organisational' | 'wider';

/** What the dashboard shows, as it is kept in the address (query parameters) so links can be shared. */
export interface DashboardFilters {
  /** A submitted audit; null: the latest. */
  auditId: string | null;
  /** The audit to compare with; null: the one before. */
  compareTo: string | null;
  serviceArea: string | null;
  scope: ScopeFilter | null;
}

/** A choice made in the filters form. */
export interface FilterChange {
  filters: DashboardFilters;
  /** The control that changed, to give focus back to once the new numbers are in. */
  controlId: string;
}

export const NO_FILTERS: DashboardFilters = {
  auditId: null,
  compareTo: null,
  serviceArea: null,
  scope: null,
};

export const SCOPE_OPTIONS: ReadonlyArray<{ value: ScopeFilter | null; label: string }> = [
  { value: null, label: 'All protocols' },
  { value: 'organisational', label: 'Organisational protocols (the council controls them)' },
  { value: 'wider', label: 'Wider environment (the council shapes but does not control it)' },
];

function textParam(params: ParamMap, name: string): string | null {
  const value = params.get(name)?.trim();
  return value ? value.slice(0, 200) : null;
}

/** Reads the filters from the address; anything unrecognised is ignored rather than sent. */
export function filtersFromParams(params: ParamMap): DashboardFilters {
  const scope = params.get('scope');
  return {
    auditId: textParam(params, 'auditId'),
    compareTo: textParam(params, 'compareTo'),
    serviceArea: textParam(params, 'serviceArea'),
    scope: scope === 'organisational' || scope === 'wider' ? scope : null,
  };
}

/** Query parameters for the address: empty filters become null, so a merge removes them. */
export function filtersToParams(filters: DashboardFilters): Params {
  return {
    auditId: filters.auditId || null,
    compareTo: filters.compareTo || null,
    serviceArea: filters.serviceArea || null,
    scope: filters.scope || null,
  };
}

/** The API's query string for these filters (only those set). */
export function filtersToQuery(filters: DashboardFilters): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.auditId) query['auditId'] = filters.auditId;
  if (filters.compareTo) query['compareTo'] = filters.compareTo;
  if (filters.serviceArea) query['serviceArea'] = filters.serviceArea;
  if (filters.scope) query['scope'] = filters.scope;
  return query;
}

export function sameFilters(a: DashboardFilters, b: DashboardFilters): boolean {
  return (
    a.auditId === b.auditId &&
    a.compareTo === b.compareTo &&
    a.serviceArea === b.serviceArea &&
    a.scope === b.scope
  );
}

/**
 * The filters after one change. Choosing another audit forgets an explicit comparison that would no
 * longer be earlier than it (the default, "the one before", then applies again).
 */
export function changeFilter(
  filters: DashboardFilters,
  audits: readonly DashboardAuditRef[],
  key: keyof DashboardFilters,
  value: string | null,
): DashboardFilters {
  const next: DashboardFilters =
    key === 'scope'
      ? { ...filters, scope: value === 'organisational' || value === 'wider' ? value : null }
      : { ...filters, [key]: value || null };
  if (key === 'auditId' && next.compareTo) {
    const selected = next.auditId
      ? audits.findIndex((a) => a.id === next.auditId)
      : audits.length - 1;
    const compared = audits.findIndex((a) => a.id === next.compareTo);
    if (compared < 0 || compared >= selected) next.compareTo = null;
  }
  return next;
}

/** The audits a chosen audit can be compared with: the earlier ones, latest first. */
export function comparableAudits(
  audits: readonly DashboardAuditRef[],
  selectedId: string | null,
): DashboardAuditRef[] {
  const index = selectedId ? audits.findIndex((a) => a.id === selectedId) : audits.length - 1;
  return audits.slice(0, Math.max(index, 0)).reverse();
}

/** One sentence saying what is shown, for the status line under the filters. */
export function showingSentence(d: CouncilDashboard): string {
  if (!d.selected) return 'There is no submitted audit to show yet.';
  const parts = [`Showing ${shortLabel(d.selected)}`];
  parts.push(
    d.compareTo ? `compared with ${shortLabel(d.compareTo)}` : 'with no earlier audit to compare',
  );
  const scope =
    d.filters.scope === 'organisational'
      ? 'organisational protocols'
      : d.filters.scope === 'wider'
        ? 'the wider environment'
        : 'all protocols';
  parts.push(d.filters.serviceArea ? `${scope} in ${d.filters.serviceArea}` : scope);
  const index = d.headline?.index;
  const tail = index === null || index === undefined ? '' : ` (index ${formatIndex(index)})`;
  return `${parts.join(', ')}${tail}.`;
}
