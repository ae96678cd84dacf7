import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { MatMenuModule, MatMenuTrigger } from '@angular/material/menu';
import { Router, RouterLink } from '@angular/router';
import { ROLE_LABELS } from '@rcp/vocabulary';
import { NoticeService } from '../../shared/notice/notice.service';
import { AuthService } from '../auth.service';

export const SIGNED_OUT_MESSAGE = 'You have signed out.';

/**
 * The signed-in person in the header: who they are, their role and council, and "Sign out".
 * Loaded when first used (the header draws the same button until then, app.html), so it opens
 * itself when `openOnStart` says the button has just been pressed.
 */
@Component({
  selector: 'rcp-user-menu',
  imports: [MatMenuModule, RouterLink],
  templateUrl: './user-menu.html',
  styleUrl: './user-menu.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserMenu {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly notice = inject(NoticeService);
  private readonly trigger = viewChild(MatMenuTrigger);

  /** Open the menu as soon as it is drawn: the header's stand-in button was pressed. */
  readonly openOnStart = input(false);
  /** The menu opened for `openOnStart`, so whoever asked can stop asking. */
  readonly openedOnStart = output<void>();

  protected readonly user = this.auth.currentUser;
  protected readonly roleLabel = computed(() => {
    const role = this.auth.role();
    return role ? ROLE_LABELS[role] : '';
  });
  /** A council lead's link to their council's settings (sharing in benchmarks). */
  protected readonly settingsLink = computed(() => {
    const user = this.user();
    return user?.role === 'lead' && user.councilId ? `/councils/${user.councilId}/settings` : null;
  });
  /** Leads (their council's) and coordinators (the network's) manage BI tools' API tokens. */
  protected readonly managesTokens = computed(() => {
    const role = this.user()?.role;
    return role === 'lead' || role === 'coordinator';
  });
  protected readonly councilLabel = computed(
    () => this.user()?.councilName ?? 'All councils in the network',
  );

  constructor() {
    afterNextRender(() => {
      const trigger = this.trigger();
      if (!this.openOnStart() || !trigger) return;
      // Focus first: the stand-in button that had it is gone, and closing the menu returns focus
      // to the trigger.
      trigger.focus();
      trigger.openMenu();
      this.openedOnStart.emit();
    });
  }

  protected signOut(): void {
    this.auth.signOut().subscribe({
      next: () => {
        this.notice.showAfterNavigation(SIGNED_OUT_MESSAGE);
        void this.router.navigateByUrl('/sign-in');
      },
      error: () => this.notice.show('Signing out did not work. Try again.'),
    });
  }
}
