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
   * and its counts of submitted and draft audits: one query. The latest two audits come from each
   * council's own end of its audit index (not a ranking of every audit in the network; the id
   * breaks a tie, so the two are never the same audit), the counts from one pass over the audits.
   */
  async listCouncilOverview(m: EntityManager = this.db.manager): Promise<NetworkOverviewRow[]> {
    return (await m.query(
      `SELECT c.id AS "councilId", c.name, c.type, c.region, c.population_band AS "populationBand", c.sharing,
              l.index_score AS "latestIndex", l.index_score - p.index_score AS change, l.provisional, l.coverage,
              l.label AS "lastLabel", to_char(l.period_end, 'YYYY-MM-DD') AS "lastPeriodEnd", l.submitted_at AS "lastSubmittedAt",
              coalesce(n.submitted, 0) AS "submittedAudits", coalesce(n.drafts, 0) AS "draftAudits"
         FROM councils c
         LEFT JOIN LATERAL (
           SELECT a.label, a.index_score, a.provisional, a.coverage, a.period_end, a.submitted_at
             FROM audits a WHERE a.council_id = c.id AND a.status = 'submitted'
            ORDER BY a.period_end DESC, a.submitted_at DESC, a.id DESC LIMIT 1) l ON true
         LEFT JOIN LATERAL (
           SELECT a.index_score
             FROM audits a WHERE a.council_id = c.id AND a.status = 'submitted'
            ORDER BY a.period_end DESC, a.submitted_at DESC, a.id DESC OFFSET 1 LIMIT 1) p ON true
         LEFT JOIN (
           SELECT council_id, count(*) FILTER (WHERE status = 'submitted')::int AS submitted,
                  count(*) FILTER (WHERE status = 'draft')::int AS drafts
             FROM audits GROUP BY council_id) n ON n.council_id = c.id
        WHERE c.archived_at IS NULL
        ORDER BY c.name`,
    )) as NetworkOverviewRow[];
  }
}
