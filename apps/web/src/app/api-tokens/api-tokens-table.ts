import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { ApiToken } from '@rcp/api-contract';

/** Tokens not revoked: what they are for, who made them, when they expire and were last used. */
@Component({
  selector: 'rcp-api-tokens-table',
  imports: [MatButtonModule, DatePipe],
  template: `
    <div class="table-scroll" role="region" [attr.aria-label]="caption()" tabindex="0">
      <table class="data-table" data-testid="api-tokens-table">
        <caption class="visually-hidden">
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Starts with</th>
            @if (showScope()) {
              <th scope="col">Reads</th>
            }
            <th scope="col">Created by</th>
            <th scope="col">Created</th>
            <th scope="col">Expires</th>
            <th scope="col">Last used</th>
            <th scope="col"><span class="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          @for (token of tokens(); track token.id) {
            <tr>
              <th scope="row">
                {{ token.name }}
                @if (token.status === 'expired') {
                  <span class="tag tag--muted">Expired</span>
                }
              </th>
              <td>
                <code>{{ token.prefix }}…</code>
              </td>
              @if (showScope()) {
                <td>{{ token.councilName ?? 'The network' }}</td>
              }
              <td>{{ token.createdByName }}</td>
              <td>{{ token.createdAt | date: 'd MMM y' }}</td>
              <td>{{ token.expiresAt | date: 'd MMM y, HH:mm' }}</td>
              <td>
                @if (token.lastUsedAt) {
                  {{ token.lastUsedAt | date: 'd MMM y, HH:mm' }}
                } @else {
                  Never
                }
              </td>
              <td>
                <button matButton type="button" (click)="revoke.emit(token)">
                  Revoke<span class="visually-hidden"> {{ token.name }}</span>
                </button>
              </td>
            </tr>
          } @empty {
            <tr>
              <td [attr.colspan]="showScope() ? 8 : 7">No API tokens yet.</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApiTokensTable {
  readonly tokens = input.required<readonly ApiToken[]>();
  readonly caption = input.required<string>();
  /** A coordinator sees every council's tokens and the network's. */
  readonly showScope = input(false);
  readonly revoke = output<ApiToken>();
}
