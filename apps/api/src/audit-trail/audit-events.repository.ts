import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEvent, AuditEventApiToken } from '@rcp/api-contract';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { CouncilEntity } from '../councils/council.entity';
import { AuditEventEntity } from './audit-event.entity';

/** An event to append; `before`/`after` undefined are stored as SQL NULL, anything else as JSON. */
export interface NewAuditEvent {
  actorUserId: string | null;
  actorEmail: string | null;
  councilId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
  ip: string | null;
  requestId: string | null;
  /** The API token of the request the event was recorded in; null for a session or none. */
  apiTokenId: string | null;
}

/** What the trail may be narrowed to; days are UK days (YYYY-MM-DD), both ends included. */
export interface AuditEventCriteria {
  councilId?: string;
  action?: string;
  /** Part of the acting person's email address, any case. */
  person?: string;
  from?: string;
  to?: string;
}

export interface AuditEventFilter extends AuditEventCriteria {
  limit: number;
  offset: number;
}

/** An event with the API token it was recorded under, named (a revoked token keeps its name). */
export interface AuditEventWithToken {
  event: AuditEventEntity;
  apiToken: AuditEventApiToken | null;
}

/** An event with its council's name, as the CSV export writes it. */
export interface AuditEventWithCouncil extends AuditEventWithToken {
  councilName: string | null;
}

interface TokenColumns {
  api_token_name: string | null;
  api_token_prefix: string | null;
}

/** Adds the name and prefix of the event's API token, if any, to the query's raw columns. */
function withApiToken(
  query: SelectQueryBuilder<AuditEventEntity>,
): SelectQueryBuilder<AuditEventEntity> {
  return query
    .leftJoin('api_tokens', 't', 't.id = e.apiTokenId')
    .addSelect('t.name', 'api_token_name')
    .addSelect('t.prefix', 'api_token_prefix');
}

function apiTokenOf(
  event: AuditEventEntity,
  raw: TokenColumns | undefined,
): AuditEventApiToken | null {
  if (!event.apiTokenId) return null;
  return {
    id: event.apiTokenId,
    name: raw?.api_token_name ?? '',
    prefix: raw?.api_token_prefix ?? '',
  };
}

/** `%`, `_` and `\` match themselves in a LIKE pattern. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function applyCriteria(
  query: SelectQueryBuilder<AuditEventEntity>,
  c: AuditEventCriteria,
): SelectQueryBuilder<AuditEventEntity> {
  query.where('TRUE');
  if (c.councilId) query.andWhere('e.councilId = :councilId', { councilId: c.councilId });
  if (c.action) query.andWhere('e.action = :action', { action: c.action });
  if (c.person) {
    query.andWhere(`e.actorEmail ILIKE :person ESCAPE '\\'`, {
      person: `%${likeLiteral(c.person)}%`,
    });
  }
  // A UK day starts at midnight in London, whether GMT or BST.
  if (c.from) {
    query.andWhere(
      `e.occurredAt >= (CAST(:from AS date)::timestamp AT TIME ZONE 'Europe/London')`,
      {
        from: c.from,
      },
    );
  }
  if (c.to) {
    query.andWhere(
      `e.occurredAt < ((CAST(:to AS date) + 1)::timestamp AT TIME ZONE 'Europe/London')`,
      { to: c.to },
    );
  }
  return query;
}

export function toAuditEvent({ event: e, apiToken }: AuditEventWithToken): AuditEvent {
  return {
    id: e.id,
    occurredAt: e.occurredAt.toISOString(),
    actorEmail: e.actorEmail,
    councilId: e.councilId,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    before: e.before,
    after: e.after,
    requestId: e.requestId,
    apiToken,
  };
}

/** The append-only audit_events table (the database refuses updates and deletes). */
@Injectable()
export class AuditEventsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(event: NewAuditEvent, m: EntityManager = this.db.manager): Promise<void> {
    const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
    await m.query(
      `INSERT INTO audit_events
         (actor_user_id, actor_email, council_id, action, entity_type, entity_id, before, after, ip, request_id,
          api_token_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        event.actorUserId,
        event.actorEmail,
        event.councilId,
        event.action,
        event.entityType,
        event.entityId,
        json(event.before),
        json(event.after),
        event.ip,
        event.requestId,
        event.apiTokenId,
      ],
    );
  }

  /** One page of events, newest first, with the total matching the filter. */
  async page(
    filter: AuditEventFilter,
    m: EntityManager = this.db.manager,
  ): Promise<{ rows: AuditEventWithToken[]; total: number }> {
    const matching = applyCriteria(
      m.getRepository(AuditEventEntity).createQueryBuilder('e'),
      filter,
    );
    const total = await matching.getCount();
    const { entities, raw } = await withApiToken(matching.clone())
      .orderBy('e.occurredAt', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(filter.limit)
      .offset(filter.offset)
      .getRawAndEntities<TokenColumns>();
    return {
      rows: entities.map((event, i) => ({ event, apiToken: apiTokenOf(event, raw[i]) })),
      total,
    };
  }

  /**
   * Up to `limit` matching events that come after event `beforeId` (from the start when null) in
   * the list's order, newest first, with their council's name: the export reads in such batches.
   */
  async batchBefore(
    criteria: AuditEventCriteria,
    beforeId: string | null,
    limit: number,
    m: EntityManager = this.db.manager,
  ): Promise<AuditEventWithCouncil[]> {
    const query = withApiToken(
      applyCriteria(m.getRepository(AuditEventEntity).createQueryBuilder('e'), criteria),
    )
      .leftJoin(CouncilEntity, 'c', 'c.id = e.councilId')
      .addSelect('c.name', 'council_name')
      .orderBy('e.occurredAt', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(limit);
    // The cursor's own time is read in SQL: a JavaScript Date would lose its microseconds.
    if (beforeId) {
      query.andWhere(
        '(e.occurredAt, e.id) < (SELECT b.occurred_at, b.id FROM audit_events b WHERE b.id = :beforeId)',
        { beforeId },
      );
    }
    const { entities, raw } = await query.getRawAndEntities<
      TokenColumns & { council_name: string | null }
    >();
    return entities.map((event, i) => ({
      event,
      councilName: raw[i]?.council_name ?? null,
      apiToken: apiTokenOf(event, raw[i]),
    }));
  }

  /** The action codes recorded (in one council, or anywhere), for the filter's choices. */
  async actions(
    councilId: string | undefined,
    m: EntityManager = this.db.manager,
  ): Promise<string[]> {
    // A skip scan: from each action to the next one up, through an index, never the whole trail.
    const rows = (await m.query(
      councilId === undefined
        ? `WITH RECURSIVE found(action) AS (
             (SELECT action FROM audit_events ORDER BY action LIMIT 1)
             UNION ALL
             SELECT (SELECT e.action FROM audit_events e WHERE e.action > f.action ORDER BY e.action LIMIT 1)
               FROM found f WHERE f.action IS NOT NULL)
           SELECT action FROM found WHERE action IS NOT NULL ORDER BY action`
        : `WITH RECURSIVE found(action) AS (
             (SELECT action FROM audit_events WHERE council_id = $1 ORDER BY action LIMIT 1)
             UNION ALL
             SELECT (SELECT e.action FROM audit_events e
                      WHERE e.council_id = $1 AND e.action > f.action ORDER BY e.action LIMIT 1)
               FROM found f WHERE f.action IS NOT NULL)
           SELECT action FROM found WHERE action IS NOT NULL ORDER BY action`,
      councilId === undefined ? [] : [councilId],
    )) as Array<{ action: string }>;
    return rows.map((r) => r.action);
  }
}
