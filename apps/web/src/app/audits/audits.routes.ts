import { CanDeactivateFn, Route } from '@angular/router';
import type { AuditPage } from './audit-page/audit-page';

/** Leaving an audit with ratings not yet saved: save them first, or ask before losing them. */
export const leaveAuditGuard: CanDeactivateFn<AuditPage> = (page) => page.canLeave();

/** A council's audit list, under /councils/:councilId/audits. */
export const COUNCIL_AUDITS_ROUTES: Route[] = [
  {
    path: '',
    title: 'Audits – RCP Audit',
    loadComponent: () => import('./audit-list/audit-list-page').then((m) => m.AuditListPage),
  },
];

/** One audit (the rating grid), under /audits/:auditId. */
export const AUDIT_ROUTES: Route[] = [
  {
    path: '',
    title: 'Audit – RCP Audit',
    loadComponent: () => import('./audit-page/audit-page').then((m) => m.AuditPage),
    canDeactivate: [leaveAuditGuard],
  },
];
