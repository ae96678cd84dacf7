import { Route } from '@angular/router';

export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Home – RCP Audit',
    loadComponent: () => import('./home/home-page').then((m) => m.HomePage),
  },
  {
    path: '**',
    title: 'Page not found – RCP Audit',
    loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
