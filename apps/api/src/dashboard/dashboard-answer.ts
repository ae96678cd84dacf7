import { NotFoundException } from '@nestjs/common';
import type { CouncilDashboard, FrameworkVersion } from '@rcp/api-contract';
import { EntityManager } from 'typeorm';
import { DashboardQuery } from './dashboard.dto';
import {
  DashboardAuditRow,
  DashboardCouncilRow,
  DashboardRepository,
} from './dashboard.repository';
import { buildClassBreakdown } from './model/class-breakdown';
import {
  auditRef,
  createDashboardView,
  dashboardFramework,
  DashboardFilters,
  DashboardView,
  isFiltered,
} from './model/dashboard-view';
import { buildHeadline } from './model/headline';
import { buildHeatmap } from './model/heatmap';
import { buildMismatches } from './model/mismatches';
import { buildMovers } from './model/movers';
import { buildPerspectiveGaps } from './model/perspective-gaps';
import { buildPrincipleProfile } from './model/principle-profile';
import { buildServiceAreas } from './model/service-areas';
import { buildTrend } from './model/trend';

/** Where a dashboard is read from: a connection or transaction, and the framework versions. */
export interface DashboardSources {
  repository: DashboardRepository;
  m: EntityManager;
  framework(number: number): Promise<FrameworkVersion>;
}

export interface LoadedDashboard {
  council: DashboardCouncilRow;
  audits: DashboardAuditRow[];
  selected: DashboardAuditRow | null;
  compare: DashboardAuditRow | null;
  filters: DashboardFilters;
  /** Null when the council has no submitted audit yet. */
  view: DashboardView | null;
}

/**
 * Reads what a council's dashboard shows, from the summaries stored when audits were submitted:
 * a fixed number of queries whatever the number of audits or protocols (no N+1).
 */
export async function loadDashboard(
  { repository, m, framework }: DashboardSources,
  councilId: string,
  q: DashboardQuery,
): Promise<LoadedDashboard> {
  const council = await repository.findCouncil(councilId, m);
  if (!council) throw new NotFoundException('Council not found.');
  const audits = await repository.listSubmittedAudits(councilId, m);

  const selected =
    (q.auditId ? audits.find((a) => a.id === q.auditId) : audits[audits.length - 1]) ?? null;
  if (q.auditId && !selected) throw new NotFoundException('Audit not found.');
  const selectedIndex = selected ? audits.indexOf(selected) : -1;
  const compare = q.compareTo
    ? (audits.find((a) => a.id === q.compareTo) ?? null)
    : selectedIndex > 0
      ? audits[selectedIndex - 1]
      : null;
  if (q.compareTo && !compare) throw new NotFoundException('Audit not found.');

  const filters: DashboardFilters = {
    serviceArea: q.serviceArea ?? null,
    scope: q.scope ?? null,
  };
  const loaded = { council, audits, selected, compare, filters };
  if (!selected) return { ...loaded, view: null };

  const version = await framework(selected.framework_number);
  const filtered = isFiltered(filters);
  // Filtered views score every audit again, so they need every audit's protocols and ratings.
  const auditIds = filtered
    ? audits.map((a) => a.id)
    : [selected.id, ...(compare ? [compare.id] : [])];
  const protocols = await repository.listAuditProtocols(auditIds, m);
  const ratings = await repository.listLeadershipRatings(auditIds, m);
  const principleScores = filtered ? [] : await repository.listPrincipleScores(auditIds, m);
  // Only the selected audit's summary is read, and only when its perspective panel shows.
  const perspectiveGaps =
    !filtered && selected.perspectives.length > 1
      ? await repository.findPerspectiveGaps(selected.id, m)
      : null;
  return {
    ...loaded,
    view: createDashboardView({
      audits,
      selected,
      compare,
      filters,
      framework: dashboardFramework(version),
      protocols,
      ratings,
      principleScores,
      perspectiveGaps,
    }),
  };
}

/** A council's dashboard in one answer: each panel built from the same loaded view. */
export function composeDashboard(loaded: LoadedDashboard): CouncilDashboard {
  const { council, audits, selected, compare, filters, view } = loaded;
  const base: CouncilDashboard = {
    council,
    audits: audits.map(auditRef),
    selected: selected ? auditRef(selected) : null,
    compareTo: compare ? auditRef(compare) : null,
    filters,
    serviceAreas: [],
    headline: null,
    trend: [],
    principleProfile: [],
    heatmap: { principles: [], rows: [] },
    classBreakdown: { byCategory: [], byServiceArea: [] },
    movers: [],
    mismatches: [],
    perspectiveGaps: null,
  };
  if (!view) return base;
  return {
    ...base,
    serviceAreas: buildServiceAreas(view),
    headline: buildHeadline(view),
    trend: buildTrend(view),
    principleProfile: buildPrincipleProfile(view),
    heatmap: buildHeatmap(view),
    classBreakdown: buildClassBreakdown(view),
    movers: buildMovers(view),
    mismatches: buildMismatches(view),
    perspectiveGaps: buildPerspectiveGaps(view),
  };
}
