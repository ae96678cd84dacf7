import { Injectable } from '@nestjs/common';
import type { CouncilDashboard } from '@rcp/api-contract';
import { DashboardQuery } from './dashboard.dto';
import { DashboardLoader } from './dashboard-loader.service';
import { buildClassBreakdown } from './model/class-breakdown';
import { auditRef } from './model/dashboard-view';
import { buildHeadline } from './model/headline';
import { buildHeatmap } from './model/heatmap';
import { buildMismatches } from './model/mismatches';
import { buildMovers } from './model/movers';
import { buildPerspectiveGaps } from './model/perspective-gaps';
import { buildPrincipleProfile } from './model/principle-profile';
import { buildServiceAreas } from './model/service-areas';
import { buildTrend } from './model/trend';

/** A council's dashboard in one response: loaded once, then each panel built from the same view. */
@Injectable()
export class DashboardService {
  constructor(private readonly loader: DashboardLoader) {}

  async dashboard(councilId: string, q: DashboardQuery): Promise<CouncilDashboard> {
    const { council, audits, selected, compare, filters, view } = await this.loader.load(
      councilId,
      q,
    );
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
}
