import { DashboardView } from './dashboard-view';

/** The service areas of the selected audit (whatever the filters), for the filter picker. */
export function buildServiceAreas(v: DashboardView): string[] {
  return [
    ...new Set(v.protocols.filter((p) => p.audit_id === v.selected.id).map((p) => p.service_area)),
  ].sort();
}
