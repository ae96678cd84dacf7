import { inject } from '@angular/core';
import { CanActivateFn, RedirectCommand, Router } from '@angular/router';
import { Role } from '@rcp/vocabulary';
import { AuthService } from './auth.service';

/** Pages for signed-in people: anyone else goes to sign in, and comes back here afterwards. */
export const authGuard: CanActivateFn = (_route, state) => {
  if (inject(AuthService).isSignedIn()) return true;
  return inject(Router).createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
};

/**
 * Pages for some roles only. Signed-out people go to sign in; people with another role see the
 * "You do not have access" page at the same address (so the address bar still says where they
 * tried to go). The server checks every request anyway: this only saves a pointless page.
 */
export function roleGuard(roles: readonly Role[]): CanActivateFn {
  return (_route, state) => {
    const auth = inject(AuthService);
    const router = inject(Router);
    if (!auth.isSignedIn()) {
      return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
    }
    const role = auth.role();
    if (role && roles.includes(role)) return true;
    return new RedirectCommand(router.parseUrl('/no-access'), { browserUrl: state.url });
  };
}

/** The sign-in page is for signed-out people; a signed-in person goes home instead. */
export const signedOutGuard: CanActivateFn = () => {
  if (!inject(AuthService).isSignedIn()) return true;
  return inject(Router).parseUrl('/');
};
