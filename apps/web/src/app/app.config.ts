import {
  provideHttpClient,
  withFetch,
  withInterceptors,
  withXsrfConfiguration,
} from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import { provideAnimationsAsync } from '@angular/platform-browser/animations/async';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { AuthService } from './accounts/auth.service';
import { sessionExpiredInterceptor } from './accounts/session-expired.interceptor';
import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'top' }),
    ),
    provideHttpClient(
      withFetch(),
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
      withInterceptors([sessionExpiredInterceptor]),
    ),
    // Know who is signed in before the first page is chosen, so guards and navigation are right;
    // and have the (lazily loaded) user menu ready for the first paint, so the header never shifts.
    provideAppInitializer(async () => {
      const auth = inject(AuthService);
      await auth.load();
      if (auth.isSignedIn()) await import('./accounts/user-menu/user-menu');
    }),
    // ngx-charts animates with @angular/animations: loaded with the first page that needs it, so
    // the sign-in page does not download it.
    provideAnimationsAsync(),
  ],
};
