import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { Council } from '@rcp/api-contract';
import { COUNCIL_ROLES, ROLES } from '@rcp/vocabulary';
import { catchError, of } from 'rxjs';
import { AuthService } from '../../accounts/auth.service';
import { toErrorBody } from '../../shared/forms/api-error';
import { StatusBanner } from '../../shared/status-banner/status-banner';
import { CouncilsApi } from '../councils/councils-api';
import { InvitationLink } from './invitation-link';
import { InviteUserForm } from './invite-user-form';
import { PendingInvitationsTable } from './pending-invitations-table';
import { UsersPageActions } from './users-page-actions';
import { UsersTable } from './users-table';

/**
 * The coordinator's view of every account in the network: filter, invite, change council roles,
 * deactivate and reactivate, and follow up invitations nobody has accepted.
 */
@Component({
  selector: 'rcp-all-users-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    InviteUserForm,
    InvitationLink,
    UsersTable,
    PendingInvitationsTable,
    StatusBanner,
  ],
  templateUrl: './all-users-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AllUsersPage extends UsersPageActions {
  protected readonly roles = ROLES;
  protected readonly assignableRoles = COUNCIL_ROLES;
  protected readonly me = inject(AuthService).currentUser;
  protected readonly councils = toSignal(
    inject(CouncilsApi)
      .list({ includeArchived: true })
      .pipe(catchError(() => of([] as Council[]))),
    { initialValue: [] as Council[] },
  );
  protected readonly sortedCouncils = computed(() =>
    [...this.councils()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
  );

  protected readonly councilFilter = signal<string>('');
  protected readonly caption = computed(() => {
    const id = this.councilFilter();
    const council = this.councils().find((c) => c.id === id);
    return council ? `Users of ${council.name}` : 'All users';
  });

  constructor() {
    super();
    this.load();
  }

  protected filterBy(councilId: string): void {
    this.councilFilter.set(councilId);
    this.load();
  }

  protected override load(): void {
    this.loadError.set(null);
    const failed = (error: unknown) =>
      this.loadError.set(
        toErrorBody(error, 'The users cannot be shown right now. Try again later.').message,
      );
    this.usersApi.list(this.councilFilter() || null).subscribe({
      next: (users) => this.users.set(users),
      error: failed,
    });
    this.usersApi.pendingInvitations(this.councilFilter() || null).subscribe({
      next: (invitations) => this.invitations.set(invitations),
      error: failed,
    });
  }
}
