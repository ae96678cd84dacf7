import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEvent } from '@rcp/api-contract';
import { DataSource, EntityManager } from 'typeorm';
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

export interface AuditEventFilter {
  councilId?: string;
  limit: number;
  offset: number;
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
    const query = m
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .orderBy('e.occurredAt', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .take(filter.limit)
      .skip(filter.offset);
    if (filter.councilId) query.where('e.councilId = :councilId', { councilId: filter.councilId });
    const [rows, total] = await query.getManyAndCount();
    return { rows, total };
  }
}
