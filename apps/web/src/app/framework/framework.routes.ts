import { Route } from '@angular/router';

/** The framework pages: reading, the coordinator's editor, version comparison, how scores work. */
export const FRAMEWORK_ROUTES: Route[] = [];
