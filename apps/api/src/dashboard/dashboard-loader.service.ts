import { Injectable, NotFoundException } from '@nestjs/common';
import { FrameworksService } from '../frameworks/frameworks.service';
import { DashboardQuery } from './dashboard.dto';
import {
  DashboardAuditRow,
  DashboardCouncilRow,
  DashboardRepository,
} from './dashboard.repository';
import {
  createDashboardView,
  dashboardFramework,
  DashboardFilters,
  DashboardView,
  isFiltered,
} from './model/dashboard-view';

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
@Injectable()
export class DashboardLoader {
  constructor(
    private readonly repository: DashboardRepository,
    private readonly frameworks: FrameworksService,
  ) {}

  async load(councilId: string, q: DashboardQuery): Promise<LoadedDashboard> {
    const council = await this.repository.findCouncil(councilId);
    if (!council) throw new NotFoundException('Council not found.');
    const audits = await this.repository.listSubmittedAudits(councilId);

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

    const framework = await this.frameworks.version(selected.framework_number);
    const filtered = isFiltered(filters);
    // Filtered views score every audit again, so they need every audit's protocols and ratings.
    const auditIds = filtered
      ? audits.map((a) => a.id)
      : [selected.id, ...(compare ? [compare.id] : [])];
    const protocols = await this.repository.listAuditProtocols(auditIds);
    const ratings = await this.repository.listLeadershipRatings(auditIds);
    const principleScores = filtered ? [] : await this.repository.listPrincipleScores(auditIds);
    // Only the selected audit's summary is read, and only when its perspective panel shows.
    const perspectiveGaps =
      !filtered && selected.perspectives.length > 1
        ? await this.repository.findPerspectiveGaps(selected.id)
        : null;
    return {
      ...loaded,
      view: createDashboardView({
        audits,
        selected,
        compare,
        filters,
        framework: dashboardFramework(framework),
        protocols,
        ratings,
        principleScores,
        perspectiveGaps,
      }),
    };
  }
}
