import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Invitation, User } from '@rcp/api-contract';
import { DataSource } from 'typeorm';
import { AuditTrailService } from '../audit-trail/audit-trail.service';
import { Actor, canReachCouncil } from '../auth/actor';
import { SessionsService } from '../auth/sessions.service';
import { hashToken, newToken } from '../auth/tokens';
import { AppConfig } from '../config/app-config';
import { CouncilsRepository } from '../councils/councils.repository';
import { InvitationsRepository } from './invitations.repository';
import { CreateInvitationDto } from './user.dto';
import { UserEntity } from './user.entity';
import { keepAnActiveLead, lockUserInScope } from './user-rules';
import { toUserView, UsersRepository } from './users.repository';

@Injectable()
export class UsersService {
  private readonly invitationTtlHours: number;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersRepository,
    private readonly invitations: InvitationsRepository,
    private readonly councils: CouncilsRepository,
    private readonly audit: AuditTrailService,
    private readonly sessions: SessionsService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.invitationTtlHours = config.get('invitationTtlHours', { infer: true });
  }

  async list(councilId?: string): Promise<User[]> {
    const rows = await this.users.listWithCouncil(councilId);
    return rows.map(({ user, councilName }) => toUserView(user, councilName));
  }

  async listForCouncil(actor: Actor, councilId: string): Promise<User[]> {
    if (!canReachCouncil(actor, councilId)) throw new NotFoundException('Council not found.');
    const exists = await this.councils.exists(councilId);
    if (!exists) throw new NotFoundException('Council not found.');
    return this.list(councilId);
  }

  /**
   * Creates an invited user and a single-use, expiring link for them to set a password. There is
   * no mail server: the link goes back to the inviter (and into the log) to pass on.
   */
  async invite(actor: Actor, dto: CreateInvitationDto, baseUrl: string): Promise<Invitation> {
    const councilId = dto.role === 'coordinator' ? null : (dto.councilId ?? null);
    if (dto.role === 'coordinator' && dto.councilId) {
      throw new BadRequestException({
        message: 'The request has invalid fields.',
        errors: [{ field: 'councilId', messages: ['must be empty for a network coordinator'] }],
      });
    }
    if (dto.role !== 'coordinator' && !councilId) {
      throw new BadRequestException({
        message: 'The request has invalid fields.',
        errors: [{ field: 'councilId', messages: ['is required for a council role'] }],
      });
    }
    if (actor.role === 'lead') {
      if (!canReachCouncil(actor, councilId)) throw new NotFoundException('Council not found.');
      if (dto.role !== 'manager' && dto.role !== 'viewer') {
        throw new ForbiddenException('Council leads can invite managers and viewers.');
      }
    }

    return this.db.transaction(async (m) => {
      const council = councilId ? await this.councils.findById(councilId, m) : null;
      if (councilId && (!council || council.archivedAt)) {
        throw new BadRequestException({
          message: 'The request has invalid fields.',
          errors: [{ field: 'councilId', messages: ['is not an active council'] }],
        });
      }
      // The row lock: two re-invitations of one person never interleave.
      const existing = await this.users.lockByEmail(dto.email, m);
      if (existing && existing.status !== 'invited') {
        throw new ConflictException({
          message: 'Someone with this email already has an account.',
          errors: [{ field: 'email', messages: ['already has an account'] }],
        });
      }
      // Re-inviting moves a pending invitation: a lead may do that only for one of their own
      // council's managers or viewers, never for someone another council or a coordinator invited.
      if (
        existing &&
        actor.role === 'lead' &&
        (existing.councilId !== actor.councilId ||
          (existing.role !== 'manager' && existing.role !== 'viewer'))
      ) {
        throw new ConflictException({
          message: 'Someone with this email already has a pending invitation.',
          errors: [{ field: 'email', messages: ['already has a pending invitation'] }],
        });
      }
      const before = existing ? toUserView(existing, null) : undefined;
      let user: UserEntity;
      if (existing) {
        // Re-inviting replaces the pending invitation: the old link stops working.
        await this.invitations.revokePendingForUser(existing.id, m);
        await this.users.update(
          existing.id,
          {
            displayName: dto.displayName,
            role: dto.role,
            councilId,
            version: existing.version + 1,
          },
          m,
        );
        user = await this.users.getById(existing.id, m);
      } else {
        user = await this.users.insertInvited(
          { email: dto.email, displayName: dto.displayName, role: dto.role, councilId },
          m,
        );
      }
      const token = newToken();
      const expiresAt = new Date(Date.now() + this.invitationTtlHours * 3600_000);
      const invitationId = await this.invitations.insert(
        { tokenHash: hashToken(token), userId: user.id, invitedBy: actor.userId, expiresAt },
        m,
      );
      const invitation: Invitation = {
        id: invitationId,
        email: user.email,
        displayName: user.displayName,
        role: user.role,
        councilId,
        councilName: council?.name ?? null,
        expiresAt: expiresAt.toISOString(),
      };
      await this.audit.record(
        actor,
        {
          action: 'user.invited',
          councilId,
          entityType: 'user',
          entityId: user.id,
          before,
          after: {
            ...toUserView(user, council?.name ?? null),
            invitationExpiresAt: invitation.expiresAt,
          },
        },
        m,
      );
      if (existing && existing.councilId && existing.councilId !== councilId) {
        // The council the invitation was for sees it leave in its own trail.
        await this.audit.record(
          actor,
          {
            action: 'user.invitation-moved',
            councilId: existing.councilId,
            entityType: 'user',
            entityId: user.id,
            before,
            after: toUserView(user, council?.name ?? null),
          },
          m,
        );
      }
      return { ...invitation, acceptUrl: `${baseUrl}/invitations/${token}` };
    });
  }

  /**
   * Deactivates a user and ends all their sessions at once; the last active lead of a council
   * cannot be deactivated (409).
   */
  async deactivate(actor: Actor, userId: string): Promise<User> {
    const after = await this.db.transaction(async (m) => {
      const user = await lockUserInScope(this.users, actor, userId, m);
      if (user.id === actor.userId) throw new ForbiddenException('You cannot deactivate yourself.');
      const council = user.councilId ? await this.councils.findName(user.councilId, m) : null;
      const before = toUserView(user, council);
      if (user.status !== 'deactivated') {
        await keepAnActiveLead(this.users, this.councils, user, m);
        await this.users.update(
          user.id,
          { status: 'deactivated', deactivatedAt: new Date(), version: user.version + 1 },
          m,
        );
        await this.invitations.revokePendingForUser(user.id, m);
        await this.sessions.endAllFor(user.id, m);
      }
      const after = toUserView(await this.users.getById(user.id, m), council);
      await this.audit.record(
        actor,
        {
          action: 'user.deactivated',
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
    // Again once committed: a request read between the deletion and the commit saw the old rows.
    this.sessions.forgetUser(userId);
    return after;
  }
}
