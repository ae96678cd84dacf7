import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CouncilReportDetail, DashboardAuditRef } from '@rcp/api-contract';
import { DataSource } from 'typeorm';
import { FrameworksService } from '../frameworks/frameworks.service';
import { pickHoldingBack, pickImprovements, toReportProtocol } from './report-picks';
import { ReportAuditRow, ReportsQueries } from './reports.queries';

/** The parts of a council report the dashboard does not answer. */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queries: ReportsQueries,
    private readonly frameworks: FrameworksService,
  ) {}

  /** For `auditId` (default: the latest submitted audit), compared with the one before it. */
  async detail(councilId: string, auditId?: string): Promise<CouncilReportDetail> {
    // One snapshot, so the lists and their evidence agree.
    const read = await this.db.transaction('REPEATABLE READ', async (m) => {
      const audits = await this.queries.submittedAudits(councilId, m);
      const index = auditId ? audits.findIndex((a) => a.id === auditId) : audits.length - 1;
      if (index < 0) {
        throw new NotFoundException(
          auditId ? 'Audit not found.' : 'This council has no submitted audit yet.',
        );
      }
      const audit = audits[index];
      const previous = index > 0 ? audits[index - 1] : null;
      const rows = await this.queries.protocols(councilId, audit.id, previous?.id ?? null, m);
      const holdingBack = pickHoldingBack(rows);
      const improvements = pickImprovements(rows);
      const ids = [...new Set([...holdingBack, ...improvements].map((r) => r.protocol_id))];
      const evidence = await this.queries.evidence(councilId, audit.id, ids, m);
      return { audit, previous, holdingBack, improvements, evidence };
    });
    const framework = await this.frameworks.version(read.audit.framework_number);
    const titles = {
      principles: new Map(
        framework.items.filter((i) => i.layer === 'principle').map((i) => [i.key, i.title]),
      ),
      categories: new Map(framework.categories.map((c) => [c.key, c.title])),
    };
    return {
      councilId,
      audit: ref(read.audit),
      compareTo: read.previous ? ref(read.previous) : null,
      holdingBack: read.holdingBack.map((r) =>
        toReportProtocol(r, read.evidence, titles, 'worst-first'),
      ),
      improvements: read.improvements.map((r) =>
        toReportProtocol(r, read.evidence, titles, 'best-first'),
      ),
    };
  }
}

function ref(a: ReportAuditRow): DashboardAuditRef {
  return { id: a.id, label: a.label, periodStart: a.period_start, periodEnd: a.period_end };
}
