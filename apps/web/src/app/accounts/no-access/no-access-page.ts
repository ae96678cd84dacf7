import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ROLE_LABELS } from '@rcp/vocabulary';
import { AuthService } from '../auth.service';

/** Shown (at the address they tried) when someone's role may not use a page. */
@Component({
  selector: 'rcp-no-access-page',
  imports: [RouterLink],
  template: `
    <h1 class="page-title">You do not have access to this page</h1>
    @if (roleLabel(); as role) {
      <p>Your account ({{ role }}) cannot use this page.</p>
    }
    <p>
      If you think you need it for your work, ask your council lead or the network coordinator to
      change your role.
    </p>
    <p><a routerLink="/">Go to the home page</a></p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoAccessPage {
  private readonly auth = inject(AuthService);
  protected readonly roleLabel = computed(() => {
    const role = this.auth.role();
    return role ? ROLE_LABELS[role] : null;
  });
}
