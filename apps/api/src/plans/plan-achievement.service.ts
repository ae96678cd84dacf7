import { Injectable } from '@nestjs/common';
import type {
  NetworkPlans,
  PlanAchievement,
  PlanAchievementItem,
  PlanOutcome,
} from '@rcp/api-contract';
import { AuditSummary, projectWhatIf, ProtocolResult, toWhatIf, WhatIfChange } from '@rcp/scoring';
import * as Papa from 'papaparse';
import { AuditRow } from '../audits/audits.repository';
import { ukToday } from '../common/uk-date';
import { PlanAudit, PlanAuditsLoader } from './plan-audits.loader';
import { PlanChangeRow, PlanChangesRepository, toPlanChange } from './plan-changes.repository';
import { PlanRegisterRepository } from './plan-register.repository';
import { assessChange } from './model/achievement';
import { changeToProject } from './model/projection';

const ASSESSED = new Set(['agreed', 'in-progress', 'done']);

interface Scored extends PlanAudit {
  summary: AuditSummary;
  results: Map<string, ProtocolResult>;
}

/** Planned vs achieved, the network's plans at a glance, and the plan as CSV. */
@Injectable()
export class PlanAchievementService {
  constructor(
    private readonly changes: PlanChangesRepository,
    private readonly register: PlanRegisterRepository,
    private readonly audits: PlanAuditsLoader,
  ) {}

  /**
   * For each agreed, in-progress or done change: its targets beside the leadership ratings of the
   * latest submitted audit, when that audit was submitted after the change was agreed (created, if
   * it never was); the baseline is the last audit submitted at or before that moment.
   */
  async achievement(councilId: string): Promise<PlanAchievement> {
    const submitted = await this.audits.submitted(councilId);
    const rows = (await this.changes.listByCouncil(councilId)).filter((r) =>
      ASSESSED.has(r.status),
    );
    const cache = new Map<string, Promise<Scored>>();
    const scored = (row: AuditRow) => {
      let hit = cache.get(row.id);
      if (!hit) cache.set(row.id, (hit = this.scored(row)));
      return hit;
    };
    const latestRow = submitted.at(-1);
    const latest = latestRow ? await scored(latestRow) : null;
    const keys = await this.register.libraryKeysOf(councilId);
    const counts: Record<PlanOutcome, number> = {
      reached: 0,
      partly: 0,
      not: 0,
      retired: 0,
      pending: 0,
    };
    const items: PlanAchievementItem[] = [];
    let planBaseline: { at: number; row: AuditRow } | null = null;
    const assessed: PlanChangeRow[] = [];
    for (const r of rows) {
      const at = (r.agreed_at ?? r.created_at).getTime();
      const baselineRow = [...submitted]
        .reverse()
        .find((a) => (a.submitted_at as Date).getTime() <= at);
      const baseline = baselineRow ? await scored(baselineRow) : null;
      const compared = latest && (latestRow?.submitted_at as Date).getTime() > at ? latest : null;
      const protocolId = this.subjectIn(r, compared, keys);
      const before =
        baseline && r.protocol_id ? (baseline.byId.get(r.protocol_id)?.ratings ?? null) : null;
      const after =
        compared && protocolId ? (compared.byId.get(protocolId)?.ratings ?? null) : null;
      const a = assessChange({
        kind: r.kind,
        status: r.status,
        targetRatings: r.target_ratings,
        compared: compared !== null,
        before,
        after,
      });
      counts[a.outcome]++;
      if (a.outcome !== 'pending') {
        assessed.push(r);
        if (!planBaseline || at < planBaseline.at)
          planBaseline = { at, row: baselineRow ?? submitted[0] };
      }
      items.push({
        changeId: r.id,
        title: r.title,
        kind: r.kind,
        status: r.status,
        protocolId: r.protocol_id ?? protocolId,
        protocolName: r.p_name ?? r.new_protocol?.name ?? '',
        agreedAt: r.agreed_at ? r.agreed_at.toISOString() : null,
        baselineAudit: baseline?.ref ?? null,
        comparedAudit: compared?.ref ?? null,
        outcome: a.outcome,
        principles: a.principles,
        scoreBefore: r.protocol_id ? (baseline?.results.get(r.protocol_id)?.score ?? null) : null,
        scoreAfter: protocolId ? (compared?.results.get(protocolId)?.score ?? null) : null,
        doneButNotMoved: a.doneButNotMoved,
      });
    }
    let baselineIndex: number | null = null;
    let projectedIndex: number | null = null;
    let baselineRef = null;
    if (planBaseline) {
      const b = await scored(planBaseline.row);
      // A protocol may have been changed more than once (a change done, a later one agreed): the
      // projection changes each protocol once, so the most recently agreed change stands for it.
      const byProtocol = new Map<string, WhatIfChange>();
      const byAgreed = [...assessed].sort(
        (x, y) => (x.agreed_at ?? x.created_at).getTime() - (y.agreed_at ?? y.created_at).getTime(),
      );
      for (const r of byAgreed) {
        const w = toWhatIf(b.scoring, changeToProject(r), b.byId);
        if ('change' in w) {
          const c = w.change;
          byProtocol.set(c.kind === 'introduce' ? `introduce:${r.id}` : c.protocolId, c);
        }
      }
      const whatIfs = [...byProtocol.values()];
      baselineRef = b.ref;
      baselineIndex = b.summary.index;
      projectedIndex = projectWhatIf(b.scoring, b.inputs, whatIfs).after.index;
    }
    return {
      latestAudit: latest?.ref ?? null,
      baselineAudit: baselineRef,
      baselineIndex,
      projectedIndex,
      achievedIndex: planBaseline && latest ? latest.summary.index : null,
      counts,
      items,
    };
  }

  async network(): Promise<NetworkPlans> {
    return { councils: await this.changes.networkCounts(ukToday()) };
  }

  /** The plan as CSV (RFC 4180, UTF-8 with a BOM; cells a spreadsheet would run are escaped). */
  async exportCsv(councilId: string): Promise<string> {
    const today = ukToday();
    const changes = (await this.changes.listByCouncil(councilId)).map((r) =>
      toPlanChange(r, today),
    );
    const rows = changes.map((c) => [
      c.title,
      c.kind,
      c.protocol?.name ?? c.newProtocol?.name ?? '',
      c.status,
      c.priority,
      c.owner?.displayName ?? '',
      c.ownerTeam ?? '',
      c.dueDate ?? '',
      c.overdue ? 'yes' : 'no',
      c.agreedAt ? c.agreedAt.slice(0, 10) : '',
      Object.entries(c.targetRatings)
        .map(([k, v]) => `${k}=${v === null ? 'N/A' : v}`)
        .join('; '),
      c.rationale,
      String(c.noteCount),
      c.createdAt.slice(0, 10),
      c.updatedAt.slice(0, 10),
    ]);
    const header = [
      'Title',
      'Kind',
      'Protocol',
      'Status',
      'Priority',
      'Owner',
      'Team',
      'Due date',
      'Overdue',
      'Agreed on',
      'Target ratings',
      'Rationale',
      'Notes',
      'Created on',
      'Updated on',
    ];
    return (
      '\uFEFF' + Papa.unparse([header, ...rows], { newline: '\r\n', escapeFormulae: true }) + '\r\n'
    );
  }

  /** The protocol a change is about in an audit: its own, or the one an introduction resulted in. */
  private subjectIn(
    r: PlanChangeRow,
    audit: PlanAudit | null,
    keys: Map<string, string | null>,
  ): string | null {
    if (r.kind !== 'introduce') return r.result_protocol_id ?? r.protocol_id;
    if (r.result_protocol_id) return r.result_protocol_id;
    if (!audit || !r.new_protocol) return null;
    const name = r.new_protocol.name.toLowerCase();
    const key = r.new_protocol.libraryKey;
    for (const id of audit.byId.keys()) {
      if ((key && keys.get(id) === key) || audit.names.get(id)?.toLowerCase() === name) return id;
    }
    return null;
  }

  private async scored(row: AuditRow): Promise<Scored> {
    const audit = await this.audits.load(row);
    const summary = projectWhatIf(audit.scoring, audit.inputs, []).before;
    return { ...audit, summary, results: new Map(summary.protocols.map((p) => [p.id, p])) };
  }
}
