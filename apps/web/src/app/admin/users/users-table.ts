import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { User } from '@rcp/api-contract';
import { CouncilRole, ROLE_LABELS, USER_STATUS_LABELS } from '@rcp/vocabulary';

/**
 * People's accounts in a table: anyone but yourself can be deactivated, a deactivated account
 * reactivated, and a council role changed among the roles you may give.
 */
@Component({
  selector: 'rcp-users-table',
  imports: [MatButtonModule, DatePipe],
  template: `
    <div class="table-scroll" role="region" [attr.aria-label]="caption()" tabindex="0">
      <table class="data-table" data-testid="users-table">
        <caption class="visually-hidden">
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email address</th>
            <th scope="col">Role</th>
            @if (showCouncil()) {
              <th scope="col">Council</th>
            }
            <th scope="col">Status</th>
            <th scope="col">Last signed in</th>
            <th scope="col"><span class="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          @for (user of users(); track user.id) {
            <tr>
              <th scope="row">
                {{ user.displayName }}
                @if (user.id === currentUserId()) {
                  <span class="tag">You</span>
                }
              </th>
              <td class="users-table__email">{{ user.email }}</td>
              <td>{{ roleLabels[user.role] }}</td>
              @if (showCouncil()) {
                <td>{{ user.councilName ?? 'All councils' }}</td>
              }
              <td>
                <span
                  class="tag"
                  [class.tag--active]="user.status === 'active'"
                  [class.tag--warn]="user.status === 'invited'"
                  [class.tag--muted]="user.status === 'deactivated'"
                  >{{ statusLabels[user.status] }}</span
                >
              </td>
              <td>
                @if (user.lastSignInAt) {
                  {{ user.lastSignInAt | date: 'd MMM y, HH:mm' }}
                } @else {
                  Never
                }
              </td>
              <td>
                <div class="users-table__actions">
                  @if (canChangeRole(user)) {
                    <button matButton type="button" (click)="changeRole.emit(user)">
                      Change role<span class="visually-hidden"> of {{ user.displayName }}</span>
                    </button>
                  }
                  @if (user.status === 'deactivated') {
                    <button matButton type="button" (click)="reactivate.emit(user)">
                      Reactivate<span class="visually-hidden"> {{ user.displayName }}</span>
                    </button>
                  } @else if (user.id !== currentUserId()) {
                    <button matButton type="button" (click)="deactivate.emit(user)">
                      Deactivate<span class="visually-hidden"> {{ user.displayName }}</span>
                    </button>
                  }
                </div>
              </td>
            </tr>
          } @empty {
            <tr>
              <td [attr.colspan]="showCouncil() ? 7 : 6">There are no users to show.</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .users-table__email {
      overflow-wrap: anywhere;
    }
    .users-table__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersTable {
  readonly users = input.required<readonly User[]>();
  readonly caption = input.required<string>();
  /** The signed-in person, who cannot deactivate themselves. */
  readonly currentUserId = input<string | null>(null);
  readonly showCouncil = input(true);

  /** The council roles the signed-in person may give and take away (a lead: manager, viewer). */
  readonly assignableRoles = input<readonly CouncilRole[]>([]);

  readonly deactivate = output<User>();
  readonly reactivate = output<User>();
  readonly changeRole = output<User>();

  protected canChangeRole(user: User): boolean {
    return (
      user.id !== this.currentUserId() &&
      user.status !== 'deactivated' &&
      user.role !== 'coordinator' &&
      this.assignableRoles().includes(user.role)
    );
  }

  protected readonly roleLabels = ROLE_LABELS;
  protected readonly statusLabels = USER_STATUS_LABELS;
}
