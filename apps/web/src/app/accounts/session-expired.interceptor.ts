import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { NoticeService } from '../shared/notice/notice.service';
import { AUTH_API, AuthService } from './auth.service';

/** Calls whose 401 means "not signed in" or "wrong password", handled where they are made. */
const OWN_401_URLS = [`${AUTH_API}/me`, `${AUTH_API}/login`, `${AUTH_API}/logout`];

export const SESSION_ENDED_MESSAGE = 'Your session has ended. Sign in again.';

/**
 * When the API answers 401 to a signed-in call, the session has ended (expired, or signed out
 * elsewhere): forget the user and send them to sign in, coming back here afterwards.
 */
export const sessionExpiredInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const notice = inject(NoticeService);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        isApiUrl(request.url) &&
        !OWN_401_URLS.includes(request.url.split('?')[0]) &&
        // Several calls may fail together: the first one handles it.
        auth.isSignedIn()
      ) {
        auth.clear();
        const navigation = router.currentNavigation();
        const target = navigation?.finalUrl ?? navigation?.extractedUrl;
        const returnUrl = target ? router.serializeUrl(target) : router.url;
        notice.showAfterNavigation(SESSION_ENDED_MESSAGE);
        void router.navigate(['/sign-in'], { queryParams: { returnUrl } });
      }
      return throwError(() => error);
    }),
  );
};

function isApiUrl(url: string): boolean {
  return url.startsWith('/api/');
}
