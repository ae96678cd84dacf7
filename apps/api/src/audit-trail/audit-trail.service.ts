import { Injectable, NotFoundException } from '@nestjs/common';
import type { AuditEvent, Page } from '@rcp/api-contract';
import { EntityManager } from 'typeorm';
import { Actor, Caller } from '../auth/actor';
import { AuditEventFilter, AuditEventsRepository, toAuditEvent } from './audit-events.repository';

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
  constructor(private readonly events: AuditEventsRepository) {}

  /**
   * Appends an event. Pass the transaction's EntityManager for writes, so the event and the change
   * commit or roll back together.
   */
  async record(who: Who, event: AuditRecord, manager?: EntityManager): Promise<void> {
    await this.events.insert(
      {
        actorUserId: who && 'userId' in who ? (who.userId ?? null) : null,
        actorEmail: who && 'email' in who ? (who.email ?? null) : null,
        councilId: event.councilId ?? null,
        action: event.action,
        entityType: event.entityType ?? null,
        entityId: event.entityId ?? null,
        before: event.before === undefined ? undefined : scrub(event.before),
        after: event.after === undefined ? undefined : scrub(event.after),
        ip: who?.ip ?? null,
        requestId: who?.requestId ?? null,
      },
      manager,
    );
  }

  /**
   * The trail as the actor may read it: the whole network (or one council) for a coordinator, their
   * own council only for anyone else; another council's id is "not found".
   */
  async listFor(
    actor: Actor,
    query: { councilId?: string; limit?: number; offset?: number },
  ): Promise<Page<AuditEvent>> {
    if (actor.role !== 'coordinator' && query.councilId && query.councilId !== actor.councilId) {
      throw new NotFoundException('Council not found.');
    }
    const councilId =
      actor.role === 'coordinator' ? query.councilId : (actor.councilId ?? undefined);
    return this.list({ councilId, limit: query.limit ?? 50, offset: query.offset ?? 0 });
  }

  async list(filter: AuditEventFilter): Promise<Page<AuditEvent>> {
    const { rows, total } = await this.events.page(filter);
    return { total, items: rows.map(toAuditEvent) };
  }
}
