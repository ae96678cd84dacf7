import {
  provideHttpClient,
  withFetch,
  withInterceptors,
  withXsrfConfiguration,
} from '@angular/common/http';
import {
  ApplicationConfig,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import { provideAnimationsAsync } from '@angular/platform-browser/animations/async';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { sessionExpiredInterceptor } from './accounts/session-expired.interceptor';
import { appRoutes } from './app.routes';
import { startUp } from './app-start-up';

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
    // Who is signed in, and the home page's chunks fetched side by side.
    provideAppInitializer(() =>
      startUp({
        homePage: () => import('./home/home-page'),
        dashboardPage: () => import('./dashboard/dashboard-page'),
      }),
    ),
    // ngx-charts animates with @angular/animations: loaded with the first page that needs it, so
    // the sign-in page does not download it.
    provideAnimationsAsync(),
  ],
};
