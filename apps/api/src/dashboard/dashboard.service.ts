import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AuditProtocol,
  AuditRating,
  BreakdownRow,
  ClassCounts,
  CouncilDashboard,
  DashboardAuditRef,
  FrameworkVersion,
  HeatmapRow,
  Mover,
  PerspectiveGapView,
  PerspectiveValue,
  ProtocolClassValue,
} from '@rcp/api-contract';
import { scoreAudit } from '@rcp/scoring';
import { DataSource } from 'typeorm';
import { protocolInputs } from '../audits/audit-scoring';
import { FrameworksService } from '../frameworks/frameworks.service';

export interface DashboardQuery {
  auditId?: string;
  compareTo?: string;
  serviceArea?: string;
  scope?: 'organisational' | 'wider';
}

interface AuditRow {
  id: string;
  label: string;
  period_start: string;
  period_end: string;
  framework_number: number;
  perspectives: PerspectiveValue[];
  index_score: number | null;
  wider_index: number | null;
  coverage: number;
  provisional: boolean;
  mismatch_count: number;
  protocol_load: number;
  perspective_indexes: Partial<Record<PerspectiveValue, number | null>> | null;
  gap: PerspectiveGapView['gap'];
  principle_gaps: Array<{
    key: string;
    indexes: Partial<Record<PerspectiveValue, number | null>>;
    gap: { size: number } | null;
  }> | null;
}

interface ProtocolRow {
  audit_id: string;
  protocol_id: string;
  name: string;
  category: string;
  type: string;
  service_area: string;
  scope: 'organisational' | 'wider';
  context_need: 'relational' | 'transactional' | 'mixed';
  reach: 'low' | 'medium' | 'high';
  score: number | null;
  class: ProtocolClassValue | null;
  mismatch: boolean | null;
  status: 'active' | 'retired';
  retired_reason: string | null;
}

interface RatingRow {
  audit_id: string;
  protocol_id: string;
  principle_key: string;
  value: number | null;
  evidence_text: string | null;
}

const emptyCounts = (): ClassCounts => ({
  enabling: 0,
  mixed: 0,
  neutral: 0,
  inhibiting: 0,
  unscored: 0,
});
const ref = (a: AuditRow): DashboardAuditRef => ({
  id: a.id,
  label: a.label,
  periodStart: a.period_start,
  periodEnd: a.period_end,
});

/**
 * A council's dashboard in one response, built from the summaries stored when audits were
 * submitted. A fixed number of queries whatever the number of audits or protocols (no N+1).
 */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly frameworks: FrameworksService,
  ) {}

  async dashboard(councilId: string, q: DashboardQuery): Promise<CouncilDashboard> {
    const [council] = (await this.db.query(
      `SELECT id, name, type, region, population_band AS "populationBand", sharing FROM councils WHERE id = $1`,
      [councilId],
    )) as Array<CouncilDashboard['council']>;
    if (!council) throw new NotFoundException('Council not found.');

    const audits = (await this.db.query(
      `SELECT a.id, a.label, to_char(a.period_start, 'YYYY-MM-DD') AS period_start,
              to_char(a.period_end, 'YYYY-MM-DD') AS period_end, fv.number AS framework_number, a.perspectives,
              a.index_score, a.wider_index, a.coverage, a.provisional, a.mismatch_count, a.protocol_load,
              (SELECT jsonb_object_agg(p.key, p.value -> 'index') FROM jsonb_each(a.summary -> 'byPerspective') p)
                AS perspective_indexes,
              a.summary -> 'gaps' -> 'gap' AS gap,
              a.summary -> 'gaps' -> 'byPrinciple' AS principle_gaps
         FROM audits a JOIN framework_versions fv ON fv.id = a.framework_version_id
        WHERE a.council_id = $1 AND a.status = 'submitted'
        ORDER BY a.period_end, a.submitted_at`,
      [councilId],
    )) as AuditRow[];

    const selected =
      (q.auditId ? audits.find((a) => a.id === q.auditId) : audits[audits.length - 1]) ?? null;
    if (q.auditId && !selected) throw new NotFoundException('Audit not found.');
    const selectedIndex = selected ? audits.indexOf(selected) : -1;
    const compare = q.compareTo
      ? (audits.find((a) => a.id === q.compareTo) ?? null)
      : selectedIndex > 0
        ? audits[selectedIndex - 1]
        : null;
    if (q.compareTo && !compare) throw new NotFoundException('Audit not found.');

    const filters = { serviceArea: q.serviceArea ?? null, scope: q.scope ?? null };
    const base: CouncilDashboard = {
      council,
      audits: audits.map(ref),
      selected: selected ? ref(selected) : null,
      compareTo: compare ? ref(compare) : null,
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
    if (!selected) return base;

    const framework = await this.frameworks.version(selected.framework_number);
    const principleItems = framework.items.filter((i) => i.layer === 'principle');
    const principleTitle = new Map(principleItems.map((i) => [i.key, i.title]));
    const principleContexts = new Map(principleItems.map((i) => [i.key, i.contexts ?? []]));
    const categoryTitle = new Map(framework.categories.map((c) => [c.key, c.title]));
    const filtered = filters.serviceArea !== null || filters.scope !== null;
    // Filtered views score every audit's matching protocols again (with the shared lib); the
    // unfiltered view uses the stored numbers as they were at submission.
    const auditIds = filtered
      ? audits.map((a) => a.id)
      : [selected.id, ...(compare ? [compare.id] : [])];

    const protocols = (await this.db.query(
      `SELECT ap.audit_id, ap.protocol_id, ap.name, ap.category, ap.type, ap.service_area, ap.scope, ap.context_need,
              ap.reach, s.score, s.class, s.mismatch, p.status, p.retired_reason
         FROM audit_protocols ap
         JOIN protocols p ON p.id = ap.protocol_id
         LEFT JOIN audit_protocol_scores s
           ON s.audit_id = ap.audit_id AND s.protocol_id = ap.protocol_id AND s.perspective = 'leadership'
        WHERE ap.audit_id = ANY($1)`,
      [auditIds],
    )) as ProtocolRow[];
    const ratings = (await this.db.query(
      `SELECT audit_id, protocol_id, principle_key, value, evidence_text FROM ratings
        WHERE audit_id = ANY($1) AND perspective = 'leadership'`,
      [filtered ? auditIds : [selected.id, ...(compare ? [compare.id] : [])]],
    )) as RatingRow[];
    const principleScores = filtered
      ? []
      : ((await this.db.query(
          `SELECT audit_id, principle_key, index_score FROM audit_principle_scores
            WHERE audit_id = ANY($1) AND perspective = 'leadership'`,
          [auditIds],
        )) as Array<{ audit_id: string; principle_key: string; index_score: number | null }>);

    const matches = (p: ProtocolRow) =>
      (filters.serviceArea === null || p.service_area === filters.serviceArea) &&
      (filters.scope === null || p.scope === filters.scope);
    const protocolsOf = (auditId: string) =>
      protocols.filter((p) => p.audit_id === auditId && matches(p));
    const ratingsOf = (auditId: string) => ratings.filter((r) => r.audit_id === auditId);

    const rescored = new Map<string, ReturnType<typeof scoreAudit>>();
    if (filtered) {
      for (const a of audits)
        rescored.set(a.id, this.rescore(framework, protocolsOf(a.id), ratingsOf(a.id)));
    }

    const rescoredProtocols = new Map(
      [...rescored.entries()].flatMap(([auditId, summary]) =>
        summary.protocols.map((r) => [`${auditId}/${r.id}`, r] as const),
      ),
    );

    // The wider environment is scored apart: its own index, coverage and provisional flag.
    const measuresOf = (summary: ReturnType<typeof scoreAudit>) =>
      filters.scope === 'wider' ? summary.wider : summary;

    // Headline numbers
    const current = protocolsOf(selected.id);
    const counts = emptyCounts();
    const selectedSummary = rescored.get(selected.id);
    const scoreOf = (
      p: ProtocolRow,
    ): { score: number | null; class: ProtocolClassValue | null; mismatch: boolean } => {
      const fromLib = rescoredProtocols.get(`${p.audit_id}/${p.protocol_id}`);
      return fromLib
        ? { score: fromLib.score, class: fromLib.class, mismatch: fromLib.mismatch }
        : { score: p.score, class: p.class, mismatch: p.mismatch ?? false };
    };
    for (const p of current) counts[scoreOf(p).class ?? 'unscored']++;
    const index = selectedSummary
      ? filters.scope === 'wider'
        ? selectedSummary.wider.index
        : selectedSummary.index
      : selected.index_score;
    const compareIndex = compare
      ? filtered
        ? ((filters.scope === 'wider'
            ? rescored.get(compare.id)?.wider.index
            : rescored.get(compare.id)?.index) ?? null)
        : compare.index_score
      : null;
    const load = current.length;
    const compareLoad = compare ? protocolsOf(compare.id).length : null;
    base.headline = {
      index: index ?? null,
      change:
        index !== null && index !== undefined && compareIndex !== null
          ? index - compareIndex
          : null,
      provisional: selectedSummary ? measuresOf(selectedSummary).provisional : selected.provisional,
      coverage: selectedSummary ? measuresOf(selectedSummary).coverage : selected.coverage,
      classCounts: counts,
      mismatches: current.filter((p) => scoreOf(p).mismatch).length,
      protocolLoad: load,
      protocolLoadChange: compareLoad === null ? null : load - compareLoad,
      widerIndex: selectedSummary ? selectedSummary.wider.index : selected.wider_index,
    };

    base.serviceAreas = [
      ...new Set(protocols.filter((p) => p.audit_id === selected.id).map((p) => p.service_area)),
    ].sort();
    base.trend = audits.map((a) => {
      const s = rescored.get(a.id);
      return {
        ...ref(a),
        index: s ? (filters.scope === 'wider' ? s.wider.index : s.index) : a.index_score,
        provisional: s ? measuresOf(s).provisional : a.provisional,
        coverage: s ? measuresOf(s).coverage : a.coverage,
      };
    });

    // Principle profile: now vs the comparison audit.
    const principleIndex = (auditId: string, key: string): number | null => {
      const s = rescored.get(auditId);
      if (s)
        return (
          (filters.scope === 'wider' ? s.wider : s).byPrinciple.find((b) => b.key === key)?.index ??
          null
        );
      return (
        principleScores.find((p) => p.audit_id === auditId && p.principle_key === key)
          ?.index_score ?? null
      );
    };
    const principleKeys = [...principleTitle.keys()];
    base.principleProfile = principleKeys.map((key) => ({
      key,
      title: principleTitle.get(key) ?? key,
      current: principleIndex(selected.id, key),
      previous: compare ? principleIndex(compare.id, key) : null,
    }));

    // Heat map of protocols × principles for the chosen audit.
    const cellsByProtocol = new Map<string, Record<string, number | null>>();
    for (const r of ratingsOf(selected.id)) {
      let cells = cellsByProtocol.get(r.protocol_id);
      if (!cells) cellsByProtocol.set(r.protocol_id, (cells = {}));
      cells[r.principle_key] = r.value;
    }
    base.heatmap = {
      principles: principleKeys.map((key) => ({
        key,
        title: principleTitle.get(key) ?? key,
        contexts: principleContexts.get(key) ?? [],
      })),
      rows: current
        .map<HeatmapRow>((p) => {
          const { score, class: cls } = scoreOf(p);
          return {
            protocolId: p.protocol_id,
            name: p.name,
            category: categoryTitle.get(p.category) ?? p.category,
            serviceArea: p.service_area,
            scope: p.scope,
            contextNeed: p.context_need,
            score,
            class: cls,
            cells: cellsByProtocol.get(p.protocol_id) ?? {},
          };
        })
        .sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || a.name.localeCompare(b.name)),
    };

    // Class breakdown by category and by service area.
    const breakdown = (
      keyOf: (p: ProtocolRow) => string,
      titleOf: (k: string) => string,
    ): BreakdownRow[] => {
      const rows = new Map<string, BreakdownRow>();
      for (const p of current) {
        const key = keyOf(p);
        let row = rows.get(key);
        if (!row) rows.set(key, (row = { key, title: titleOf(key), ...emptyCounts() }));
        row[scoreOf(p).class ?? 'unscored']++;
      }
      return [...rows.values()].sort((a, b) => a.title.localeCompare(b.title));
    };
    base.classBreakdown = {
      byCategory: breakdown(
        (p) => p.category,
        (k) => categoryTitle.get(k) ?? k,
      ),
      byServiceArea: breakdown(
        (p) => p.service_area,
        (k) => k,
      ),
    };

    // Biggest movers between the two audits, each with the change behind it.
    if (compare)
      base.movers = this.movers(
        protocolsOf(compare.id),
        current,
        ratingsOf(compare.id),
        ratingsOf(selected.id),
        scoreOf,
        principleTitle,
      );

    base.mismatches = current
      .filter((p) => scoreOf(p).mismatch)
      .map((p) => ({
        protocolId: p.protocol_id,
        name: p.name,
        contextNeed: p.context_need,
        score: scoreOf(p).score,
        category: categoryTitle.get(p.category) ?? p.category,
      }))
      .sort((a, b) => (a.score ?? 0) - (b.score ?? 0));

    if (selected.perspectives.length > 1 && selected.perspective_indexes && !filtered) {
      base.perspectiveGaps = {
        perspectives: selected.perspectives.map((p) => ({
          perspective: p,
          index: selected.perspective_indexes?.[p] ?? null,
        })),
        gap: selected.gap,
        byPrinciple: (selected.principle_gaps ?? []).map((g) => ({
          key: g.key,
          title: principleTitle.get(g.key) ?? g.key,
          values: g.indexes,
          gap: g.gap?.size ?? null,
        })),
      };
    }
    return base;
  }

  private rescore(framework: FrameworkVersion, protocols: ProtocolRow[], ratings: RatingRow[]) {
    const auditProtocols: AuditProtocol[] = protocols.map((p) => ({
      id: p.protocol_id,
      name: p.name,
      category: p.category,
      type: p.type,
      serviceArea: p.service_area,
      scope: p.scope,
      contextNeed: p.context_need,
      reach: p.reach,
    }));
    const auditRatings = ratings.map(
      (r) =>
        ({
          protocolId: r.protocol_id,
          principleKey: r.principle_key,
          perspective: 'leadership',
          value: r.value,
        }) as AuditRating,
    );
    return scoreAudit(
      framework.scoring,
      protocolInputs(auditProtocols, auditRatings, 'leadership'),
    );
  }

  private movers(
    before: ProtocolRow[],
    after: ProtocolRow[],
    beforeRatings: RatingRow[],
    afterRatings: RatingRow[],
    scoreOf: (p: ProtocolRow) => { score: number | null },
    principleTitle: Map<string, string>,
  ): Mover[] {
    const old = new Map(before.map((p) => [p.protocol_id, p]));
    const now = new Map(after.map((p) => [p.protocol_id, p]));
    const cells = (rows: RatingRow[]) => {
      const map = new Map<string, RatingRow>();
      for (const r of rows) map.set(`${r.protocol_id}/${r.principle_key}`, r);
      return map;
    };
    const oldCells = cells(beforeRatings);
    const newCells = cells(afterRatings);
    const movers: Mover[] = [];
    for (const p of after) {
      const was = old.get(p.protocol_id);
      const a = scoreOf(p).score;
      const b = was ? scoreOf(was).score : null;
      const changed = [...principleTitle.keys()]
        .map((key) => ({
          key,
          o: oldCells.get(`${p.protocol_id}/${key}`),
          n: newCells.get(`${p.protocol_id}/${key}`),
        }))
        .filter(({ o, n }) => (o?.value ?? 'none') !== (n?.value ?? 'none'))
        .map(({ key, o, n }) => ({
          key,
          title: principleTitle.get(key) ?? key,
          before: o?.value ?? null,
          after: n?.value ?? null,
        }));
      if (was && changed.length === 0) continue;
      movers.push({
        protocolId: p.protocol_id,
        name: p.name,
        before: b,
        after: a,
        delta: a !== null && b !== null ? a - b : null,
        change: was ? 'ratings-changed' : 'introduced',
        retiredReason: null,
        evidence: [
          ...new Set(
            afterRatings
              .filter((r) => r.protocol_id === p.protocol_id && r.evidence_text)
              .map((r) => r.evidence_text as string),
          ),
        ].slice(0, 3),
        changedPrinciples: changed,
      });
    }
    for (const p of before) {
      if (now.has(p.protocol_id)) continue;
      movers.push({
        protocolId: p.protocol_id,
        name: p.name,
        before: scoreOf(p).score,
        after: null,
        delta: null,
        change: 'retired',
        retiredReason: p.retired_reason,
        evidence: [],
        changedPrinciples: [],
      });
    }
    // Largest effect first: retired and introduced protocols rank by the score they took away or added.
    const size = (m: Mover) => Math.abs(m.delta ?? m.after ?? m.before ?? 0);
    return movers.sort((x, y) => size(y) - size(x)).slice(0, 10);
  }
}
