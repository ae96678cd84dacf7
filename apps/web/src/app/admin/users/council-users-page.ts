import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { CouncilRole } from '@rcp/vocabulary';
import { AuthService } from '../../accounts/auth.service';
import { toErrorBody } from '../../shared/forms/api-error';
import { StatusBanner } from '../../shared/status-banner/status-banner';
import { InvitationLink } from './invitation-link';
import { InviteUserForm } from './invite-user-form';
import { PendingInvitationsTable } from './pending-invitations-table';
import { UsersPageActions } from './users-page-actions';
import { UsersTable } from './users-table';

/**
 * A council lead's people: invite managers and viewers, see who has not accepted yet, move people
 * between manager and viewer, deactivate those who have left and bring them back.
 */
@Component({
  selector: 'rcp-council-users-page',
  imports: [
    MatButtonModule,
    InviteUserForm,
    InvitationLink,
    UsersTable,
    PendingInvitationsTable,
    StatusBanner,
  ],
  templateUrl: './council-users-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CouncilUsersPage extends UsersPageActions {
  protected readonly me = inject(AuthService).currentUser;
  /** A lead may invite these roles (another lead comes from the network coordinator). */
  protected readonly roles: readonly CouncilRole[] = ['manager', 'viewer'];
  protected readonly assignableRoles = this.roles;
  protected readonly council = computed(() => {
    const me = this.me();
    return me?.councilId ? { id: me.councilId, name: me.councilName ?? 'your council' } : null;
  });

  constructor() {
    super();
    this.load();
  }

  protected override load(): void {
    const council = this.council();
    if (!council) {
      this.loadError.set('Your account does not belong to a council.');
      return;
    }
    this.loadError.set(null);
    const failed = (error: unknown) =>
      this.loadError.set(
        toErrorBody(error, 'The users cannot be shown right now. Try again later.').message,
      );
    this.usersApi.listForCouncil(council.id).subscribe({
      next: (users) => this.users.set(users),
      error: failed,
    });
    this.usersApi.pendingInvitations(council.id, true).subscribe({
      next: (invitations) => this.invitations.set(invitations),
      error: failed,
    });
  }
}
