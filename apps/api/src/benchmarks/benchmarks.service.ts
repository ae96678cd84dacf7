import { BadRequestException, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Benchmarks } from '@rcp/api-contract';
import { describeDistribution } from '@rcp/scoring';
import { Actor } from '../auth/actor';
import { AppConfig } from '../config/app-config';
import { FrameworksService } from '../frameworks/frameworks.service';
import { inGroup, rawTrend } from './benchmark-groups';
import { measureOf } from './benchmark-model-build';
import { BenchmarkModelService } from './benchmark-model.service';
import { BenchmarkQuery, benchmarksFor, NetworkFigures } from './benchmark-response';
import { BenchmarksRepository, LatestAuditRow } from './benchmarks.repository';
import { PreparedBenchmarks } from './prepared-benchmarks';

/** Prepared answers kept per process (viewer × query), at most. */
const MAX_PREPARED = 500;

export type { BenchmarkQuery } from './benchmark-response';

/**
 * Benchmarks across the network with consent: a council appears by name only if it chose to,
 * anonymous labels change with every response, and no aggregate is given for a group smaller
 * than the minimum. Coordinators see every name. "Now" is read from the stored read model; a
 * chosen as-at date is computed from the submitted audits.
 */
@Injectable()
export class BenchmarksService {
  private readonly minimum: number;
  /** Prepared answers for "now", all at `preparedAt` (model version / framework number). */
  private readonly prepared = new Map<string, PreparedBenchmarks>();
  private preparedAt = '';

  constructor(
    private readonly repository: BenchmarksRepository,
    private readonly model: BenchmarkModelService,
    private readonly frameworks: FrameworksService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.minimum = config.get('benchmarkMinGroup', { infer: true });
  }

  /**
   * The answer as JSON. For "now", a viewer's answer is prepared once per model version and
   * framework and sent again with fresh anonymous labels: one round trip to read both versions,
   * no rebuilding or re-serialising. Only the coordinator role and the viewer's council shape it.
   */
  async answer(
    actor: Actor,
    q: BenchmarkQuery,
  ): Promise<{ json: string; prepared: PreparedBenchmarks | null }> {
    if (q.asAt) return { json: JSON.stringify(await this.benchmarks(actor, q)), prepared: null };
    const { version, framework } = await this.model.versions();
    const at = `${version}/${framework}`;
    if (at !== this.preparedAt) {
      this.prepared.clear();
      this.preparedAt = at;
    }
    // Never shared between a coordinator and anyone else, whatever their council.
    const viewer = actor.role === 'coordinator' ? 'coordinator' : `council ${actor.councilId}`;
    const key = JSON.stringify([viewer, q.principle ?? null, q.comparison, q.display]);
    const found = this.prepared.get(key);
    if (found) return { json: found.render(), prepared: found };
    // Read after the versions above, so at least as new as they are.
    const answer = await this.benchmarks(actor, q);
    const prepared = PreparedBenchmarks.from(answer);
    if (!prepared) return { json: JSON.stringify(answer), prepared: null };
    // Kept only if no newer version was seen meanwhile (the answer might predate it).
    if (this.preparedAt === at) {
      if (this.prepared.size >= MAX_PREPARED)
        this.prepared.delete(this.prepared.keys().next().value as string);
      this.prepared.set(key, prepared);
    }
    return { json: prepared.render(), prepared };
  }

  /** The answer's JSON, as sent. */
  async benchmarksJson(actor: Actor, q: BenchmarkQuery): Promise<string> {
    return (await this.answer(actor, q)).json;
  }

  async benchmarks(actor: Actor, q: BenchmarkQuery): Promise<Benchmarks> {
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
    const figures = q.asAt ? await this.computed(actor, q, q.asAt) : await this.stored(q);
    return benchmarksFor(actor, q, titles, this.minimum, figures);
  }

  /** From the read model: the group's distributions and trend as stored at the current version. */
  async stored(q: BenchmarkQuery): Promise<NetworkFigures<LatestAuditRow & StoredPrinciples>> {
    const { latest, stats } = await this.model.figures(q.comparison);
    return {
      all: latest,
      principleOf: (row, key) => measureOf(row, key),
      distributionOf: (principle) => stats.get(principle ?? '')?.distribution ?? null,
      trend: stats.get(q.principle ?? '')?.trend ?? [],
    };
  }

  /** Computed from the audits (as at a date, or now when null): what the read model stores. */
  async computed(
    actor: Actor,
    q: BenchmarkQuery,
    asAt: string | null,
  ): Promise<NetworkFigures<LatestAuditRow>> {
    const all = await this.repository.listLatestSubmitted(asAt);
    const group = all.filter((r) => inGroup(r, q.comparison));
    const principleRows = await this.repository.listPrincipleScores([
      ...group.map((r) => r.audit_id),
      ...all.filter((r) => r.council_id === actor.councilId).map((r) => r.audit_id),
    ]);
    const principleIndex = new Map(
      principleRows.map((p) => [`${p.audit_id}/${p.principle_key}`, p.index_score]),
    );
    const principleOf = (row: LatestAuditRow, key: string) =>
      principleIndex.get(`${row.audit_id}/${key}`) ?? null;
    const councilIds = group.map((r) => r.council_id);
    const trendRows = q.principle
      ? await this.repository.listSubmittedPrincipleIndexes(councilIds, asAt, q.principle)
      : await this.repository.listSubmittedIndexes(councilIds, asAt);
    return {
      all,
      principleOf,
      distributionOf: (principle) =>
        describeDistribution(
          group.map((r) => (principle ? principleOf(r, principle) : r.index_score)),
        ),
      trend: rawTrend(trendRows),
    };
  }
}

type StoredPrinciples = { principles: Record<string, number | null> };
