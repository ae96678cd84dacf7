import { Route } from '@angular/router';
import { roleGuard } from '../accounts/auth.guards';

/** The framework pages: reading, the coordinator's editor, version comparison, how scores work. */
export const FRAMEWORK_ROUTES: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'The RCP framework – RCP Audit',
    loadComponent: () => import('./read/framework-page').then((m) => m.FrameworkPage),
  },
  {
    path: 'edit',
    title: 'Edit the framework – RCP Audit',
    canActivate: [roleGuard(['coordinator'])],
    loadComponent: () => import('./edit/framework-editor-page').then((m) => m.FrameworkEditorPage),
  },
  {
    path: 'compare',
    title: 'Compare framework versions – RCP Audit',
    loadComponent: () => import('./compare/compare-page').then((m) => m.ComparePage),
  },
  {
    path: 'how-scores-work',
    title: 'How scores are calculated – RCP Audit',
    loadComponent: () => import('./how-scores/how-scores-page').then((m) => m.HowScoresPage),
  },
];
