import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { CouncilRole, Invitation, User } from '@rcp/api-contract';
import { AuthService } from '../../accounts/auth.service';
import { toErrorBody } from '../../shared/forms/api-error';
import { StatusBanner } from '../../shared/status-banner/status-banner';
import { deactivateAfterConfirming } from './deactivate-user';
import { InvitationLink } from './invitation-link';
import { InviteUserForm } from './invite-user-form';
import { UsersService } from './users.service';
import { UsersTable } from './users-table';

/** A council lead's people: invite managers and viewers, deactivate those who have left. */
@Component({
  selector: 'rcp-council-users-page',
  imports: [MatButtonModule, InviteUserForm, InvitationLink, UsersTable, StatusBanner],
  templateUrl: './council-users-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CouncilUsersPage {
  private readonly usersService = inject(UsersService);
  private readonly dialog = inject(MatDialog);

  protected readonly me = inject(AuthService).currentUser;
  /** A lead may invite these roles (another lead comes from the network coordinator). */
  protected readonly roles: readonly CouncilRole[] = ['manager', 'viewer'];
  protected readonly council = computed(() => {
    const me = this.me();
    return me?.councilId ? { id: me.councilId, name: me.councilName ?? 'your council' } : null;
  });

  protected readonly users = signal<User[] | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly inviting = signal(false);
  protected readonly invitation = signal<Invitation | null>(null);
  protected readonly status = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);

  private readonly banner = viewChild.required(StatusBanner);
  private readonly link = viewChild(InvitationLink);

  constructor() {
    this.load();
  }

  protected load(): void {
    const council = this.council();
    if (!council) {
      this.loadError.set('Your account does not belong to a council.');
      return;
    }
    this.loadError.set(null);
    this.usersService.listForCouncil(council.id).subscribe({
      next: (users) => this.users.set(users),
      error: (error: unknown) =>
        this.loadError.set(
          toErrorBody(error, 'The users cannot be shown right now. Try again later.').message,
        ),
    });
  }

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
    deactivateAfterConfirming(this.dialog, this.usersService, user).subscribe({
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
