import { Route } from '@angular/router';

/** A council's audit list, under /councils/:councilId/audits. */
export const COUNCIL_AUDITS_ROUTES: Route[] = [];

/** One audit (the rating grid), under /audits/:auditId. */
export const AUDIT_ROUTES: Route[] = [];
