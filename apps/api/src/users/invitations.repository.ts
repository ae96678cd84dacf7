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
}
