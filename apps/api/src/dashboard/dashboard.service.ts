import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CouncilDashboard } from '@rcp/api-contract';
import { DataSource, EntityManager } from 'typeorm';
import { FrameworksService } from '../frameworks/frameworks.service';
import { composeDashboard, DashboardSources, loadDashboard } from './dashboard-answer';
import { DashboardQuery } from './dashboard.dto';
import { DashboardRepository } from './dashboard.repository';

/** A council's dashboard computed now from its submitted audits, as its stored answers are built. */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: DashboardRepository,
    private readonly frameworks: FrameworksService,
  ) {}

  async dashboard(
    councilId: string,
    q: DashboardQuery,
    m: EntityManager = this.db.manager,
  ): Promise<CouncilDashboard> {
    return composeDashboard(await loadDashboard(this.sources(m), councilId, q));
  }

  /** Reads through `m`; published framework versions (which never change) come from the cache. */
  sources(m: EntityManager): DashboardSources {
    return {
      repository: this.repository,
      m,
      framework: (number) => this.frameworks.version(number),
    };
  }
}
