import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEvent } from '@rcp/api-contract';
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

/** An event with its council's name, as the CSV export writes it. */
export interface AuditEventWithCouncil {
  event: AuditEventEntity;
  councilName: string | null;
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

export function toAuditEvent(e: AuditEventEntity): AuditEvent {
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
         (actor_user_id, actor_email, council_id, action, entity_type, entity_id, before, after, ip, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
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
      ],
    );
  }

  /** One page of events, newest first, with the total matching the filter. */
  async page(
    filter: AuditEventFilter,
    m: EntityManager = this.db.manager,
  ): Promise<{ rows: AuditEventEntity[]; total: number }> {
    const query = applyCriteria(m.getRepository(AuditEventEntity).createQueryBuilder('e'), filter)
      .orderBy('e.occurredAt', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .take(filter.limit)
      .skip(filter.offset);
    const [rows, total] = await query.getManyAndCount();
    return { rows, total };
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
    const query = applyCriteria(m.getRepository(AuditEventEntity).createQueryBuilder('e'), criteria)
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
    const { entities, raw } = await query.getRawAndEntities<{ council_name: string | null }>();
    return entities.map((event, i) => ({ event, councilName: raw[i]?.council_name ?? null }));
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
