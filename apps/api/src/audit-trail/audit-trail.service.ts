import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEvent, Page } from '@rcp/api-contract';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Caller } from '../auth/actor';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditRecord {
  action: string;
  councilId?: string | null;
  entityType?: string;
  entityId?: string;
  before?: unknown;
  after?: unknown;
}

type Who = (Actor | (Caller & { email?: string | null; userId?: string | null })) | null;

const SECRET_FIELDS = /password|token|hash|secret/i;

/** Drops anything secret-looking before a snapshot is stored. */
function scrub(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scrub);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !SECRET_FIELDS.test(key))
        .map(([key, v]) => [key, scrub(v)]),
    );
  }
  return value;
}

@Injectable()
export class AuditTrailService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Appends an event. Pass the transaction's EntityManager for writes, so the event and the change
   * commit or roll back together.
   */
  async record(
    who: Who,
    event: AuditRecord,
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    const json = (value: unknown) => (value === undefined ? null : JSON.stringify(scrub(value)));
    await manager.query(
      `INSERT INTO audit_events
         (actor_user_id, actor_email, council_id, action, entity_type, entity_id, before, after, ip, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        who && 'userId' in who ? (who.userId ?? null) : null,
        who && 'email' in who ? (who.email ?? null) : null,
        event.councilId ?? null,
        event.action,
        event.entityType ?? null,
        event.entityId ?? null,
        json(event.before),
        json(event.after),
        who?.ip ?? null,
        who?.requestId ?? null,
      ],
    );
  }

  async list(filter: {
    councilId?: string;
    limit: number;
    offset: number;
  }): Promise<Page<AuditEvent>> {
    const query = this.db
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .orderBy('e.occurredAt', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .take(filter.limit)
      .skip(filter.offset);
    if (filter.councilId) query.where('e.councilId = :councilId', { councilId: filter.councilId });
    const [rows, total] = await query.getManyAndCount();
    return {
      total,
      items: rows.map((e) => ({
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
      })),
    };
  }
}
