import {
  BadRequestException,
  HttpException,
  HttpStatus,
  Injectable,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CurrentUser, InvitationPreview, SignInOptions } from '@rcp/api-contract';
import { DataSource } from 'typeorm';
import { AuditTrailService } from '../audit-trail/audit-trail.service';
import { AppConfig } from '../config/app-config';
import { CouncilsRepository } from '../councils/councils.repository';
import { DEMO_PASSWORD, demoAccounts } from '../demo/demo-accounts';
import { InvitationsRepository, PendingInvitationRow } from '../users/invitations.repository';
import { passwordProblems } from '../users/password-policy';
import { UserEntity } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import { Caller } from './actor';
import { hashPassword, verifyPassword } from './passwords';
import { NewSession, SessionsService, SessionUser } from './sessions.service';
import { SignInThrottle, waitPhrase } from './sign-in-throttle';
import { hashToken } from './tokens';

const GENERIC_FAILURE = 'The email or password is not right.';

export interface SignedIn {
  user: CurrentUser;
  session: NewSession;
}

export function toCurrentUser(
  u: SessionUser | (UserEntity & { councilName: string | null }),
  expiresAt: Date,
): CurrentUser {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    role: u.role,
    councilId: u.councilId,
    councilName: u.councilName,
    sessionExpiresAt: expiresAt.toISOString(),
  };
}

@Injectable()
export class AuthService {
  private readonly demo: boolean;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersRepository,
    private readonly invitations: InvitationsRepository,
    private readonly councils: CouncilsRepository,
    private readonly sessions: SessionsService,
    private readonly audit: AuditTrailService,
    private readonly throttle: SignInThrottle,
    config: ConfigService<AppConfig, true>,
  ) {
    this.demo = config.get('demo', { infer: true });
  }

  /**
   * Signs in with email and password. The same message for an unknown email and a wrong password;
   * 429 with the wait while the sign-in throttle holds this account at this address, or the
   * address as a whole, back.
   */
  async login(
    email: string,
    password: string,
    caller: Caller,
    previousToken?: string,
  ): Promise<SignedIn> {
    const attempt = await this.throttle.admit(email, caller.ip);
    if (!attempt.admitted) {
      await this.audit.record(
        { ...caller, email },
        {
          action: 'auth.login.throttled',
          after: { limit: attempt.limit, retryAfterSeconds: Math.ceil(attempt.retryAfterSeconds) },
        },
      );
      throw new HttpException(
        {
          message: `Too many failed sign-in attempts. Wait ${waitPhrase(attempt.retryAfterSeconds)} and try again.`,
          retryAfter: attempt.retryAfterSeconds,
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }

    // People of an archived council cannot sign in; they get the same answer as a wrong password.
    const user = await this.users.findForSignIn(email);
    const valid = await verifyPassword(
      user?.status === 'active' ? user.passwordHash : null,
      password,
    );
    if (!user || !valid) {
      await this.audit.record(
        { ...caller, email, userId: user?.id ?? null },
        { action: 'auth.login.failed', councilId: user?.councilId ?? null },
      );
      throw new UnauthorizedException(GENERIC_FAILURE);
    }

    await this.throttle.succeeded(attempt);
    // A new session at every sign-in (no fixation); the one the browser had, if any, ends.
    if (previousToken) await this.sessions.end(previousToken);
    return this.startSession(user, caller, 'auth.login.succeeded');
  }

  async logout(token: string, user: SessionUser, caller: Caller): Promise<void> {
    await this.sessions.end(token);
    await this.audit.record(
      { ...caller, userId: user.id, email: user.email },
      { action: 'auth.logout', councilId: user.councilId },
    );
  }

  signInOptions(): Promise<SignInOptions> {
    return this.demoAccountsPresent().then((present) => ({
      demo: present,
      demoAccounts: present ? demoAccounts() : [],
      demoPassword: present ? DEMO_PASSWORD : null,
    }));
  }

  async previewInvitation(token: string): Promise<InvitationPreview> {
    const row = await this.pendingInvitation(token);
    return {
      email: row.email,
      displayName: row.display_name,
      role: row.role,
      councilName: row.council_name,
      expiresAt: new Date(row.expires_at).toISOString(),
    };
  }

  /** Sets the invitee's password, uses up the link and signs them in. */
  async acceptInvitation(token: string, password: string, caller: Caller): Promise<SignedIn> {
    const invitation = await this.pendingInvitation(token);
    const problems = passwordProblems(password, invitation.email);
    if (problems.length > 0) {
      throw new BadRequestException({
        message: 'Choose a different password.',
        errors: [{ field: 'password', messages: problems }],
      });
    }
    const hash = await hashPassword(password);
    const user = await this.db.transaction(async (m) => {
      // The row lock and the used_at check make the link single-use even under a race.
      if (!(await this.invitations.markUsed(invitation.id, m))) throw this.invalidInvitation();
      await this.users.activateInvited(invitation.user_id, hash, m);
      const accepted = await this.users.getById(invitation.user_id, m);
      await this.audit.record(
        { ...caller, userId: accepted.id, email: accepted.email },
        {
          action: 'user.invitation-accepted',
          councilId: accepted.councilId,
          entityType: 'user',
          entityId: accepted.id,
        },
        m,
      );
      return accepted;
    });
    return this.startSession(user, caller, 'auth.login.succeeded');
  }

  private async startSession(user: UserEntity, caller: Caller, action: string): Promise<SignedIn> {
    const session = await this.sessions.create(user.id);
    await this.users.markSignedIn(user.id);
    const councilName = user.councilId ? await this.councils.findName(user.councilId) : null;
    await this.audit.record(
      { ...caller, userId: user.id, email: user.email },
      { action, councilId: user.councilId },
    );
    return { user: toCurrentUser({ ...user, councilName }, session.expiresAt), session };
  }

  private async pendingInvitation(token: string): Promise<PendingInvitationRow> {
    const invitation = await this.invitations.findPendingByTokenHash(hashToken(token));
    if (!invitation) throw this.invalidInvitation();
    return invitation;
  }

  private invalidInvitation(): NotFoundException {
    return new NotFoundException(
      'This invitation link is not valid. It may have been used already or have expired.',
    );
  }

  private async demoAccountsPresent(): Promise<boolean> {
    if (!this.demo) return false;
    return this.users.existsByEmail('coordinator@demo.example');
  }
}
