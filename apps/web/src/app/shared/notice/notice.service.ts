import { inject, Injectable, signal } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';

/**
 * A one-line message for the page someone is sent to ("You have signed out."). The shell shows it
 * in a role=status region at the top of that page; it goes at the navigation after.
 */
@Injectable({ providedIn: 'root' })
export class NoticeService {
  private readonly current = signal<string | null>(null);
  private pending: string | null = null;

  /** The message to show on the current page, if any. */
  readonly message = this.current.asReadonly();

  constructor() {
    inject(Router)
      .events.pipe(filter((e) => e instanceof NavigationEnd))
      .subscribe(() => {
        this.current.set(this.pending);
        this.pending = null;
      });
  }

  /** Shows `message` on the current page, until the next navigation. */
  show(message: string): void {
    this.current.set(message);
  }

  /** Shows `message` on the page the next navigation arrives at. */
  showAfterNavigation(message: string): void {
    this.pending = message;
  }
}
