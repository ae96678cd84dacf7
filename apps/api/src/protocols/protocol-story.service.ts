import { Injectable } from '@nestjs/common';
import type {
  ProtocolAuditScore,
  ProtocolAuditStory,
  ProtocolPlannedChange,
  ProtocolRatingStory,
  ProtocolRegisterChange,
  ProtocolStory,
} from '@rcp/api-contract';
import { scoreProtocol } from '@rcp/scoring';
import type { Perspective, RatingValue } from '@rcp/vocabulary';
import { Actor } from '../auth/actor';
import { FrameworksService } from '../frameworks/frameworks.service';
import { libraryView } from './protocol-library.service';
import {
  ProtocolStoryQueries,
  StoryAuditRow,
  StoryEventRow,
  StoryPlanRow,
  StoryRatingRow,
  StoryScoreRow,
} from './protocol-story.queries';
import { reachableProtocol } from './protocol-rules';
import { ProtocolsRepository, toProtocol } from './protocols.repository';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Fields of a snapshot that change with every write, so they say nothing about what changed. */
const BOOKKEEPING = new Set(['version', 'updatedAt', 'createdAt', 'id', 'councilId']);

export function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): string[] {
  if (!before || !after) return [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.filter(
    (k) => !BOOKKEEPING.has(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
}

function reasonOf(e: StoryEventRow): string | null {
  const after = e.after ?? {};
  const reason =
    e.action === 'protocol.retired'
      ? after['retiredReason']
      : e.action === 'protocol.restored'
        ? after['reason']
        : null;
  return typeof reason === 'string' ? reason : null;
}

function toRegisterChange(e: StoryEventRow): ProtocolRegisterChange {
  return {
    id: String(e.id),
    occurredAt: e.occurred_at.toISOString(),
    action: e.action,
    actor: e.actor_name,
    changedFields: e.action === 'protocol.updated' ? changedFields(e.before, e.after) : [],
    reason: reasonOf(e),
  };
}

function toPlannedChange(r: StoryPlanRow): ProtocolPlannedChange {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    status: r.status,
    priority: r.priority,
    dueDate: r.due_date,
    owner: r.owner_name ?? r.owner_team,
  };
}

function groupBy<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(key(r));
    if (list) list.push(r);
    else out.set(key(r), [r]);
  }
  return out;
}

const PERSPECTIVE_ORDER: Perspective[] = ['leadership', 'frontline', 'residents'];
const byPerspective = (a: { perspective: Perspective }, b: { perspective: Perspective }) =>
  PERSPECTIVE_ORDER.indexOf(a.perspective) - PERSPECTIVE_ORDER.indexOf(b.perspective);

/** A protocol's page in one read: register entry, scores and ratings per audit, trail and plans. */
@Injectable()
export class ProtocolStoryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly protocols: ProtocolsRepository,
    private readonly queries: ProtocolStoryQueries,
    private readonly frameworks: FrameworksService,
  ) {}

  async story(actor: Actor, councilId: string, protocolId: string): Promise<ProtocolStory> {
    // One connection and one snapshot for every part, so the parts agree with each other.
    const read = await this.db.transaction('REPEATABLE READ', async (m) => {
      const found = await this.protocols.findById(councilId, protocolId, m);
      return {
        protocol: toProtocol(reachableProtocol(actor, found)),
        audits: await this.queries.audits(councilId, protocolId, m),
        scores: await this.queries.storedScores(councilId, protocolId, m),
        ratings: await this.queries.ratings(councilId, protocolId, m),
        events: await this.queries.registerEvents(councilId, protocolId, m),
        plans: await this.queries.plannedChanges(councilId, protocolId, m),
      };
    });
    const { protocol, audits, scores, ratings, events, plans } = read;
    const scoresOf = groupBy(scores, (s) => s.audit_id);
    const ratingsOf = groupBy(ratings, (r) => r.audit_id);
    const library = protocol.libraryKey
      ? (libraryView().find((p) => p.key === protocol.libraryKey) ?? null)
      : null;
    return {
      protocol,
      audits: await Promise.all(
        audits.map((a) =>
          this.auditStory(a, scoresOf.get(a.audit_id) ?? [], ratingsOf.get(a.audit_id) ?? []),
        ),
      ),
      library,
      registerChanges: events.map(toRegisterChange),
      plannedChanges: plans.map(toPlannedChange),
    };
  }

  private async auditStory(
    a: StoryAuditRow,
    stored: StoryScoreRow[],
    ratings: StoryRatingRow[],
  ): Promise<ProtocolAuditStory> {
    const framework = await this.frameworks.version(a.framework_number);
    const titles = new Map(
      framework.items.filter((i) => i.layer === 'principle').map((i) => [i.key, i.title]),
    );
    const order = [...titles.keys()];
    const rated: ProtocolRatingStory[] = ratings
      .map((r) => ({
        principleKey: r.principle_key,
        principleTitle: titles.get(r.principle_key) ?? r.principle_key,
        perspective: r.perspective,
        value: r.value as RatingValue,
        evidenceText: r.evidence_text,
        evidenceDate: r.evidence_date,
        evidenceUrl: r.evidence_url,
        carriedForward: r.carried_forward,
        ratedAt: r.rated_at.toISOString(),
        ratedBy: r.rated_by_name,
      }))
      .sort(
        (x, y) =>
          byPerspective(x, y) || order.indexOf(x.principleKey) - order.indexOf(y.principleKey),
      );
    const scores: ProtocolAuditScore[] =
      a.status === 'submitted'
        ? stored.map((s) => ({
            perspective: s.perspective,
            score: s.score,
            class: s.class,
            mismatch: s.mismatch,
          }))
        : this.liveScores(a, rated, framework.scoring);
    return {
      auditId: a.audit_id,
      label: a.label,
      periodStart: a.period_start,
      periodEnd: a.period_end,
      status: a.status,
      submittedAt: a.submitted_at ? a.submitted_at.toISOString() : null,
      frameworkVersion: a.framework_number,
      scores: scores.sort(byPerspective),
      ratings: rated,
    };
  }

  /** A draft's scores, by the same library the grid's preview and the submit use. */
  private liveScores(
    a: StoryAuditRow,
    ratings: ProtocolRatingStory[],
    scoring: Parameters<typeof scoreProtocol>[0],
  ): ProtocolAuditScore[] {
    // A cell of a principle the version does not score would make the library refuse the input.
    const known = new Set(scoring.principles.map((p) => p.key));
    const scored = ratings.filter((r) => known.has(r.principleKey));
    const perspectives = [...new Set(scored.map((r) => r.perspective))];
    if (perspectives.length === 0) perspectives.push('leadership');
    return perspectives.map((perspective) => {
      const cells = Object.fromEntries(
        scored.filter((r) => r.perspective === perspective).map((r) => [r.principleKey, r.value]),
      );
      const result = scoreProtocol(scoring, {
        id: a.audit_id,
        category: a.category,
        serviceArea: a.serviceArea,
        scope: a.scope,
        contextNeed: a.contextNeed,
        reach: a.reach,
        ratings: cells,
      });
      return { perspective, score: result.score, class: result.class, mismatch: result.mismatch };
    });
  }
}
