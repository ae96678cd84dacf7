import { Injectable } from '@nestjs/common';
import type { WhoMadeItWork } from '@rcp/api-contract';
import { Actor } from '../auth/actor';
import { BenchmarksRepository, LatestAuditRow } from './benchmarks.repository';

/**
 * Where a protocol works: councils whose latest audit rates a protocol of this category (or this
 * library protocol) as enabling, with their evidence. Council users see named councils only.
 */
@Injectable()
export class WhoMadeItWorkService {
  constructor(private readonly repository: BenchmarksRepository) {}

  async whoMadeItWork(
    actor: Actor,
    category: string | null,
    libraryKey: string | null,
  ): Promise<WhoMadeItWork> {
    const coordinator = actor.role === 'coordinator';
    const latest = await this.repository.listLatestSubmitted(null);
    const rows = await this.repository.listEnablingProtocols(
      latest.map((r) => r.audit_id),
      category,
      libraryKey,
    );
    const councilOf = new Map(latest.map((r) => [r.audit_id, r]));
    const visible = rows.filter((r) => {
      const c = councilOf.get(r.audit_id);
      return coordinator || c?.sharing === 'named' || c?.council_id === actor.councilId;
    });
    const listed = visible.slice(0, 50);
    const evidence = await this.repository.listPositiveEvidence(
      listed.map((r) => ({ auditId: r.audit_id, protocolId: r.protocol_id })),
    );
    return {
      category,
      libraryKey,
      anonymousCount: rows.length - visible.length,
      entries: listed.map((r) => {
        const c = councilOf.get(r.audit_id) as LatestAuditRow;
        return {
          councilName: c.name,
          councilId: c.council_id,
          protocolName: r.protocol_name,
          category: r.category,
          score: r.score,
          periodEnd: c.period_end,
          evidence: [
            ...new Set(
              evidence
                .filter((e) => e.audit_id === r.audit_id && e.protocol_id === r.protocol_id)
                .map((e) => e.evidence_text),
            ),
          ].slice(0, 3),
        };
      }),
    };
  }
}
