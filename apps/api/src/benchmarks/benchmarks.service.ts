import { BadRequestException, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type {
  BenchmarkCouncil,
  Benchmarks,
  PeerGroupFilter,
  PrincipleBenchmark,
  TrendBenchmarkPoint,
} from '@rcp/api-contract';
import { competitionRanks, describeDistribution } from '@rcp/scoring';
import { randomInt } from 'node:crypto';
import { Actor } from '../auth/actor';
import { AppConfig } from '../config/app-config';
import { FrameworksService } from '../frameworks/frameworks.service';
import { inGroup, letters, NEAR_BAND, positionAgainst, trendPoints } from './benchmark-groups';
import { BenchmarksRepository, LatestAuditRow } from './benchmarks.repository';

export interface BenchmarkQuery {
  asAt?: string;
  principle?: string;
  comparison: PeerGroupFilter;
  display: PeerGroupFilter;
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
    private readonly repository: BenchmarksRepository,
    private readonly frameworks: FrameworksService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.minimum = config.get('benchmarkMinGroup', { infer: true });
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
    const all = await this.repository.listLatestSubmitted(asAt);
    const group = all.filter((r) => inGroup(r, q.comparison));
    const groupIds = group.map((r) => r.audit_id);
    const principleRows = await this.repository.listPrincipleScores([
      ...groupIds,
      ...all.filter((r) => r.council_id === actor.councilId).map((r) => r.audit_id),
    ]);
    const principleIndex = new Map(
      principleRows.map((p) => [`${p.audit_id}/${p.principle_key}`, p.index_score]),
    );
    const principleOf = (auditId: string, key: string) =>
      principleIndex.get(`${auditId}/${key}`) ?? null;

    // The measure ranked: the council index, or one principle's index when a principle is chosen.
    const measure = (r: LatestAuditRow): number | null =>
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

    const view = (r: LatestAuditRow, rank: number): BenchmarkCouncil => {
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
          position: positionAgainst(yours, d?.median ?? null),
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
    const rows = principle
      ? await this.repository.listSubmittedPrincipleIndexes(councilIds, asAt, principle)
      : await this.repository.listSubmittedIndexes(councilIds, asAt);
    return trendPoints(rows, this.minimum);
  }
}
