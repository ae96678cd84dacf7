import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Council } from '@rcp/api-contract';
import type { SharingChoice } from '@rcp/vocabulary';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditTrailService } from '../audit-trail/audit-trail.service';
import { Actor, canReachCouncil } from '../auth/actor';
import { SessionsService } from '../auth/sessions.service';
import { staleVersion } from '../common/conflicts';
import { CouncilEntity } from './council.entity';
import { CreateCouncilDto, UpdateCouncilDto } from './council.dto';
import { CouncilChanges, CouncilsRepository, toCouncilView } from './councils.repository';

const UNIQUE_VIOLATION = '23505';

function duplicateName(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { code?: string })?.code === UNIQUE_VIOLATION
  );
}

@Injectable()
export class CouncilsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly councils: CouncilsRepository,
    private readonly audit: AuditTrailService,
    private readonly sessions: SessionsService,
  ) {}

  async list(actor: Actor, includeArchived: boolean): Promise<Council[]> {
    if (actor.role !== 'coordinator') {
      // Anyone else sees their own council only.
      const own = actor.councilId ? await this.councils.list({ id: actor.councilId }) : [];
      return own.map(toCouncilView);
    }
    return (await this.councils.list({ activeOnly: !includeArchived })).map(toCouncilView);
  }

  async get(actor: Actor, id: string): Promise<Council> {
    return toCouncilView(await this.find(actor, id));
  }

  async create(actor: Actor, dto: CreateCouncilDto): Promise<Council> {
    try {
      return await this.db.transaction(async (m) => {
        const saved = await this.councils.insert(
          {
            name: dto.name,
            type: dto.type,
            region: dto.region,
            populationBand: dto.populationBand,
            sharing: dto.sharing ?? 'anonymised',
          },
          m,
        );
        const view = toCouncilView(saved);
        await this.audit.record(
          actor,
          {
            action: 'council.created',
            councilId: saved.id,
            entityType: 'council',
            entityId: saved.id,
            after: view,
          },
          m,
        );
        return view;
      });
    } catch (error) {
      if (duplicateName(error)) throw this.nameTaken();
      throw error;
    }
  }

  async update(actor: Actor, id: string, dto: UpdateCouncilDto): Promise<Council> {
    const { version, ...given } = dto;
    // Absent fields arrive as undefined properties of the DTO instance: they must not erase values.
    const changes: CouncilChanges = Object.fromEntries(
      Object.entries(given).filter(([, v]) => v !== undefined),
    );
    return this.change(actor, id, version, 'council.updated', changes);
  }

  async setSharing(
    actor: Actor,
    id: string,
    sharing: SharingChoice,
    version: number,
  ): Promise<Council> {
    return this.change(actor, id, version, 'council.sharing-changed', { sharing });
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<Council> {
    const current = await this.find(actor, id);
    const council = await this.change(
      actor,
      id,
      current.version,
      archived ? 'council.archived' : 'council.restored',
      {
        archivedAt: archived ? new Date() : null,
      },
    );
    // Its people are signed out for good: restoring the council must not revive old sessions.
    if (archived) await this.sessions.endAllForCouncil(id);
    return council;
  }

  /** Applies changes only if the row still has the version the caller read (else 409). */
  private async change(
    actor: Actor,
    id: string,
    version: number,
    action: string,
    changes: CouncilChanges,
  ): Promise<Council> {
    try {
      return await this.db.transaction(async (m) => {
        const before = await this.find(actor, id, m, true);
        if (before.version !== version) throw staleVersion('this council');
        if (!(await this.councils.updateAtVersion(id, version, changes, m)))
          throw staleVersion('this council');
        const after = await this.find(actor, id, m);
        const view = toCouncilView(after);
        await this.audit.record(
          actor,
          {
            action,
            councilId: id,
            entityType: 'council',
            entityId: id,
            before: toCouncilView(before),
            after: view,
          },
          m,
        );
        return view;
      });
    } catch (error) {
      if (duplicateName(error)) throw this.nameTaken();
      throw error;
    }
  }

  private async find(
    actor: Actor,
    id: string,
    m: EntityManager = this.db.manager,
    lock = false,
  ): Promise<CouncilEntity> {
    if (!canReachCouncil(actor, id)) throw new NotFoundException('Council not found.');
    const council = lock
      ? await this.councils.lockById(id, m)
      : await this.councils.findById(id, m);
    if (!council) throw new NotFoundException('Council not found.');
    return council;
  }

  private nameTaken(): ConflictException {
    return new ConflictException({
      message: 'A council with this name already exists.',
      errors: [{ field: 'name', messages: ['is already used by another council'] }],
    });
  }
}
