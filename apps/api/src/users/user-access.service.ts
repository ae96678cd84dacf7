import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { User } from '@rcp/api-contract';
import type { Role } from '@rcp/vocabulary';
import { DataSource } from 'typeorm';
import { AuditTrailService } from '../audit-trail/audit-trail.service';
import { Actor } from '../auth/actor';
import { SessionsService } from '../auth/sessions.service';
import { CouncilsRepository } from '../councils/councils.repository';
import { checkVersion, keepAnActiveLead, lockUserInScope } from './user-rules';
import { toUserView, UsersRepository } from './users.repository';

/** The roles a council lead may move people between (leads come from the network coordinator). */
const LEAD_MANAGED: readonly Role[] = ['manager', 'viewer'];

/**
 * What a person may do: their role within their council, and bringing back a deactivated account.
 * A change takes effect on the person's very next request to this process (its session cache is
 * cleared after the commit) and within SESSION_CACHE_MS on any other.
 */
@Injectable()
export class UserAccessService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersRepository,
    private readonly councils: CouncilsRepository,
    private readonly audit: AuditTrailService,
    private readonly sessions: SessionsService,
  ) {}

  /**
   * Moves a person to another council role: a coordinator for anyone in a council, a lead between
   * manager and viewer in their own. A council's last active lead cannot be demoted (409).
   */
  async changeRole(actor: Actor, userId: string, role: Role, version: number): Promise<User> {
    const after = await this.db.transaction(async (m) => {
      const user = await lockUserInScope(this.users, actor, userId, m);
      if (user.id === actor.userId)
        throw new ForbiddenException('You cannot change your own role.');
      if (user.role === 'coordinator' || !user.councilId) {
        throw new ConflictException('A network coordinator has no council role to change.');
      }
      if (
        actor.role === 'lead' &&
        (!LEAD_MANAGED.includes(user.role) || !LEAD_MANAGED.includes(role))
      ) {
        throw new ForbiddenException(
          'Council leads can move people between manager and viewer. Ask the network coordinator to add or remove a lead.',
        );
      }
      checkVersion(user, version);
      const councilName = await this.councils.findName(user.councilId, m);
      const before = toUserView(user, councilName);
      if (user.role === role) return before;
      if (user.role === 'lead') await keepAnActiveLead(this.users, this.councils, user, m);
      await this.users.update(user.id, { role, version: user.version + 1 }, m);
      // A lead's API tokens read as a lead: they end with the role, for good.
      if (user.role === 'lead') await this.sessions.endApiTokensOf(user.id, m);
      const after = toUserView(await this.users.getById(user.id, m), councilName);
      await this.audit.record(
        actor,
        {
          action: 'user.role-changed',
          councilId: user.councilId,
          entityType: 'user',
          entityId: user.id,
          before,
          after,
        },
        m,
      );
      return after;
    });
    this.sessions.forgetUser(userId);
    return after;
  }

  /**
   * Brings back a deactivated account: active again if the person had set a password, otherwise
   * invited again (their invitation can then be sent anew).
   */
  async reactivate(actor: Actor, userId: string, version: number): Promise<User> {
    return this.db.transaction(async (m) => {
      const user = await lockUserInScope(this.users, actor, userId, m);
      checkVersion(user, version);
      if (user.status !== 'deactivated') {
        throw new ConflictException(`${user.displayName} is not deactivated.`);
      }
      const council = user.councilId ? await this.councils.findById(user.councilId, m) : null;
      if (council?.archivedAt) {
        throw new ConflictException(
          `${user.displayName}'s council is archived. Restore the council first.`,
        );
      }
      const before = toUserView(user, council?.name ?? null);
      const status = (await this.users.hasPassword(user.id, m)) ? 'active' : 'invited';
      await this.users.update(
        user.id,
        { status, deactivatedAt: null, version: user.version + 1 },
        m,
      );
      const after = toUserView(await this.users.getById(user.id, m), council?.name ?? null);
      await this.audit.record(
        actor,
        {
          action: 'user.reactivated',
          councilId: user.councilId,
          entityType: 'user',
          entityId: user.id,
          before,
          after,
        },
        m,
      );
      return after;
    });
  }
}
