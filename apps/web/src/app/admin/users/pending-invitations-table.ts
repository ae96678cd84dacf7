import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { PendingInvitation } from '@rcp/api-contract';
import { Role, ROLE_LABELS } from '@rcp/vocabulary';

/**
 * Who has not accepted their invitation yet, with when it runs out; each invitation can be sent
 * again (a new link) or revoked, by someone allowed to invite that role.
 */
@Component({
  selector: 'rcp-pending-invitations-table',
  imports: [MatButtonModule, DatePipe],
  template: `
    @if (invitations().length === 0) {
      <p>Everyone invited has accepted.</p>
    } @else {
      <div class="table-scroll" role="region" [attr.aria-label]="caption()" tabindex="0">
        <table class="data-table" data-testid="pending-invitations">
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
              <th scope="col">Invited by</th>
              <th scope="col">Link works until</th>
              <th scope="col"><span class="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            @for (inv of invitations(); track inv.id) {
              <tr>
                <th scope="row">{{ inv.displayName }}</th>
                <td class="pending__email">{{ inv.email }}</td>
                <td>{{ roleLabels[inv.role] }}</td>
                @if (showCouncil()) {
                  <td>{{ inv.councilName ?? 'All councils' }}</td>
                }
                <td class="pending__email">{{ inv.invitedByEmail ?? '–' }}</td>
                <td>
                  <time [attr.datetime]="inv.expiresAt">{{
                    inv.expiresAt | date: 'd MMM y, HH:mm'
                  }}</time>
                  @if (inv.expired) {
                    <span class="tag tag--warn">Expired</span>
                  }
                </td>
                <td>
                  @if (manageableRoles().includes(inv.role)) {
                    <div class="pending__actions">
                      <button matButton type="button" (click)="resend.emit(inv)">
                        Send again<span class="visually-hidden"> to {{ inv.displayName }}</span>
                      </button>
                      <button matButton type="button" (click)="revoke.emit(inv)">
                        Revoke<span class="visually-hidden">
                          the invitation of {{ inv.displayName }}</span
                        >
                      </button>
                    </div>
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    .pending__email {
      overflow-wrap: anywhere;
    }
    .pending__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PendingInvitationsTable {
  readonly invitations = input.required<readonly PendingInvitation[]>();
  readonly caption = input.required<string>();
  readonly showCouncil = input(true);
  /** Whose invitations the signed-in person may send again or revoke (those they may invite). */
  readonly manageableRoles = input.required<readonly Role[]>();

  readonly resend = output<PendingInvitation>();
  readonly revoke = output<PendingInvitation>();

  protected readonly roleLabels = ROLE_LABELS;
}
