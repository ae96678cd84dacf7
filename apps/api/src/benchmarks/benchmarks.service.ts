import { BadRequestException, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  BenchmarkCouncil,
  Benchmarks,
  PeerGroupFilter,
  PrincipleBenchmark,
  TrendBenchmarkPoint,
  WhoMadeItWork,
} from '@rcp/api-contract';
import { competitionRanks, describeDistribution } from '@rcp/scoring';
import { randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/actor';
import { AppConfig } from '../config/app-config';
import { FrameworksService } from '../frameworks/frameworks.service';

export interface BenchmarkQuery {
  asAt?: string;
  principle?: string;
  comparison: PeerGroupFilter;
  display: PeerGroupFilter;
}

interface LatestRow {
  council_id: string;
  audit_id: string;
  index_score: number;
  provisional: boolean;
  period_end: string;
  name: string;
  type: string;
  region: string;
  population_band: string;
  sharing: 'named' | 'anonymised';
}

/** Within this many points of the peer median counts as "near". */
const NEAR_BAND = 5;

function inGroup(
  row: { type: string; region: string; population_band: string },
  g: PeerGroupFilter,
): boolean {
  return (
    (!g.type || row.type === g.type) &&
    (!g.region || row.region === g.region) &&
    (!g.populationBand || row.population_band === g.populationBand)
  );
}

/** "A", "B", … "Z", "AA", "AB" … */
function letters(n: number): string {
  let s = '';
  for (let i = n + 1; i > 0; i = Math.floor((i - 1) / 26))
    s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

function halfYearLabel(periodEnd: string): string {
  const [y, m] = periodEnd.split('-').map(Number);
  return m <= 6 ? `H1 ${y}` : `H2 ${y}`;
}

/**
 * Benchmarks across the network with consent: a council appears by name only if it chose to,
 * anonymous labels change with every response, and no aggregate is given for a group smaller
 * than the minimum. Coordinators see every name.
 */
@Injectable()
export class BenchmarksService {
  private readonly minimum: number;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly frameworks: FrameworksService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.minimum = config.get('benchmarkMinGroup', { infer: true });
  }

  /** Each council's latest submitted audit (as at a date), with its council's peer-group facts. */
  private async latest(asAt: string | null): Promise<LatestRow[]> {
    return (await this.db.query(
      `SELECT DISTINCT ON (a.council_id) a.council_id, a.id AS audit_id, a.index_score, a.provisional,
              to_char(a.period_end, 'YYYY-MM-DD') AS period_end, c.name, c.type, c.region, c.population_band, c.sharing
         FROM audits a JOIN councils c ON c.id = a.council_id
        WHERE a.status = 'submitted' AND a.index_score IS NOT NULL AND c.archived_at IS NULL
          AND ($1::date IS NULL OR a.period_end <= $1::date)
        ORDER BY a.council_id, a.period_end DESC, a.submitted_at DESC`,
      [asAt],
    )) as LatestRow[];
  }

  async benchmarks(actor: Actor, q: BenchmarkQuery): Promise<Benchmarks> {
    const coordinator = actor.role === 'coordinator';
    const asAt = q.asAt ?? null;
    const framework = await this.frameworks.current();
    const titles = new Map(
      framework.items.filter((i) => i.layer === 'principle').map((i) => [i.key, i.title]),
    );
    if (q.principle && !titles.has(q.principle)) {
      throw new BadRequestException({
        message: 'The request has invalid fields.',
        errors: [
          {
            field: 'principle',
            messages: [`is not a principle of the current framework: ${q.principle}`],
          },
        ],
      });
    }
    const all = await this.latest(asAt);
    const group = all.filter((r) => inGroup(r, q.comparison));
    const groupIds = group.map((r) => r.audit_id);
    const principleRows = (await this.db.query(
      `SELECT audit_id, principle_key, index_score FROM audit_principle_scores
        WHERE audit_id = ANY($1) AND perspective = 'leadership'`,
      [
        [
          ...groupIds,
          ...all.filter((r) => r.council_id === actor.councilId).map((r) => r.audit_id),
        ],
      ],
    )) as Array<{ audit_id: string; principle_key: string; index_score: number | null }>;
    const principleIndex = new Map(
      principleRows.map((p) => [`${p.audit_id}/${p.principle_key}`, p.index_score]),
    );
    const principleOf = (auditId: string, key: string) =>
      principleIndex.get(`${auditId}/${key}`) ?? null;

    // The measure ranked: the council index, or one principle's index when a principle is chosen.
    const measure = (r: LatestRow): number | null =>
      q.principle ? principleOf(r.audit_id, q.principle) : r.index_score;
    const ranked = group.filter((r) => measure(r) !== null);
    const values = ranked.map((r) => measure(r) as number);
    const ranks = competitionRanks(values);
    const enough = ranked.length >= this.minimum;

    // Anonymous labels: a fresh random order every response, so a label never follows a council.
    const anonymous = ranked.filter(
      (r) => !coordinator && r.council_id !== actor.councilId && r.sharing !== 'named',
    );
    const order = anonymous.map((r) => ({ r, k: randomInt(1 << 30) })).sort((a, b) => a.k - b.k);
    const labelOf = new Map(order.map(({ r }, i) => [r.council_id, `Council ${letters(i)}`]));

    const view = (r: LatestRow, rank: number): BenchmarkCouncil => {
      const isYou = r.council_id === actor.councilId;
      const identifiable = coordinator || isYou || r.sharing === 'named';
      const value = measure(r) as number;
      return {
        councilId: identifiable ? r.council_id : null,
        label: identifiable ? r.name : (labelOf.get(r.council_id) as string),
        named: identifiable,
        isYou,
        // Exact figures and dates would let one anonymous council be matched across views.
        index: identifiable ? value : Math.round(value),
        // Below the minimum group size even a rank would single councils out.
        rank: enough || coordinator ? rank : null,
        provisional: identifiable ? r.provisional : null,
        periodEnd: identifiable ? r.period_end : null,
        type: identifiable ? r.type : null,
        region: identifiable ? r.region : null,
        populationBand: identifiable ? r.population_band : null,
      };
    };
    const entries = ranked
      .map((row, i) => ({ row, rank: ranks[i], view: view(row, ranks[i]) }))
      .sort((a, b) => a.rank - b.rank || a.view.label.localeCompare(b.view.label));
    // Coordinators may look at a display group inside the comparison group; ranks stay group-wide.
    const displayed = entries
      .filter((e) => !coordinator || inGroup(e.row, q.display))
      .map((e) => e.view);
    const you = entries.find((e) => e.view.isYou)?.view ?? null;
    const ownRow = all.find((r) => r.council_id === actor.councilId);

    const distribution = enough ? describeDistribution(values) : null;
    const principles: PrincipleBenchmark[] = [...titles.entries()]
      .filter(([key]) => !q.principle || key === q.principle)
      .map(([key, title]) => {
        const d = enough
          ? describeDistribution(group.map((r) => principleOf(r.audit_id, key)))
          : null;
        const yours = ownRow ? principleOf(ownRow.audit_id, key) : null;
        return {
          key,
          title,
          distribution: d,
          yours,
          position:
            d && yours !== null
              ? yours > d.median + NEAR_BAND
                ? 'above'
                : yours < d.median - NEAR_BAND
                  ? 'below'
                  : 'near'
              : null,
        };
      });

    return {
      asAt,
      comparisonGroup: q.comparison,
      displayGroup: q.display,
      minimumGroupSize: this.minimum,
      nearBand: NEAR_BAND,
      groupSize: ranked.length,
      suppressedReason: enough
        ? null
        : `Figures are withheld: the comparison group has ${ranked.length} council${ranked.length === 1 ? '' : 's'} with a submitted audit, and at least ${this.minimum} are needed so that no council can be singled out.`,
      distribution,
      // Below the minimum, council users see only themselves; coordinators still see the list.
      councils: enough || coordinator ? displayed : displayed.filter((c) => c.isYou),
      you,
      principles,
      trend: await this.trend(
        group.map((r) => r.council_id),
        asAt,
        q.principle ?? null,
      ),
    };
  }

  /** Median and interquartile range of the group per half-year. */
  private async trend(
    councilIds: string[],
    asAt: string | null,
    principle: string | null,
  ): Promise<TrendBenchmarkPoint[]> {
    const rows = (await this.db.query(
      principle
        ? `SELECT to_char(a.period_end, 'YYYY-MM-DD') AS period_end, s.index_score AS value
             FROM audits a JOIN audit_principle_scores s ON s.audit_id = a.id AND s.perspective = 'leadership' AND s.principle_key = $3
            WHERE a.status = 'submitted' AND a.council_id = ANY($1) AND ($2::date IS NULL OR a.period_end <= $2::date)`
        : `SELECT to_char(a.period_end, 'YYYY-MM-DD') AS period_end, a.index_score AS value
             FROM audits a
            WHERE a.status = 'submitted' AND a.council_id = ANY($1) AND ($2::date IS NULL OR a.period_end <= $2::date)`,
      principle ? [councilIds, asAt, principle] : [councilIds, asAt],
    )) as Array<{ period_end: string; value: number | null }>;
    const byPeriod = new Map<string, number[]>();
    for (const r of rows) {
      if (r.value === null) continue;
      const list = byPeriod.get(r.period_end) ?? [];
      list.push(r.value);
      byPeriod.set(r.period_end, list);
    }
    return [...byPeriod.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([periodEnd, values]) => {
        const enough = values.length >= this.minimum;
        const d = enough ? describeDistribution(values) : null;
        return {
          periodEnd,
          label: halfYearLabel(periodEnd),
          councils: values.length,
          median: d?.median ?? null,
          q1: d?.q1 ?? null,
          q3: d?.q3 ?? null,
          suppressed: !enough,
        };
      });
  }

  /**
   * Where a protocol works: councils whose latest audit rates a protocol of this category (or this
   * library protocol) as enabling, with their evidence. Council users see named councils only.
   */
  async whoMadeItWork(
    actor: Actor,
    category: string | null,
    libraryKey: string | null,
  ): Promise<WhoMadeItWork> {
    const coordinator = actor.role === 'coordinator';
    const latest = await this.latest(null);
    const rows = (await this.db.query(
      `SELECT s.audit_id, s.protocol_id, s.score, ap.name AS protocol_name, ap.category
         FROM audit_protocol_scores s
         JOIN audit_protocols ap ON ap.audit_id = s.audit_id AND ap.protocol_id = s.protocol_id
         JOIN protocols p ON p.id = s.protocol_id
        WHERE s.audit_id = ANY($1) AND s.perspective = 'leadership' AND s.class = 'enabling'
          AND ($2::text IS NULL OR ap.category = $2) AND ($3::text IS NULL OR p.library_key = $3)
        ORDER BY s.score DESC`,
      [latest.map((r) => r.audit_id), category, libraryKey],
    )) as Array<{
      audit_id: string;
      protocol_id: string;
      score: number;
      protocol_name: string;
      category: string;
    }>;
    const councilOf = new Map(latest.map((r) => [r.audit_id, r]));
    const visible = rows.filter((r) => {
      const c = councilOf.get(r.audit_id);
      return coordinator || c?.sharing === 'named' || c?.council_id === actor.councilId;
    });
    const listed = visible.slice(0, 50);
    const evidence = (await this.db.query(
      `SELECT audit_id, protocol_id, evidence_text FROM ratings
        WHERE (audit_id, protocol_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))
          AND perspective = 'leadership' AND value > 0 AND evidence_text IS NOT NULL`,
      [listed.map((r) => r.audit_id), listed.map((r) => r.protocol_id)],
    )) as Array<{ audit_id: string; protocol_id: string; evidence_text: string }>;
    return {
      category,
      libraryKey,
      anonymousCount: rows.length - visible.length,
      entries: listed.map((r) => {
        const c = councilOf.get(r.audit_id) as LatestRow;
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
