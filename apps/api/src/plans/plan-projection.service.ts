import { Injectable } from '@nestjs/common';
import type { PlanProjection, PlanSuggestion, PlanSuggestions } from '@rcp/api-contract';
import {
  isOpenChange,
  listedChanges,
  projectPlanChanges,
  projectWhatIf,
  selectedIds,
} from '@rcp/scoring';
import { PlanProjectionQuery } from './plan.dto';
import { PlanAuditsLoader } from './plan-audits.loader';
import { PlanChangesRepository } from './plan-changes.repository';
import { PlanRegisterRepository } from './plan-register.repository';
import { projectableChange, projectedLine, projectionLine } from './model/projection';
import { suggestedTargets } from './model/targets';

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
    const selection = {
      includeProposed: query.includeProposed ?? false,
      include: query.include ?? [],
      exclude: query.exclude ?? [],
    };
    const latest = await this.audits.latest(councilId);
    if (!latest) {
      const selected = selectedIds(rows, selection);
      return {
        audit: null,
        before: null,
        after: null,
        indexDelta: null,
        widerIndexDelta: null,
        protocolLoadDelta: 0,
        mismatchDelta: 0,
        selectedIds: [...selected],
        changes: listedChanges(rows, selected).map((r) =>
          projectionLine(r, selected.has(r.id), 'The council has no audit yet.'),
        ),
      };
    }
    const audit = await this.audits.load(latest);
    const p = projectPlanChanges(
      audit.scoring,
      audit.inputs,
      rows.map(projectableChange),
      selection,
    );
    return {
      audit: audit.ref,
      before: p.before,
      after: p.after,
      indexDelta: p.indexDelta,
      widerIndexDelta: p.widerIndexDelta,
      protocolLoadDelta: p.protocolLoadDelta,
      mismatchDelta: p.mismatchDelta,
      selectedIds: p.selectedIds,
      changes: p.changes.map(projectedLine),
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
        .filter((r) => isOpenChange(r) && r.protocol_id)
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
