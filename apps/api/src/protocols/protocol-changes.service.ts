import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Protocol, ProtocolFields } from '@rcp/api-contract';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditTrailService } from '../audit-trail/audit-trail.service';
import { Actor } from '../auth/actor';
import { staleVersion } from '../common/conflicts';
import { DraftAuditsSyncService } from './draft-audits-sync.service';
import { CreateProtocolDto, UpdateProtocolDto } from './protocol.dto';
import { checkAgainstFramework, normaliseFields, reachableProtocol } from './protocol-rules';
import { ProtocolsRepository, toProtocol } from './protocols.repository';
import { ProtocolsService } from './protocols.service';

const UNIQUE_VIOLATION = '23505';

/** Writes to the register and its lifecycle: add, import, edit, retire, restore. */
@Injectable()
export class ProtocolChangesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly protocols: ProtocolsRepository,
    private readonly register: ProtocolsService,
    private readonly drafts: DraftAuditsSyncService,
    private readonly audit: AuditTrailService,
  ) {}

  async create(
    actor: Actor,
    councilId: string,
    dto: CreateProtocolDto,
    libraryKey: string | null = null,
  ): Promise<Protocol> {
    const fields = normaliseFields(dto);
    checkAgainstFramework(fields, await this.register.categories());
    return this.unique({ councilId, name: fields.name }, () =>
      this.db.transaction(async (m) => {
        const protocol = await this.add(m, actor, councilId, fields, libraryKey);
        await this.recordCreated(m, actor, protocol);
        return protocol;
      }),
    );
  }

  /** Inserts many validated rows at once (file import): all or nothing. */
  async createMany(actor: Actor, councilId: string, rows: ProtocolFields[]): Promise<number> {
    const categories = await this.register.categories();
    rows.forEach((r) => checkAgainstFramework(r, categories));
    return this.unique(null, () =>
      this.db.transaction(async (m) => {
        for (const fields of rows) await this.add(m, actor, councilId, fields, null);
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

  /** Adds one protocol to the register inside the caller's transaction; draft audits take it in. */
  async add(
    m: EntityManager,
    actor: Actor,
    councilId: string,
    fields: ProtocolFields,
    libraryKey: string | null,
  ): Promise<Protocol> {
    const protocol = toProtocol(await this.protocols.insert(councilId, fields, libraryKey, m));
    await this.drafts.protocolAdded(m, actor, protocol);
    return protocol;
  }

  async recordCreated(m: EntityManager, actor: Actor, protocol: Protocol): Promise<void> {
    await this.audit.record(
      actor,
      {
        action: 'protocol.created',
        councilId: protocol.councilId,
        entityType: 'protocol',
        entityId: protocol.id,
        after: protocol,
      },
      m,
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
        const before = toProtocol(await this.lock(m, actor, councilId, id));
        if (before.version !== version) throw staleVersion('this protocol');
        if (before.status === 'retired')
          throw new ConflictException('A retired protocol cannot be changed.');
        const merged = { ...before, ...normaliseFields({ ...before, ...changes }) };
        checkAgainstFramework(merged, await this.register.categories());
        const after = toProtocol(await this.protocols.update(id, merged, m));
        await this.drafts.protocolChanged(m, actor, merged, before, after);
        await this.audit.record(
          actor,
          {
            action: 'protocol.updated',
            councilId,
            entityType: 'protocol',
            entityId: id,
            before,
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
      const before = toProtocol(await this.lock(m, actor, councilId, id));
      if (before.version !== version) throw staleVersion('this protocol');
      if (before.status === 'retired')
        throw new ConflictException('This protocol is already retired.');
      const after = toProtocol(await this.protocols.retire(id, reason, m));
      await this.drafts.protocolRetired(m, actor, before, after, reason);
      await this.audit.record(
        actor,
        {
          action: 'protocol.retired',
          councilId,
          entityType: 'protocol',
          entityId: id,
          before,
          after,
        },
        m,
      );
      return after;
    });
  }

  /**
   * Brings a retired protocol back (one retired by mistake, or needed again): active again, in
   * draft and later audits. Submitted audits are untouched, and the trail keeps both the
   * retirement and the restoration, so its history reads on without a gap.
   */
  async restore(
    actor: Actor,
    councilId: string,
    id: string,
    reason: string,
    version: number,
  ): Promise<Protocol> {
    return this.db.transaction(async (m) => {
      const before = toProtocol(await this.lock(m, actor, councilId, id));
      if (before.version !== version) throw staleVersion('this protocol');
      if (before.status !== 'retired') throw new ConflictException('This protocol is not retired.');
      const after = toProtocol(await this.protocols.restore(id, m));
      await this.drafts.protocolRestored(m, actor, after, reason);
      await this.audit.record(
        actor,
        {
          action: 'protocol.restored',
          councilId,
          entityType: 'protocol',
          entityId: id,
          before,
          after: { ...after, reason },
        },
        m,
      );
      return after;
    });
  }

  private async lock(m: EntityManager, actor: Actor, councilId: string, id: string) {
    return reachableProtocol(actor, await this.protocols.lockById(councilId, id, m));
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
        const holder = clash
          ? await this.protocols.findStatusByName(clash.councilId, clash.name.trim())
          : null;
        const retired = holder === 'retired';
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
}
