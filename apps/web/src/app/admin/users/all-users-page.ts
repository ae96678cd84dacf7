import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { Council, Invitation, ROLES, User } from '@rcp/api-contract';
import { catchError, of } from 'rxjs';
import { AuthService } from '../../accounts/auth.service';
import { toErrorBody } from '../../shared/forms/api-error';
import { StatusBanner } from '../../shared/status-banner/status-banner';
import { CouncilsService } from '../councils/councils.service';
import { deactivateAfterConfirming } from './deactivate-user';
import { InvitationLink } from './invitation-link';
import { InviteUserForm } from './invite-user-form';
import { UsersService } from './users.service';
import { UsersTable } from './users-table';

/** The coordinator's view of every account in the network: filter, invite, deactivate. */
@Component({
  selector: 'rcp-all-users-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    InviteUserForm,
    InvitationLink,
    UsersTable,
    StatusBanner,
  ],
  templateUrl: './all-users-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AllUsersPage {
  private readonly usersService = inject(UsersService);
  private readonly dialog = inject(MatDialog);

  protected readonly roles = ROLES;
  protected readonly me = inject(AuthService).currentUser;
  protected readonly councils = toSignal(
    inject(CouncilsService)
      .list({ includeArchived: true })
      .pipe(catchError(() => of([] as Council[]))),
    { initialValue: [] as Council[] },
  );
  protected readonly sortedCouncils = computed(() =>
    [...this.councils()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
  );

  protected readonly councilFilter = signal<string>('');
  protected readonly users = signal<User[] | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly inviting = signal(false);
  protected readonly invitation = signal<Invitation | null>(null);
  protected readonly status = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly caption = computed(() => {
    const id = this.councilFilter();
    const council = this.councils().find((c) => c.id === id);
    return council ? `Users of ${council.name}` : 'All users';
  });

  private readonly banner = viewChild.required(StatusBanner);
  private readonly link = viewChild(InvitationLink);

  constructor() {
    this.load();
  }

  protected filterBy(councilId: string): void {
    this.councilFilter.set(councilId);
    this.load();
  }

  protected load(): void {
    this.loadError.set(null);
    this.usersService.list(this.councilFilter() || null).subscribe({
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
