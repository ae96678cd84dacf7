import { Route } from '@angular/router';
import { roleGuard } from '../accounts/auth.guards';

/** A council's change plan, under /councils/:councilId/plan. */
export const PLAN_ROUTES: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Change plan – RCP Audit',
    loadComponent: () => import('./plan-page/plan-page').then((m) => m.PlanPage),
  },
  {
    path: 'new',
    title: 'Plan a change – RCP Audit',
    canActivate: [roleGuard(['lead', 'manager'])],
    loadComponent: () => import('./change-form/change-form-page').then((m) => m.ChangeFormPage),
  },
];

/** One planned change, under /plan-changes/:changeId. */
export const PLAN_CHANGE_ROUTES: Route[] = [
  {
    path: '',
    title: 'Planned change – RCP Audit',
    loadComponent: () => import('./change-form/change-form-page').then((m) => m.ChangeFormPage),
  },
];
