import { Directive, inject, signal, viewChild } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { Invitation, User } from '@rcp/api-contract';
import { toErrorBody } from '../../shared/forms/api-error';
import { StatusBanner } from '../../shared/status-banner/status-banner';
import { deactivateAfterConfirming } from './deactivate-user';
import { InvitationLink } from './invitation-link';
import { UsersApi } from './users-api';

/**
 * Inviting and deactivating users, with the state the page shows for them. Shared so the
 * coordinator's and the council lead's users pages behave the same; each page says how it loads.
 */
@Directive()
export abstract class UsersPageActions {
  protected readonly usersApi = inject(UsersApi);
  private readonly dialog = inject(MatDialog);

  protected readonly users = signal<User[] | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly inviting = signal(false);
  protected readonly invitation = signal<Invitation | null>(null);
  protected readonly status = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);

  private readonly banner = viewChild.required(StatusBanner);
  private readonly link = viewChild(InvitationLink);

  /** Fetches the page's users into `users`, or says why not in `loadError`. */
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
    this.actionError.set(null);
    deactivateAfterConfirming(this.dialog, this.usersApi, user).subscribe({
      next: (updated) => {
        this.users.update((list) => (list ?? []).map((u) => (u.id === updated.id ? updated : u)));
        this.status.set(`${updated.displayName} has been deactivated.`);
        this.banner().focus();
      },
      error: (error: unknown) =>
        this.actionError.set(
          toErrorBody(error, 'Deactivating did not work. Reload the page and try again.').message,
        ),
    });
  }
}
