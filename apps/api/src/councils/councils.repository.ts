import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Council } from '@rcp/api-contract';
import type { CouncilType, PopulationBand, Region, SharingChoice } from '@rcp/vocabulary';
import { DataSource, EntityManager } from 'typeorm';
import { CouncilEntity } from './council.entity';

/** What a new council is stored with. */
export interface NewCouncil {
  name: string;
  type: CouncilType;
  region: Region;
  populationBand: PopulationBand;
  sharing: SharingChoice;
}

/** Fields a versioned update may change. */
export type CouncilChanges = Partial<
  Pick<CouncilEntity, 'name' | 'type' | 'region' | 'populationBand' | 'sharing' | 'archivedAt'>
>;

export function toCouncilView(c: CouncilEntity): Council {
  return {
    id: c.id,
    name: c.name,
    type: c.type,
    region: c.region,
    populationBand: c.populationBand,
    sharing: c.sharing,
    archived: c.archivedAt !== null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    version: c.version,
  };
}

/** The councils register. */
@Injectable()
export class CouncilsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Councils by name: one council (`id`, archived or not), or all, optionally only active ones. */
  async list(
    filter: { id?: string; activeOnly?: boolean },
    m: EntityManager = this.db.manager,
  ): Promise<CouncilEntity[]> {
    const query = m.getRepository(CouncilEntity).createQueryBuilder('c').orderBy('c.name', 'ASC');
    if (filter.id !== undefined) query.where('c.id = :id', { id: filter.id });
    else if (filter.activeOnly) query.where('c.archivedAt IS NULL');
    return query.getMany();
  }

  async findById(id: string, m: EntityManager = this.db.manager): Promise<CouncilEntity | null> {
    return m.getRepository(CouncilEntity).findOneBy({ id });
  }

  /** Reads a council and locks its row (SELECT … FOR UPDATE) until the transaction ends. */
  async lockById(id: string, m: EntityManager = this.db.manager): Promise<CouncilEntity | null> {
    return m
      .getRepository(CouncilEntity)
      .createQueryBuilder('c')
      .where('c.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** Whether a council with this id exists (archived or not). */
  async exists(id: string, m: EntityManager = this.db.manager): Promise<boolean> {
    const found = (await m.query(`SELECT 1 FROM councils WHERE id = $1`, [id])) as Array<{
      '?column?': number;
    }>;
    return found.length > 0;
  }

  /** The council's name, or null when there is no such council. */
  async findName(id: string, m: EntityManager = this.db.manager): Promise<string | null> {
    return (await this.findById(id, m))?.name ?? null;
  }

  /** Adds a council at version 1 (a duplicate name fails with a unique violation). */
  async insert(council: NewCouncil, m: EntityManager = this.db.manager): Promise<CouncilEntity> {
    const repository = m.getRepository(CouncilEntity);
    return repository.save(repository.create({ ...council, archivedAt: null, version: 1 }));
  }

  /**
   * Applies changes and bumps the version, only if the row still has `version`; false when it did
   * not (someone else changed it first).
   */
  async updateAtVersion(
    id: string,
    version: number,
    changes: CouncilChanges,
    m: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const result = await m
      .createQueryBuilder()
      .update(CouncilEntity)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return result.affected === 1;
  }
}
