import { Injectable } from '@nestjs/common';
import type {
  PlanProjection,
  PlanProjectionChange,
  PlanSuggestion,
  PlanSuggestions,
} from '@rcp/api-contract';
import { projectWhatIf, WhatIfChange } from '@rcp/scoring';
import { PlanProjectionQuery } from './plan.dto';
import { PlanAudit, PlanAuditsLoader } from './plan-audits.loader';
import { PlanChangeRow, PlanChangesRepository } from './plan-changes.repository';
import { PlanRegisterRepository } from './plan-register.repository';
import { ChangeToProject, planFigures, selectedIds, toWhatIf } from './model/projection';
import { suggestedTargets } from './model/targets';

const OPEN = new Set(['proposed', 'agreed', 'in-progress']);

export function changeToProject(r: PlanChangeRow): ChangeToProject {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    protocolId: r.protocol_id,
    newProtocol: r.new_protocol,
    targetRatings: r.target_ratings,
  };
}

/** What the plan would do to the council's index, and where to start. */
@Injectable()
export class PlanProjectionService {
  constructor(
    private readonly changes: PlanChangesRepository,
    private readonly register: PlanRegisterRepository,
    private readonly audits: PlanAuditsLoader,
  ) {}

  /**
   * Projects the selected changes on the council's latest audit (the latest submitted one; if none,
   * the open draft) with the scoring library's projectWhatIf, plus each listed change's own
   * contribution: the index delta of projecting that change alone.
   */
  async projection(councilId: string, query: PlanProjectionQuery): Promise<PlanProjection> {
    const rows = await this.changes.listByCouncil(councilId);
    const selection = selectedIds(rows.map(changeToProject), {
      includeProposed: query.includeProposed ?? false,
      include: query.include ?? [],
      exclude: query.exclude ?? [],
    });
    const listed = rows.filter((r) => OPEN.has(r.status) || selection.has(r.id));
    const latest = await this.audits.latest(councilId);
    if (!latest) {
      return {
        audit: null,
        before: null,
        after: null,
        indexDelta: null,
        widerIndexDelta: null,
        protocolLoadDelta: 0,
        mismatchDelta: 0,
        selectedIds: [...selection],
        changes: listed.map((r) => ({
          ...this.line(r, selection.has(r.id), null),
          skippedReason: 'The council has no audit yet.',
        })),
      };
    }
    const audit = await this.audits.load(latest);
    const projected: WhatIfChange[] = [];
    const lines: PlanProjectionChange[] = [];
    for (const r of listed) {
      const w = toWhatIf(audit.scoring, changeToProject(r), audit.byId);
      const selected = selection.has(r.id) && 'change' in w;
      if ('change' in w && selected) projected.push(w.change);
      lines.push(this.line(r, selected, audit, w));
    }
    const result = projectWhatIf(audit.scoring, audit.inputs, projected);
    lines.sort(
      (a, b) =>
        (b.contribution ?? -Infinity) - (a.contribution ?? -Infinity) ||
        a.title.localeCompare(b.title),
    );
    return {
      audit: audit.ref,
      before: planFigures(result.before),
      after: planFigures(result.after),
      indexDelta: result.indexDelta,
      widerIndexDelta: result.widerIndexDelta,
      protocolLoadDelta: result.protocolLoadDelta,
      mismatchDelta: result.after.mismatchCount - result.before.mismatchCount,
      selectedIds: listed.filter((r) => selection.has(r.id)).map((r) => r.id),
      changes: lines,
    };
  }

  private line(
    r: PlanChangeRow,
    selected: boolean,
    audit: PlanAudit | null,
    w?: ReturnType<typeof toWhatIf>,
  ): PlanProjectionChange {
    const base: PlanProjectionChange = {
      changeId: r.id,
      title: r.title,
      kind: r.kind,
      status: r.status,
      protocolId: r.protocol_id,
      protocolName: r.p_name ?? r.new_protocol?.name ?? '',
      selected,
      skippedReason: null,
      contribution: null,
      scoreBefore: null,
      scoreAfter: null,
      classBefore: null,
      classAfter: null,
      mismatchBefore: false,
      mismatchAfter: false,
    };
    if (!audit || !w) return base;
    if ('skipped' in w) return { ...base, skippedReason: w.skipped };
    const alone = projectWhatIf(audit.scoring, audit.inputs, [w.change]);
    const c = alone.changes[0];
    return {
      ...base,
      contribution: alone.indexDelta,
      scoreBefore: c.before?.score ?? null,
      scoreAfter: c.after?.score ?? null,
      classBefore: c.before?.class ?? null,
      classAfter: c.after?.class ?? null,
      mismatchBefore: c.before?.mismatch ?? false,
      mismatchAfter: c.after?.mismatch ?? false,
    };
  }

  /**
   * Where to start: the protocols of the latest submitted audit, mismatches first, then by the
   * index gain of moving each alone to its suggested targets (the library's enabling version, or
   * +1 on every applicable principle where lower), largest first. Protocols with no gain and no
   * mismatch are left out.
   */
  async suggestions(councilId: string): Promise<PlanSuggestions> {
    const latest = await this.audits.latest(councilId, true);
    if (!latest) return { audit: null, items: [] };
    const audit = await this.audits.load(latest);
    const keys = await this.register.libraryKeysOf(councilId);
    const open = new Map(
      (await this.changes.listByCouncil(councilId))
        .filter((r) => OPEN.has(r.status) && r.protocol_id)
        .map((r) => [r.protocol_id as string, r.id]),
    );
    const before = projectWhatIf(audit.scoring, audit.inputs, []).before;
    const results = new Map(before.protocols.map((p) => [p.id, p]));
    const items: PlanSuggestion[] = [];
    for (const input of audit.inputs) {
      const libraryKey = keys.get(input.id) ?? null;
      const s = suggestedTargets(
        audit.scoring,
        { contextNeed: input.contextNeed, libraryKey },
        input.ratings,
      );
      const kind = s.source === 'library' ? 'replace' : 'amend';
      const gain = projectWhatIf(audit.scoring, audit.inputs, [
        { kind, protocolId: input.id, ratings: s.targetRatings },
      ]).indexDelta;
      const result = results.get(input.id);
      const mismatch = result?.mismatch ?? false;
      if (!mismatch && !(gain !== null && gain > 0)) continue;
      items.push({
        protocolId: input.id,
        protocolName: audit.names.get(input.id) ?? '',
        category: input.category,
        serviceArea: input.serviceArea,
        scope: input.scope,
        contextNeed: input.contextNeed,
        reach: input.reach,
        libraryKey,
        score: result?.score ?? null,
        class: result?.class ?? null,
        mismatch,
        targetRatings: s.targetRatings,
        source: s.source,
        gain,
        enablingExemplar: s.enablingExemplar,
        openChangeId: open.get(input.id) ?? null,
      });
    }
    items.sort(
      (a, b) =>
        Number(b.mismatch) - Number(a.mismatch) ||
        (b.gain ?? -Infinity) - (a.gain ?? -Infinity) ||
        a.protocolName.localeCompare(b.protocolName),
    );
    return { audit: audit.ref, items };
  }
}
