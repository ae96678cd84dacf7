import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { User } from '@rcp/api-contract';
import type { Role } from '@rcp/vocabulary';
import { DataSource, EntityManager } from 'typeorm';
import { CouncilEntity } from '../councils/council.entity';
import { UserEntity } from './user.entity';

/** A user with the name of their council (null for coordinators). */
export interface UserWithCouncil {
  user: UserEntity;
  councilName: string | null;
}

/** What an invited person is stored with before they accept. */
export interface NewInvitedUser {
  email: string;
  displayName: string;
  role: Role;
  councilId: string | null;
}

/** Fields a write to a user may change (the caller sets the next version). */
export type UserChanges = Partial<
  Pick<UserEntity, 'displayName' | 'role' | 'councilId' | 'status' | 'deactivatedAt' | 'version'>
>;

export function toUserView(user: UserEntity, councilName: string | null): User {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    councilId: user.councilId,
    councilName,
    status: user.status,
    createdAt: user.createdAt.toISOString(),
    lastSignInAt: user.lastSignInAt ? user.lastSignInAt.toISOString() : null,
    version: user.version,
  };
}

/** Everyone who can (or was invited to) sign in. */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Users by display name (case-insensitive), with their council's name; optionally one council's. */
  async listWithCouncil(
    councilId: string | undefined,
    m: EntityManager = this.db.manager,
  ): Promise<UserWithCouncil[]> {
    const query = m
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .leftJoin(CouncilEntity, 'c', 'c.id = u.councilId')
      .addSelect('c.name', 'council_name')
      .orderBy('lower(u.displayName)', 'ASC');
    if (councilId) query.where('u.councilId = :councilId', { councilId });
    const { entities, raw } = await query.getRawAndEntities<{ council_name: string | null }>();
    return entities.map((user, i) => ({ user, councilName: raw[i]?.council_name ?? null }));
  }

  /**
   * The account an email signs in to, with its password hash; none when the email is unknown or
   * the person's council is archived.
   */
  async findForSignIn(
    email: string,
    m: EntityManager = this.db.manager,
  ): Promise<UserEntity | null> {
    return m
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .leftJoin(CouncilEntity, 'c', 'c.id = u.councilId')
      .where('lower(u.email) = :email', { email })
      .andWhere('c.archivedAt IS NULL')
      .getOne();
  }

  async findById(id: string, m: EntityManager = this.db.manager): Promise<UserEntity | null> {
    return m.getRepository(UserEntity).findOneBy({ id });
  }

  /** A user that must exist (one the caller has just written); throws otherwise. */
  async getById(id: string, m: EntityManager = this.db.manager): Promise<UserEntity> {
    return m.getRepository(UserEntity).findOneByOrFail({ id });
  }

  /** Reads a user and locks the row (SELECT … FOR UPDATE) until the transaction ends. */
  async lockById(id: string, m: EntityManager = this.db.manager): Promise<UserEntity | null> {
    return m
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** Reads the user with this (lower-case) email and locks the row until the transaction ends. */
  async lockByEmail(email: string, m: EntityManager = this.db.manager): Promise<UserEntity | null> {
    return m
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = :email', { email })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** Whether an account has exactly this email. */
  async existsByEmail(email: string, m: EntityManager = this.db.manager): Promise<boolean> {
    return m.getRepository(UserEntity).existsBy({ email });
  }

  /** Adds an invited person (no password yet) at version 1. */
  async insertInvited(
    user: NewInvitedUser,
    m: EntityManager = this.db.manager,
  ): Promise<UserEntity> {
    const repository = m.getRepository(UserEntity);
    return repository.save(
      repository.create({ ...user, status: 'invited', passwordHash: null, version: 1 }),
    );
  }

  async update(
    id: string,
    changes: UserChanges,
    m: EntityManager = this.db.manager,
  ): Promise<void> {
    await m.update(UserEntity, id, changes);
  }

  /** Sets an invited person's password and makes them active; nothing if they are not invited. */
  async activateInvited(
    id: string,
    passwordHash: string,
    m: EntityManager = this.db.manager,
  ): Promise<void> {
    await m.query(
      `UPDATE users SET password_hash = $2, status = 'active', updated_at = now(), version = version + 1
        WHERE id = $1 AND status = 'invited'`,
      [id, passwordHash],
    );
  }

  /** Whether the person has ever set a password (accepted an invitation). */
  async hasPassword(id: string, m: EntityManager = this.db.manager): Promise<boolean> {
    const rows = (await m.query(`SELECT 1 FROM users WHERE id = $1 AND password_hash IS NOT NULL`, [
      id,
    ])) as unknown[];
    return rows.length > 0;
  }

  /** How many active leads the council has besides this person. */
  async countOtherActiveLeads(
    councilId: string,
    exceptUserId: string,
    m: EntityManager = this.db.manager,
  ): Promise<number> {
    const [row] = (await m.query(
      `SELECT count(*)::int AS n FROM users
        WHERE council_id = $1 AND role = 'lead' AND status = 'active' AND id <> $2`,
      [councilId, exceptUserId],
    )) as Array<{ n: number }>;
    return row.n;
  }

  async markSignedIn(id: string, m: EntityManager = this.db.manager): Promise<void> {
    await m.query(`UPDATE users SET last_sign_in_at = now() WHERE id = $1`, [id]);
  }
}
