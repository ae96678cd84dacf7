import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Invitation, PendingInvitation, User } from '@rcp/api-contract';
import { DataSource, EntityManager } from 'typeorm';
import { AuditTrailService } from '../audit-trail/audit-trail.service';
import { Actor } from '../auth/actor';
import { hashToken, newToken } from '../auth/tokens';
import { AppConfig } from '../config/app-config';
import { CouncilsRepository } from '../councils/councils.repository';
import { InvitationsRepository, OpenInvitationRow } from './invitations.repository';
import { UserEntity } from './user.entity';
import { checkVersion, lockUserInScope } from './user-rules';
import { toUserView, UsersRepository } from './users.repository';

function toPendingInvitation(row: OpenInvitationRow): PendingInvitation {
  return {
    id: row.id,
    userId: row.user_id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    councilId: row.council_id,
    councilName: row.council_name,
    invitedByEmail: row.invited_by_email,
    createdAt: new Date(row.created_at).toISOString(),
    expiresAt: new Date(row.expires_at).toISOString(),
    expired: row.expired,
    userVersion: row.user_version,
  };
}

/** Invitations nobody has accepted yet: listing them, sending a fresh link, revoking them. */
@Injectable()
export class PendingInvitationsService {
  private readonly ttlHours: number;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersRepository,
    private readonly invitations: InvitationsRepository,
    private readonly councils: CouncilsRepository,
    private readonly audit: AuditTrailService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.ttlHours = config.get('invitationTtlHours', { infer: true });
  }

  /** Open invitations of one council, or (undefined) of the whole network. */
  async list(councilId: string | undefined): Promise<PendingInvitation[]> {
    return (await this.invitations.listOpen(councilId)).map(toPendingInvitation);
  }

  /** Replaces the person's invitation with a new link (the old one stops working). */
  async resend(
    actor: Actor,
    userId: string,
    version: number,
    baseUrl: string,
  ): Promise<Invitation> {
    return this.db.transaction(async (m) => {
      const { user, councilName } = await this.lockInvited(actor, userId, version, m);
      const council = user.councilId ? await this.councils.findById(user.councilId, m) : null;
      if (council?.archivedAt) throw new ConflictException('This council is archived.');
      await this.invitations.revokePendingForUser(user.id, m);
      const token = newToken();
      const expiresAt = new Date(Date.now() + this.ttlHours * 3600_000);
      const id = await this.invitations.insert(
        { tokenHash: hashToken(token), userId: user.id, invitedBy: actor.userId, expiresAt },
        m,
      );
      await this.users.update(user.id, { version: user.version + 1 }, m);
      const after = toUserView(await this.users.getById(user.id, m), councilName);
      await this.audit.record(
        actor,
        {
          action: 'user.invitation-resent',
          councilId: user.councilId,
          entityType: 'user',
          entityId: user.id,
          before: toUserView(user, councilName),
          after: { ...after, invitationExpiresAt: expiresAt.toISOString() },
        },
        m,
      );
      return {
        id,
        email: user.email,
        displayName: user.displayName,
        role: user.role,
        councilId: user.councilId,
        councilName,
        expiresAt: expiresAt.toISOString(),
        acceptUrl: `${baseUrl}/invitations/${token}`,
      };
    });
  }

  /** Withdraws the person's open invitation: its link stops working; they stay "invited". */
  async revoke(actor: Actor, userId: string, version: number): Promise<User> {
    return this.db.transaction(async (m) => {
      const { user, councilName } = await this.lockInvited(actor, userId, version, m);
      if (!(await this.invitations.hasOpen(user.id, m))) {
        throw new ConflictException(`${user.displayName} has no open invitation to revoke.`);
      }
      await this.invitations.revokePendingForUser(user.id, m);
      await this.users.update(user.id, { version: user.version + 1 }, m);
      const after = toUserView(await this.users.getById(user.id, m), councilName);
      await this.audit.record(
        actor,
        {
          action: 'user.invitation-revoked',
          councilId: user.councilId,
          entityType: 'user',
          entityId: user.id,
          before: toUserView(user, councilName),
          after,
        },
        m,
      );
      return after;
    });
  }

  /**
   * The invited person, locked, if the actor may manage their invitation: a lead only for their
   * own council's managers and viewers (the same people they may invite).
   */
  private async lockInvited(
    actor: Actor,
    userId: string,
    version: number,
    m: EntityManager,
  ): Promise<{ user: UserEntity; councilName: string | null }> {
    const user = await lockUserInScope(this.users, actor, userId, m);
    if (actor.role === 'lead' && user.role !== 'manager' && user.role !== 'viewer') {
      throw new ForbiddenException(
        "Council leads can manage invitations of managers and viewers. Ask the network coordinator about a lead's.",
      );
    }
    checkVersion(user, version);
    if (user.status !== 'invited') {
      throw new ConflictException(
        user.status === 'active'
          ? `${user.displayName} has already accepted their invitation.`
          : `${user.displayName} is deactivated. Reactivate them first.`,
      );
    }
    const councilName = user.councilId ? await this.councils.findName(user.councilId, m) : null;
    return { user, councilName };
  }
}
