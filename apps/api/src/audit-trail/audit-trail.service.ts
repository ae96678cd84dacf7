import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { AuditEvent, Page } from '@rcp/api-contract';
import * as Papa from 'papaparse';
import { EntityManager } from 'typeorm';
import { Actor, Caller } from '../auth/actor';
import {
  AuditEventCriteria,
  AuditEventFilter,
  AuditEventsRepository,
  AuditEventWithCouncil,
  toAuditEvent,
} from './audit-events.repository';

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
        apiTokenId: who?.apiTokenId ?? null,
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
    query: AuditEventCriteria & { limit?: number; offset?: number },
  ): Promise<Page<AuditEvent>> {
    const criteria = this.scoped(actor, query);
    return this.list({ ...criteria, limit: query.limit ?? 50, offset: query.offset ?? 0 });
  }

  async list(filter: AuditEventFilter): Promise<Page<AuditEvent>> {
    const { rows, total } = await this.events.page(filter);
    return { total, items: rows.map(toAuditEvent) };
  }

  /** The action codes the actor may filter by (those recorded within their reach). */
  async actionsFor(actor: Actor, councilId?: string): Promise<string[]> {
    return this.events.actions(this.scoped(actor, { councilId }).councilId);
  }

  /**
   * The matching events as CSV lines (RFC 4180, a BOM first, formula-like cells escaped), read
   * in batches so a long trail never sits in memory at once.
   */
  async *exportCsvFor(actor: Actor, query: AuditEventCriteria): AsyncGenerator<string> {
    const criteria = this.scoped(actor, query);
    yield '\uFEFF' + Papa.unparse([CSV_HEADER], { newline: '\r\n' }) + '\r\n';
    let beforeId: string | null = null;
    for (;;) {
      const batch = await this.events.batchBefore(criteria, beforeId, EXPORT_BATCH);
      if (batch.length === 0) return;
      yield Papa.unparse(batch.map(toCsvRow), { newline: '\r\n', escapeFormulae: true }) + '\r\n';
      if (batch.length < EXPORT_BATCH) return;
      beforeId = batch[batch.length - 1].event.id;
    }
  }

  /** Tenancy: a coordinator may narrow to any council; anyone else sees their own council only. */
  private scoped(actor: Actor, query: AuditEventCriteria): AuditEventCriteria {
    if (actor.role !== 'coordinator' && query.councilId && query.councilId !== actor.councilId) {
      throw new NotFoundException('Council not found.');
    }
    if (query.from && query.to && query.to < query.from) {
      throw new BadRequestException({
        message: 'The request has invalid fields.',
        errors: [{ field: 'to', messages: ['must be the same as or after the start date'] }],
      });
    }
    const councilId =
      actor.role === 'coordinator' ? query.councilId : (actor.councilId ?? undefined);
    return { ...query, councilId };
  }
}

const EXPORT_BATCH = 1000;

const CSV_HEADER = [
  'When (UTC)',
  'Who',
  'Action',
  'Entity type',
  'Entity id',
  'Council',
  'Before',
  'After',
  'Request id',
  'Via API token',
  'API token id',
];

function toCsvRow({ event, councilName, apiToken }: AuditEventWithCouncil): string[] {
  const json = (value: unknown) =>
    value === null || value === undefined ? '' : JSON.stringify(value);
  return [
    event.occurredAt.toISOString(),
    event.actorEmail ?? 'The system',
    event.action,
    event.entityType ?? '',
    event.entityId ?? '',
    event.councilId ? (councilName ?? event.councilId) : 'Network',
    json(event.before),
    json(event.after),
    event.requestId ?? '',
    apiToken ? `${apiToken.name} (${apiToken.prefix}…)` : '',
    apiToken?.id ?? '',
  ];
}
