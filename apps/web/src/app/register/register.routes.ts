import { Route } from '@angular/router';
import { roleGuard } from '../accounts/auth.guards';

/** The protocol library (any signed-in user; a council lead adds from it to their register). */
export const LIBRARY_ROUTES: Route[] = [
  {
    path: '',
    title: 'Protocol library – RCP Audit',
    loadComponent: () => import('./library/library-page').then((m) => m.LibraryPage),
  },
];

/**
 * A council's register, under /councils/:councilId/register. Anyone who can read the council's
 * data sees the list and each protocol; only its lead adds, edits, imports and retires.
 */
export const REGISTER_ROUTES: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Protocol register – RCP Audit',
    loadComponent: () => import('./register-list/register-page').then((m) => m.RegisterPage),
  },
  {
    path: 'new',
    title: 'Add a protocol – RCP Audit',
    canActivate: [roleGuard(['lead'])],
    loadComponent: () =>
      import('./protocol-form/protocol-form-page').then((m) => m.ProtocolFormPage),
  },
  {
    path: 'import',
    title: 'Import protocols from a file – RCP Audit',
    canActivate: [roleGuard(['lead'])],
    loadComponent: () => import('./import/import-page').then((m) => m.ImportPage),
  },
  {
    path: ':protocolId',
    title: 'Protocol – RCP Audit',
    loadComponent: () =>
      import('./protocol-detail/protocol-detail-page').then((m) => m.ProtocolDetailPage),
  },
  {
    path: ':protocolId/edit',
    title: 'Edit a protocol – RCP Audit',
    canActivate: [roleGuard(['lead'])],
    loadComponent: () =>
      import('./protocol-form/protocol-form-page').then((m) => m.ProtocolFormPage),
  },
];
