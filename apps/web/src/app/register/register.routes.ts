import { Route } from '@angular/router';

/** The protocol library (any signed-in user). */
export const LIBRARY_ROUTES: Route[] = [];

/** A council's register, under /councils/:councilId/register. */
export const REGISTER_ROUTES: Route[] = [];
