import { Location } from '@angular/common';
import { inject } from '@angular/core';
import { AuthService } from './accounts/auth.service';
import { homeViewFor } from './home/home-view';

/** The chunks start-up may fetch early: each is what a route or `@defer` block imports anyway. */
export interface StartUpChunks {
  homePage: () => Promise<unknown>;
  dashboardPage: () => Promise<unknown>;
}

/**
 * Runs before the first page is chosen: asks who is signed in (so guards and navigation are right).
 * Meanwhile it fetches what the home page will need, instead of one chunk after another: the home
 * page's chunk while `auth/session` is asked (itself preloaded by index.html), and a council
 * member's dashboard as soon as the answer is in. The router and the home page's `@defer` find
 * them loaded or on their way. (The user menu is not waited for: the header draws its button
 * itself and Material's menu loads later, app.html.)
 */
export async function startUp(chunks: StartUpChunks): Promise<void> {
  const auth = inject(AuthService);
  const atHome = inject(Location).path().split(/[?#]/)[0] === '';
  if (atHome) prefetch(chunks.homePage);
  await auth.load();
  if (atHome && homeViewFor(auth.currentUser()).kind === 'dashboard') {
    prefetch(chunks.dashboardPage);
  }
}

/** Starts a fetch nobody waits for; whoever imports the chunk later reports a failure. */
function prefetch(chunk: () => Promise<unknown>): void {
  chunk().catch(() => undefined);
}
