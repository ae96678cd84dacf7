import { ConflictException, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { staleVersion } from '../common/conflicts';
import { CouncilsRepository } from '../councils/councils.repository';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';

/**
 * Reads and locks a person the actor may manage: anyone for a coordinator, their own council's
 * people (never a coordinator) for a lead. Others are "not found", exactly like people who do not
 * exist.
 */
export async function lockUserInScope(
  users: UsersRepository,
  actor: Actor,
  userId: string,
  m: EntityManager,
): Promise<UserEntity> {
  const user = await users.lockById(userId, m);
  if (
    !user ||
    (actor.role !== 'coordinator' &&
      (user.councilId !== actor.councilId || user.role === 'coordinator'))
  ) {
    throw new NotFoundException('User not found.');
  }
  return user;
}

/** A write based on an old copy of the person is refused (409), like every versioned write. */
export function checkVersion(user: UserEntity, version: number): void {
  if (user.version !== version) throw staleVersion('this person');
}

/**
 * A council always keeps an active lead: refuses (409) to deactivate or demote its last one. The
 * council row lock makes two such changes of one council take turns, so two leads cannot each
 * demote the other at the same moment.
 */
export async function keepAnActiveLead(
  users: UsersRepository,
  councils: CouncilsRepository,
  user: UserEntity,
  m: EntityManager,
): Promise<void> {
  if (user.role !== 'lead' || user.status !== 'active' || !user.councilId) return;
  await councils.lockById(user.councilId, m);
  if ((await users.countOtherActiveLeads(user.councilId, user.id, m)) === 0) {
    throw new ConflictException(
      `${user.displayName} is the only active lead of this council. Make someone else a lead first.`,
    );
  }
}
