import { Controller, Get } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { NetworkCouncilRow } from '@rcp/api-contract';
import { DataSource } from 'typeorm';
import { Roles } from '../auth/access.decorators';

@ApiTags('dashboard')
@Controller('network')
export class NetworkController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get('overview')
  @Roles('coordinator')
  @ApiOperation({
    summary: "Every active council's latest index, change and last audit, in one query.",
  })
  async overview(): Promise<NetworkCouncilRow[]> {
    const rows = (await this.db.query(
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
    )) as Array<NetworkCouncilRow & { lastSubmittedAt: Date | null }>;
    return rows.map((r) => ({
      ...r,
      lastSubmittedAt: r.lastSubmittedAt ? new Date(r.lastSubmittedAt).toISOString() : null,
    }));
  }
}
