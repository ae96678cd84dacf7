import { BadRequestException, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Benchmarks } from '@rcp/api-contract';
import { describeDistribution } from '@rcp/scoring';
import { Actor } from '../auth/actor';
import { StoredJson, weakEtag } from '../common/stored-json';
import { AppConfig } from '../config/app-config';
import { FrameworksService } from '../frameworks/frameworks.service';
import { inGroup, rawTrend } from './benchmark-groups';
import { measureOf } from './benchmark-model-build';
import type { AnswerVersions } from './benchmark-model.queries';
import { BenchmarkModelService } from './benchmark-model.service';
import { BenchmarkQuery, benchmarksFor, NetworkFigures } from './benchmark-response';
import { BenchmarksRepository, LatestAuditRow } from './benchmarks.repository';
import { seededLabelOrder } from './anonymous-labels';

/** Answers kept per process (viewer × query), at most. */
const MAX_HELD = 500;

export type { BenchmarkQuery } from './benchmark-response';

/**
 * Benchmarks across the network with consent: a council appears by name only if it chose to,
 * anonymous councils get labels drawn at random for each view (again whenever the figures change),
 * and no aggregate is given for a group smaller than the minimum. Coordinators see every name.
 * "Now" is read from the stored read model; a chosen as-at date is computed from the audits.
 */
@Injectable()
export class BenchmarksService {
  private readonly minimum: number;
  /** Answers for "now", all at `heldAt` (model version / framework number). */
  private readonly held = new Map<string, StoredJson>();
  private heldAt = '';

  constructor(
    private readonly repository: BenchmarksRepository,
    private readonly model: BenchmarkModelService,
    private readonly frameworks: FrameworksService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.minimum = config.get('benchmarkMinGroup', { infer: true });
  }

  /**
   * The answer as stored JSON with its ETag. For "now", a viewer's answer is built once per model
   * version and framework and sent again as it is (each encoding made once): one round trip to
   * read the versions, no rebuilding, re-serialising or compressing per request.
   */
  async answer(actor: Actor, q: BenchmarkQuery): Promise<StoredJson> {
    const current = await this.model.versions();
    if (q.asAt) return stored((await this.atOneVersion(actor, q, current)).answer);
    const at = versionKey(current);
    if (at !== this.heldAt) {
      this.held.clear();
      this.heldAt = at;
    }
    const key = viewKey(actor, q);
    const found = this.held.get(key);
    if (found) return found;
    const { answer, versions } = await this.atOneVersion(actor, q, current);
    const json = stored(answer);
    // Kept only if no newer version was seen meanwhile (by this request or another).
    if (this.heldAt === versionKey(versions)) {
      if (this.held.size >= MAX_HELD) this.held.delete(this.held.keys().next().value as string);
      this.held.set(key, json);
    }
    return json;
  }

  /** The answer's JSON, as sent. */
  async benchmarksJson(actor: Actor, q: BenchmarkQuery): Promise<string> {
    return (await this.answer(actor, q)).body;
  }

  async benchmarks(actor: Actor, q: BenchmarkQuery): Promise<Benchmarks> {
    return (await this.atOneVersion(actor, q, await this.model.versions())).answer;
  }

  /**
   * The answer built from figures of one model version, labelled with that version's draw: the
   * version is read again after the figures, and the answer built again if a write moved it in
   * between. Otherwise new figures could go out with the old version's labels, and "Council C"
   * would be seen to be the council whose figure had just moved.
   */
  private async atOneVersion(
    actor: Actor,
    q: BenchmarkQuery,
    before: AnswerVersions,
  ): Promise<{ answer: Benchmarks; versions: AnswerVersions }> {
    let versions = before;
    for (let attempt = 0; attempt < 5; attempt++) {
      const answer = await this.build(actor, q, versions);
      const after = await this.model.versions();
      if (versionKey(after) === versionKey(versions)) return { answer, versions };
      versions = after;
    }
    throw new Error('The benchmarks kept changing while they were read.');
  }

  private async build(
    actor: Actor,
    q: BenchmarkQuery,
    versions: AnswerVersions,
  ): Promise<Benchmarks> {
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
    const labels = seededLabelOrder(
      versions.labelSecret,
      `${versionKey(versions)}/${viewKey(actor, q)}`,
    );
    return benchmarksFor(actor, q, titles, this.minimum, figures, labels);
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

/** One view of the benchmarks: never shared between a coordinator and anyone else. */
function viewKey(actor: Actor, q: BenchmarkQuery): string {
  const viewer = actor.role === 'coordinator' ? 'coordinator' : `council ${actor.councilId}`;
  return JSON.stringify([viewer, q.asAt ?? null, q.principle ?? null, q.comparison, q.display]);
}

function versionKey(v: AnswerVersions): string {
  return `${v.version}/${v.framework}`;
}

function stored(answer: Benchmarks): StoredJson {
  const json = JSON.stringify(answer);
  return new StoredJson(weakEtag(json), json);
}
