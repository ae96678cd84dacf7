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
import { ApiToken, CreatedApiToken } from '@rcp/api-contract';
import { filter, switchMap } from 'rxjs';
import { AuthService } from '../accounts/auth.service';
import { confirmAction } from '../shared/confirm-dialog/confirm-dialog';
import { toErrorBody } from '../shared/forms/api-error';
import { StatusBanner } from '../shared/status-banner/status-banner';
import { ApiTokenSecret } from './api-token-secret';
import { ApiTokensApi, TokenHome } from './api-tokens-api';
import { ApiTokensTable } from './api-tokens-table';
import { CreateApiTokenForm } from './create-api-token-form';

/**
 * Read-only API tokens for BI tools. A council lead manages their council's; a coordinator makes
 * network tokens and sees (and may revoke) every token.
 */
@Component({
  selector: 'rcp-api-tokens-page',
  imports: [MatButtonModule, StatusBanner, ApiTokenSecret, ApiTokensTable, CreateApiTokenForm],
  templateUrl: './api-tokens-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApiTokensPage {
  private readonly api = inject(ApiTokensApi);
  private readonly dialog = inject(MatDialog);
  private readonly me = inject(AuthService).currentUser;

  protected readonly home = computed<TokenHome | null>(() => {
    const user = this.me();
    if (user?.role === 'coordinator') return 'network';
    return user?.role === 'lead' && user.councilId ? { councilId: user.councilId } : null;
  });
  protected readonly isNetwork = computed(() => this.home() === 'network');
  /** What a token made here reads. */
  protected readonly scope = computed(() =>
    this.isNetwork()
      ? 'every council’s data in the network'
      : `${this.me()?.councilName ?? 'your council'}’s data`,
  );

  protected readonly tokens = signal<ApiToken[] | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly creating = signal(false);
  protected readonly created = signal<CreatedApiToken | null>(null);
  protected readonly status = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  private readonly secret = viewChild(ApiTokenSecret);
  private readonly banner = viewChild.required(StatusBanner);

  constructor() {
    this.load();
  }

  protected startCreate(): void {
    this.status.set(null);
    this.created.set(null);
    this.creating.set(true);
    setTimeout(() => document.getElementById('create-token-heading')?.focus());
  }

  protected onCreated(token: CreatedApiToken): void {
    this.creating.set(false);
    this.created.set(token);
    this.load();
    setTimeout(() => this.secret()?.focus());
  }

  protected revoke(token: ApiToken): void {
    const home = this.home();
    if (!home) return;
    this.actionError.set(null);
    confirmAction(this.dialog, {
      title: `Revoke the token “${token.name}”?`,
      body: `Anything using it (${token.prefix}…) will stop getting data within seconds. This cannot be undone: make a new token if it is needed again.`,
      confirmLabel: 'Revoke token',
      destructive: true,
    })
      .pipe(
        filter(Boolean),
        // A coordinator revokes through the network address, which reaches any token.
        switchMap(() => this.api.revoke(home, token)),
      )
      .subscribe({
        next: () => {
          this.status.set(`The token “${token.name}” has been revoked.`);
          this.load();
          setTimeout(() => this.banner().focus());
        },
        error: (error: unknown) =>
          this.actionError.set(
            toErrorBody(error, 'The token could not be revoked. Try again later.').message,
          ),
      });
  }

  private load(): void {
    const home = this.home();
    if (!home) {
      this.loadError.set('Only council leads and network coordinators manage API tokens.');
      return;
    }
    this.api.list(home).subscribe({
      next: (tokens) => {
        this.loadError.set(null);
        this.tokens.set(tokens);
      },
      error: (error: unknown) =>
        this.loadError.set(
          toErrorBody(error, 'The tokens cannot be shown right now. Try again later.').message,
        ),
    });
  }
}
