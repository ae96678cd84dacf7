import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NetworkCouncilRow } from '@rcp/api-contract';
import { DataSource, EntityManager } from 'typeorm';

/** One council of the overview as PostgreSQL returns it (columns aliased to the contract's names). */
export type NetworkOverviewRow = Omit<NetworkCouncilRow, 'lastSubmittedAt'> & {
  lastSubmittedAt: Date | null;
};

export function toNetworkCouncilRow(r: NetworkOverviewRow): NetworkCouncilRow {
  return {
    ...r,
    lastSubmittedAt: r.lastSubmittedAt ? new Date(r.lastSubmittedAt).toISOString() : null,
  };
}

/** Read model for the coordinator's view of the whole network. */
@Injectable()
export class NetworkRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Every active council by name, with its latest submitted audit, the change from the one before,
   * and its counts of submitted and draft audits: one query.
   */
  async listCouncilOverview(m: EntityManager = this.db.manager): Promise<NetworkOverviewRow[]> {
    return (await m.query(
      `WITH ranked AS (
         SELECT a.council_id, a.label, a.index_score, a.provisional, a.coverage, a.period_end, a.submitted_at,
                row_number() OVER (PARTITION BY a.council_id ORDER BY a.period_end DESC, a.submitted_at DESC) AS n
           FROM audits a WHERE a.status = 'submitted')
       SELECT c.id AS "councilId", c.name, c.type, c.region, c.population_band AS "populationBand", c.sharing,
              l.index_score AS "latestIndex", l.index_score - p.index_score AS change, l.provisional, l.coverage,
              l.label AS "lastLabel", to_char(l.period_end, 'YYYY-MM-DD') AS "lastPeriodEnd", l.submitted_at AS "lastSubmittedAt",
              (SELECT count(*)::int FROM audits x WHERE x.council_id = c.id AND x.status = 'submitted') AS "submittedAudits",
              (SELECT count(*)::int FROM audits x WHERE x.council_id = c.id AND x.status = 'draft') AS "draftAudits"
         FROM councils c
         LEFT JOIN ranked l ON l.council_id = c.id AND l.n = 1
         LEFT JOIN ranked p ON p.council_id = c.id AND p.n = 2
        WHERE c.archived_at IS NULL
        ORDER BY c.name`,
    )) as NetworkOverviewRow[];
  }
}
