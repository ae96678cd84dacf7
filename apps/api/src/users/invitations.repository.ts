import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@rcp/vocabulary';
import { DataSource, EntityManager } from 'typeorm';

/** A usable invitation with the invited person and their council's name. */
export interface PendingInvitationRow {
  id: string;
  user_id: string;
  expires_at: Date;
  email: string;
  display_name: string;
  role: Role;
  council_name: string | null;
}

/** An invitation not yet used nor revoked (expired ones included), as the people pages list it. */
export interface OpenInvitationRow {
  id: string;
  user_id: string;
  email: string;
  display_name: string;
  role: Role;
  council_id: string | null;
  council_name: string | null;
  invited_by_email: string | null;
  created_at: Date;
  expires_at: Date;
  expired: boolean;
  user_version: number;
}

export interface NewInvitationRow {
  tokenHash: string;
  userId: string;
  invitedBy: string;
  expiresAt: Date;
}

/** Single-use, expiring links that let an invited person set their password. */
@Injectable()
export class InvitationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Stores a new invitation; returns its id. */
  async insert(invitation: NewInvitationRow, m: EntityManager = this.db.manager): Promise<string> {
    const [row] = (await m.query(
      `INSERT INTO invitations (token_hash, user_id, invited_by, expires_at) VALUES ($1, $2, $3, $4) RETURNING id`,
      [invitation.tokenHash, invitation.userId, invitation.invitedBy, invitation.expiresAt],
    )) as Array<{ id: string }>;
    return row.id;
  }

  /**
   * The invitation behind a link, if it can still be used: not used, revoked or expired, its person
   * still invited and their council (if any) not archived.
   */
  async findPendingByTokenHash(
    tokenHash: string,
    m: EntityManager = this.db.manager,
  ): Promise<PendingInvitationRow | undefined> {
    const rows = (await m.query(
      `SELECT i.id, i.user_id, i.expires_at, u.email, u.display_name, u.role, c.name AS council_name
         FROM invitations i JOIN users u ON u.id = i.user_id LEFT JOIN councils c ON c.id = u.council_id
        WHERE i.token_hash = $1 AND i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
          AND u.status = 'invited' AND c.archived_at IS NULL`,
      [tokenHash],
    )) as PendingInvitationRow[];
    return rows[0];
  }

  /**
   * Uses up an invitation if it is still unused, unrevoked and unexpired (the row lock of the
   * UPDATE makes it single-use under a race); false when it was not.
   */
  async markUsed(id: string, m: EntityManager = this.db.manager): Promise<boolean> {
    const used = (await m.query(
      `UPDATE invitations SET used_at = now()
        WHERE id = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now() RETURNING id`,
      [id],
    )) as [Array<{ id: string }>, number] | Array<{ id: string }>;
    return (Array.isArray(used[0]) ? used[0] : used).length > 0;
  }

  /** Revokes the person's invitations that have not been used: their links stop working. */
  async revokePendingForUser(userId: string, m: EntityManager = this.db.manager): Promise<void> {
    await m.query(
      `UPDATE invitations SET revoked_at = now() WHERE user_id = $1 AND used_at IS NULL`,
      [userId],
    );
  }

  /**
   * Invitations nobody has accepted or revoked, of people still invited, newest first; one
   * council's, or the whole network's when `councilId` is undefined.
   */
  async listOpen(
    councilId: string | undefined,
    m: EntityManager = this.db.manager,
  ): Promise<OpenInvitationRow[]> {
    return (await m.query(
      `SELECT i.id, i.user_id, u.email, u.display_name, u.role, u.council_id, c.name AS council_name,
              inviter.email AS invited_by_email, i.created_at, i.expires_at,
              i.expires_at <= now() AS expired, u.version AS user_version
         FROM invitations i JOIN users u ON u.id = i.user_id
         LEFT JOIN councils c ON c.id = u.council_id
         LEFT JOIN users inviter ON inviter.id = i.invited_by
        WHERE i.used_at IS NULL AND i.revoked_at IS NULL AND u.status = 'invited'
          AND ($1::uuid IS NULL OR u.council_id = $1)
        ORDER BY i.created_at DESC, i.id`,
      [councilId ?? null],
    )) as OpenInvitationRow[];
  }

  /** Whether the person has an invitation not yet used nor revoked (expired or not). */
  async hasOpen(userId: string, m: EntityManager = this.db.manager): Promise<boolean> {
    const rows = (await m.query(
      `SELECT 1 FROM invitations WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL`,
      [userId],
    )) as unknown[];
    return rows.length > 0;
  }
}
