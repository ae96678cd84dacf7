import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  FieldError,
  FrameworkCategory,
  LibraryProtocol,
  Protocol,
  ProtocolFields,
} from '@rcp/api-contract';
import { PROTOCOL_LIBRARY } from '@rcp/content';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditTrailService } from '../audit-trail/audit-trail.service';
import { Actor, canReachCouncil } from '../auth/actor';
import { FrameworksService } from '../frameworks/frameworks.service';
import { CreateProtocolDto, UpdateProtocolDto } from './protocol.dto';
import { PROTOCOL_SELECT, ProtocolRow, toProtocol } from './protocol-records';

const UNIQUE_VIOLATION = '23505';

/** What an audit holds of a register entry: the fields its scores depend on. */
type AuditView = Pick<
  Protocol,
  'id' | 'name' | 'category' | 'type' | 'serviceArea' | 'scope' | 'contextNeed' | 'reach'
> & { reason?: string };

function auditView(p: Protocol): AuditView {
  const { id, name, category, type, serviceArea, scope, contextNeed, reach } = p;
  return { id, name, category, type, serviceArea, scope, contextNeed, reach };
}

export function libraryView(): LibraryProtocol[] {
  return PROTOCOL_LIBRARY.map((p) => ({
    key: p.key,
    name: p.name,
    category: p.category,
    type: p.type,
    serviceArea: p.serviceArea,
    scope: p.scope,
    contextNeed: p.contextNeed,
    reach: p.reach,
    basis: p.basis,
    description: p.description,
    inhibitingExemplar: p.inhibitingExemplar,
    enablingExemplar: p.enablingExemplar,
    sourceNote: p.sourceNote,
  }));
}

@Injectable()
export class ProtocolsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditTrailService,
    private readonly frameworks: FrameworksService,
  ) {}

  library(q?: string, category?: string): LibraryProtocol[] {
    const words = (q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    return libraryView().filter((p) => {
      if (category && p.category !== category) return false;
      // The category's words too ("time and caseload"), so a search can name a category.
      const text =
        `${p.name} ${p.description} ${p.inhibitingExemplar} ${p.enablingExemplar} ${p.serviceArea} ${p.category.replace(/-/g, ' ')}`.toLowerCase();
      return words.every((w) => text.includes(w));
    });
  }

  async list(councilId: string, status: 'active' | 'retired' | 'all'): Promise<Protocol[]> {
    const rows = (await this.db.query(
      `SELECT ${PROTOCOL_SELECT} FROM protocols WHERE council_id = $1 AND ($2 = 'all' OR status = $2)
        ORDER BY lower(name)`,
      [councilId, status],
    )) as ProtocolRow[];
    return rows.map(toProtocol);
  }

  async get(actor: Actor, councilId: string, id: string): Promise<Protocol> {
    return toProtocol(await this.find(this.db.manager, actor, councilId, id));
  }

  async categories(): Promise<FrameworkCategory[]> {
    return (await this.frameworks.current()).categories;
  }

  async create(
    actor: Actor,
    councilId: string,
    dto: CreateProtocolDto,
    libraryKey: string | null = null,
  ): Promise<Protocol> {
    const fields = this.normalise(dto);
    this.check(fields, await this.categories());
    return this.unique({ councilId, name: fields.name }, () =>
      this.db.transaction(async (m) => {
        const protocol = await this.insert(m, actor, councilId, fields, libraryKey);
        await this.audit.record(
          actor,
          {
            action: 'protocol.created',
            councilId,
            entityType: 'protocol',
            entityId: protocol.id,
            after: protocol,
          },
          m,
        );
        return protocol;
      }),
    );
  }

  /** Adds library protocols to the register in one step; names already in it are skipped. */
  async addFromLibrary(actor: Actor, councilId: string, keys: string[]): Promise<Protocol[]> {
    const library = new Map(PROTOCOL_LIBRARY.map((p) => [p.key, p]));
    const unknown = keys.filter((k) => !library.has(k));
    if (unknown.length) {
      throw new BadRequestException({
        message: 'The request has invalid fields.',
        errors: [{ field: 'keys', messages: [`not in the library: ${unknown.join(', ')}`] }],
      });
    }
    return this.db.transaction(async (m) => {
      const existing = new Set(
        (
          (await m.query(`SELECT lower(name) AS name FROM protocols WHERE council_id = $1`, [
            councilId,
          ])) as Array<{
            name: string;
          }>
        ).map((r) => r.name),
      );
      const created: Protocol[] = [];
      for (const key of [...new Set(keys)]) {
        const p = library.get(key);
        if (!p || existing.has(p.name.toLowerCase())) continue;
        const protocol = await this.insert(
          m,
          actor,
          councilId,
          {
            name: p.name,
            description: p.description,
            category: p.category,
            type: p.type,
            owner: '',
            serviceArea: p.serviceArea,
            scope: p.scope,
            contextNeed: p.contextNeed,
            reach: p.reach,
            basis: p.basis,
            reviewDate: null,
            sourceLinks: [],
          },
          p.key,
        );
        await this.audit.record(
          actor,
          {
            action: 'protocol.created',
            councilId,
            entityType: 'protocol',
            entityId: protocol.id,
            after: protocol,
          },
          m,
        );
        created.push(protocol);
      }
      return created;
    });
  }

  /** Inserts many validated rows at once (file import): all or nothing. */
  async createMany(actor: Actor, councilId: string, rows: ProtocolFields[]): Promise<number> {
    const categories = await this.categories();
    rows.forEach((r) => this.check(r, categories));
    return this.unique(null, () =>
      this.db.transaction(async (m) => {
        for (const fields of rows) await this.insert(m, actor, councilId, fields, null);
        await this.audit.record(
          actor,
          {
            action: 'protocol.imported',
            councilId,
            entityType: 'protocol',
            after: { count: rows.length, names: rows.map((r) => r.name) },
          },
          m,
        );
        return rows.length;
      }),
    );
  }

  async update(
    actor: Actor,
    councilId: string,
    id: string,
    dto: UpdateProtocolDto,
  ): Promise<Protocol> {
    const { version, ...given } = dto;
    // Absent fields arrive as undefined properties of the DTO instance: they must not erase values.
    const changes = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
    const name = typeof changes['name'] === 'string' ? changes['name'] : null;
    return this.unique(name ? { councilId, name } : null, () =>
      this.db.transaction(async (m) => {
        const before = await this.find(m, actor, councilId, id, true);
        if (before.version !== version) throw this.stale();
        if (before.status === 'retired')
          throw new ConflictException('A retired protocol cannot be changed.');
        const merged = {
          ...toProtocol(before),
          ...this.normalise({ ...toProtocol(before), ...changes }),
        };
        this.check(merged, await this.categories());
        await m.query(
          `UPDATE protocols SET name = $2, description = $3, category = $4, type = $5, owner = $6, service_area = $7,
             scope = $8, context_need = $9, reach = $10, basis = $11, review_date = $12, source_links = $13,
             updated_at = now(), version = version + 1
           WHERE id = $1`,
          [id, ...this.columns(merged)],
        );
        await this.lockDraftAudits(m, councilId);
        // Draft audits follow the register; submitted audits keep what they were scored on.
        const [followed] = (await m.query(
          `UPDATE audit_protocols ap SET name = $2, category = $3, type = $4, service_area = $5, scope = $6,
             context_need = $7, reach = $8
           FROM audits a WHERE a.id = ap.audit_id AND a.status = 'draft' AND ap.protocol_id = $1
           RETURNING ap.audit_id`,
          [
            id,
            merged.name,
            merged.category,
            merged.type,
            merged.serviceArea,
            merged.scope,
            merged.contextNeed,
            merged.reach,
          ],
        )) as [Array<{ audit_id: string }>, number];
        const after = toProtocol(await this.find(m, actor, councilId, id));
        const [was, now] = [auditView(toProtocol(before)), auditView(after)];
        if (JSON.stringify(was) !== JSON.stringify(now)) {
          await this.noteInDraftAudits(m, actor, councilId, followed, {
            action: 'audit.protocol-changed',
            before: was,
            after: now,
          });
        }
        await this.audit.record(
          actor,
          {
            action: 'protocol.updated',
            councilId,
            entityType: 'protocol',
            entityId: id,
            before: toProtocol(before),
            after,
          },
          m,
        );
        return after;
      }),
    );
  }

  /** Retires a protocol: it keeps its history but leaves draft and later audits. */
  async retire(
    actor: Actor,
    councilId: string,
    id: string,
    reason: string,
    version: number,
  ): Promise<Protocol> {
    return this.db.transaction(async (m) => {
      const before = await this.find(m, actor, councilId, id, true);
      if (before.version !== version) throw this.stale();
      if (before.status === 'retired')
        throw new ConflictException('This protocol is already retired.');
      await m.query(
        `UPDATE protocols SET status = 'retired', retired_at = now(), retired_reason = $2, updated_at = now(),
           version = version + 1 WHERE id = $1`,
        [id, reason],
      );
      await this.lockDraftAudits(m, councilId);
      // Its ratings in draft audits go with it (the trail says so); submitted audits keep theirs.
      const [left] = (await m.query(
        `DELETE FROM audit_protocols ap USING audits a
          WHERE a.id = ap.audit_id AND a.status = 'draft' AND ap.protocol_id = $1
          RETURNING ap.audit_id`,
        [id],
      )) as [Array<{ audit_id: string }>, number];
      const after = toProtocol(await this.find(m, actor, councilId, id));
      await this.noteInDraftAudits(m, actor, councilId, left, {
        action: 'audit.protocol-retired',
        before: auditView(toProtocol(before)),
        after: { ...auditView(after), reason },
      });
      await this.audit.record(
        actor,
        {
          action: 'protocol.retired',
          councilId,
          entityType: 'protocol',
          entityId: id,
          before: toProtocol(before),
          after,
        },
        m,
      );
      return after;
    });
  }

  private async insert(
    m: EntityManager,
    actor: Actor,
    councilId: string,
    f: ProtocolFields,
    libraryKey: string | null,
  ): Promise<Protocol> {
    const [row] = (await m.query(
      `INSERT INTO protocols (council_id, name, description, category, type, owner, service_area, scope, context_need,
         reach, basis, review_date, source_links, library_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [councilId, ...this.columns(f), libraryKey],
    )) as Array<{ id: string }>;
    await this.lockDraftAudits(m, councilId);
    // A protocol added while an audit is in draft joins that audit.
    const joined = (await m.query(
      `INSERT INTO audit_protocols (audit_id, protocol_id, name, category, type, service_area, scope, context_need, reach)
       SELECT a.id, $2, $3, $4, $5, $6, $7, $8, $9 FROM audits a WHERE a.council_id = $1 AND a.status = 'draft'
       RETURNING audit_id`,
      [
        councilId,
        row.id,
        f.name,
        f.category,
        f.type,
        f.serviceArea,
        f.scope,
        f.contextNeed,
        f.reach,
      ],
    )) as Array<{ audit_id: string }>;
    const [created] = (await m.query(`SELECT ${PROTOCOL_SELECT} FROM protocols WHERE id = $1`, [
      row.id,
    ])) as ProtocolRow[];
    const protocol = toProtocol(created);
    await this.noteInDraftAudits(m, actor, councilId, joined, {
      action: 'audit.protocol-added',
      after: auditView(protocol),
    });
    return protocol;
  }

  /**
   * Locks the council's draft audits before their protocols change, in the order a save of ratings
   * takes them (the audit row first), so the two never wait on each other in a circle.
   */
  private async lockDraftAudits(m: EntityManager, councilId: string): Promise<void> {
    await m.query(
      `SELECT id FROM audits WHERE council_id = $1 AND status = 'draft' ORDER BY id FOR UPDATE`,
      [councilId],
    );
  }

  /**
   * A register change that reaches draft audits is a change to those audits too: it moves their
   * version on (an editor with the grid open gets a conflict, never a silent change) and goes into
   * each audit's trail.
   */
  private async noteInDraftAudits(
    m: EntityManager,
    actor: Actor,
    councilId: string,
    audits: Array<{ audit_id: string }>,
    event: { action: string; before?: AuditView; after?: AuditView },
  ): Promise<void> {
    const ids = [...new Set(audits.map((a) => a.audit_id))];
    if (ids.length === 0) return;
    await m.query(`UPDATE audits SET version = version + 1, register_version = version + 1 WHERE id = ANY($1)`, [ids]);
    for (const id of ids) {
      await this.audit.record(actor, { ...event, councilId, entityType: 'audit', entityId: id }, m);
    }
  }

  private columns(f: ProtocolFields): unknown[] {
    return [
      f.name,
      f.description,
      f.category,
      f.type,
      f.owner,
      f.serviceArea,
      f.scope,
      f.contextNeed,
      f.reach,
      f.basis,
      f.reviewDate,
      f.sourceLinks,
    ];
  }

  private normalise(dto: CreateProtocolDto | ProtocolFields): ProtocolFields {
    return {
      name: dto.name,
      description: dto.description ?? '',
      category: dto.category,
      type: dto.type,
      owner: dto.owner ?? '',
      serviceArea: dto.serviceArea,
      scope: dto.scope,
      contextNeed: dto.contextNeed,
      reach: dto.reach,
      basis: dto.basis,
      reviewDate: dto.reviewDate ?? null,
      sourceLinks: dto.sourceLinks ?? [],
    };
  }

  /** Rules that need the framework: a known category, and a scope that matches it. */
  private check(f: ProtocolFields, categories: FrameworkCategory[]): void {
    const errors: FieldError[] = [];
    const category = categories.find((c) => c.key === f.category);
    if (!category)
      errors.push({ field: 'category', messages: ['must be a category of the current framework'] });
    else if (category.scope !== f.scope) {
      errors.push({
        field: 'scope',
        messages: [
          category.scope === 'wider'
            ? 'must be wider for a wider-environment category'
            : 'must be organisational for this category',
        ],
      });
    }
    if (errors.length)
      throw new BadRequestException({ message: 'The request has invalid fields.', errors });
  }

  private async find(
    m: EntityManager,
    actor: Actor,
    councilId: string,
    id: string,
    lock = false,
  ): Promise<ProtocolRow> {
    const rows = (await m.query(
      `SELECT ${PROTOCOL_SELECT} FROM protocols WHERE id = $1 AND council_id = $2 ${lock ? 'FOR UPDATE' : ''}`,
      [id, councilId],
    )) as ProtocolRow[];
    if (!rows[0] || !canReachCouncil(actor, rows[0].council_id))
      throw new NotFoundException('Protocol not found.');
    return rows[0];
  }

  /**
   * Runs a write, turning a clash of names into a 409 on the name field. A retired protocol keeps
   * its name (so its history stays unambiguous), and the message says so when that is the clash.
   */
  private async unique<T>(
    clash: { councilId: string; name: string } | null,
    work: () => Promise<T>,
  ): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
      ) {
        const [holder] = clash
          ? ((await this.db.query(
              `SELECT status FROM protocols WHERE council_id = $1 AND lower(name) = lower($2)`,
              [clash.councilId, clash.name.trim()],
            )) as Array<{ status: string }>)
          : [];
        const retired = holder?.status === 'retired';
        throw new ConflictException({
          message: retired
            ? 'A retired protocol in the register has this name.'
            : 'The register already has a protocol with this name.',
          errors: [
            {
              field: 'name',
              messages: [
                retired
                  ? 'is the name of a retired protocol, which keeps it for its history: choose another name'
                  : 'is already in the register',
              ],
            },
          ],
        });
      }
      throw error;
    }
  }

  private stale(): ConflictException {
    return new ConflictException(
      'Someone else changed this protocol since you loaded it. Reload and try again.',
    );
  }
}
