import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { ROLE_LABELS } from '@rcp/vocabulary';
import { filter, skip } from 'rxjs';
import { AuthService } from './accounts/auth.service';
import { navItemsFor } from './accounts/navigation';
import { UserMenu } from './accounts/user-menu/user-menu';
import { NoticeService } from './shared/notice/notice.service';
import { StatusBanner } from './shared/status-banner/status-banner';

@Component({
  selector: 'rcp-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, UserMenu, StatusBanner],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  private readonly auth = inject(AuthService);
  protected readonly user = this.auth.currentUser;
  protected readonly roleLabel = computed(() => {
    const role = this.auth.role();
    return role ? ROLE_LABELS[role] : '';
  });
  /** The user menu's chunk is wanted: its button has been pressed once since the app started. */
  protected readonly userMenuWanted = signal(false);
  /** The press that loads the menu should also open it, once it is drawn. */
  protected readonly openUserMenuOnStart = signal(false);
  /** Only the pages the signed-in person's role may use. */
  protected readonly nav = computed(() =>
    navItemsFor(this.auth.role(), this.auth.currentUser()?.councilId ?? null),
  );
  protected readonly notice = inject(NoticeService).message;

  constructor() {
    // After an in-app navigation, move focus to the new page so screen-reader and keyboard users
    // start at its content, as they would after a full page load (the first load is left alone).
    inject(Router)
      .events.pipe(
        filter((e) => e instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => this.focusMain());
  }

  protected openUserMenu(): void {
    this.openUserMenuOnStart.set(true);
    this.userMenuWanted.set(true);
  }

  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.focusMain();
  }

  private focusMain(): void {
    queueMicrotask(() => this.main().nativeElement.focus());
  }
}
