import { Directive, inject, signal, viewChild } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { Invitation, PendingInvitation, User } from '@rcp/api-contract';
import { CouncilRole, ROLE_LABELS } from '@rcp/vocabulary';
import { filter, Observable, switchMap } from 'rxjs';
import { confirmAction } from '../../shared/confirm-dialog/confirm-dialog';
import { toErrorBody } from '../../shared/forms/api-error';
import { StatusBanner } from '../../shared/status-banner/status-banner';
import { pickRole } from './change-role-dialog';
import { deactivateAfterConfirming } from './deactivate-user';
import { InvitationLink } from './invitation-link';
import { UsersApi } from './users-api';

/**
 * Inviting, deactivating, reactivating, changing roles and managing open invitations, with the
 * state the page shows for them. Shared so the coordinator's and the council lead's users pages
 * behave the same; each page says how it loads.
 */
@Directive()
export abstract class UsersPageActions {
  protected readonly usersApi = inject(UsersApi);
  private readonly dialog = inject(MatDialog);

  protected readonly users = signal<User[] | null>(null);
  protected readonly invitations = signal<PendingInvitation[] | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly inviting = signal(false);
  protected readonly invitation = signal<Invitation | null>(null);
  protected readonly status = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);

  /** The council roles the signed-in person may give (a lead: manager and viewer). */
  protected abstract readonly assignableRoles: readonly CouncilRole[];

  private readonly banner = viewChild.required(StatusBanner);
  private readonly link = viewChild(InvitationLink);

  /** Fetches the page's users and open invitations, or says why not in `loadError`. */
  protected abstract load(): void;

  protected startInvite(): void {
    this.status.set(null);
    this.invitation.set(null);
    this.inviting.set(true);
    setTimeout(() => document.getElementById('invite-heading')?.focus());
  }

  protected invited(invitation: Invitation): void {
    this.inviting.set(false);
    this.invitation.set(invitation);
    this.load();
    setTimeout(() => this.link()?.focus());
  }

  protected deactivate(user: User): void {
    this.run(
      deactivateAfterConfirming(this.dialog, this.usersApi, user),
      (u) => `${u.displayName} has been deactivated.`,
      'Deactivating',
    );
  }

  protected reactivate(user: User): void {
    this.run(
      this.usersApi.reactivate(user),
      (u) =>
        u.status === 'invited'
          ? `${u.displayName} can be invited again: send them a new invitation link.`
          : `${u.displayName} has been reactivated and can sign in again.`,
      'Reactivating',
    );
  }

  protected changeRole(user: User): void {
    this.run(
      pickRole(this.dialog, { user, roles: this.assignableRoles }).pipe(
        switchMap((role) => this.usersApi.changeRole(user, role)),
      ),
      (u) => `${u.displayName} is now a ${ROLE_LABELS[u.role].toLowerCase()}.`,
      'Changing the role',
    );
  }

  protected resend(invitation: PendingInvitation): void {
    this.actionError.set(null);
    this.usersApi.resendInvitation(invitation).subscribe({
      next: (fresh) => this.invited(fresh),
      error: (error: unknown) => this.failed(error, 'Sending the invitation again'),
    });
  }

  protected revoke(invitation: PendingInvitation): void {
    this.run(
      confirmAction(this.dialog, {
        title: `Revoke the invitation of ${invitation.displayName}?`,
        body: `The link sent to ${invitation.email} will stop working. You can send a new one later.`,
        confirmLabel: 'Revoke invitation',
        destructive: true,
      }).pipe(
        filter(Boolean),
        switchMap(() => this.usersApi.revokeInvitation(invitation)),
      ),
      (u) => `The invitation of ${u.displayName} has been revoked.`,
      'Revoking',
    );
  }

  /** Runs an action on one person, then reloads the lists and announces the outcome. */
  private run(action: Observable<User>, done: (user: User) => string, what: string): void {
    this.actionError.set(null);
    action.subscribe({
      next: (updated) => {
        this.users.update((list) => (list ?? []).map((u) => (u.id === updated.id ? updated : u)));
        this.status.set(done(updated));
        this.banner().focus();
        this.load();
      },
      error: (error: unknown) => this.failed(error, what),
    });
  }

  private failed(error: unknown, what: string): void {
    this.actionError.set(
      toErrorBody(error, `${what} did not work. Reload the page and try again.`).message,
    );
  }
}
