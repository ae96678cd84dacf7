import { Route } from '@angular/router';
import { authGuard, roleGuard, signedOutGuard } from './accounts/auth.guards';

export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Home – RCP Audit',
    loadComponent: () => import('./home/home-page').then((m) => m.HomePage),
  },
  {
    path: 'sign-in',
    title: 'Sign in – RCP Audit',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./accounts/sign-in/sign-in-page').then((m) => m.SignInPage),
  },
  {
    path: 'invitations/:token',
    title: 'Accept your invitation – RCP Audit',
    loadComponent: () =>
      import('./accounts/invitation/invitation-page').then((m) => m.InvitationPage),
  },
  {
    path: 'admin/councils',
    title: 'Councils – RCP Audit',
    canActivate: [authGuard, roleGuard(['coordinator'])],
    loadComponent: () => import('./admin/councils/councils-page').then((m) => m.CouncilsPage),
  },
  {
    path: 'admin/users',
    title: 'Users – RCP Audit',
    canActivate: [authGuard, roleGuard(['coordinator'])],
    loadComponent: () => import('./admin/users/all-users-page').then((m) => m.AllUsersPage),
  },
  {
    path: 'council/users',
    title: 'Council users – RCP Audit',
    canActivate: [authGuard, roleGuard(['lead'])],
    loadComponent: () => import('./admin/users/council-users-page').then((m) => m.CouncilUsersPage),
  },
  {
    path: 'audit-log',
    title: 'Audit log – RCP Audit',
    canActivate: [authGuard, roleGuard(['coordinator', 'lead'])],
    loadComponent: () => import('./audit-log/audit-log-page').then((m) => m.AuditLogPage),
  },
  {
    path: 'api-tokens',
    title: 'API tokens – RCP Audit',
    canActivate: [authGuard, roleGuard(['coordinator', 'lead'])],
    loadComponent: () => import('./api-tokens/api-tokens-page').then((m) => m.ApiTokensPage),
  },
  {
    path: 'framework',
    canActivate: [authGuard],
    loadChildren: () => import('./framework/framework.routes').then((m) => m.FRAMEWORK_ROUTES),
  },
  {
    path: 'library',
    canActivate: [authGuard],
    loadChildren: () => import('./register/register.routes').then((m) => m.LIBRARY_ROUTES),
  },
  {
    path: 'councils/:councilId/register',
    canActivate: [authGuard],
    loadChildren: () => import('./register/register.routes').then((m) => m.REGISTER_ROUTES),
  },
  {
    path: 'network/plans',
    title: 'Change plans across the network – RCP Audit',
    canActivate: [authGuard, roleGuard(['coordinator'])],
    loadComponent: () => import('./network/network-plans-page').then((m) => m.NetworkPlansPage),
  },
  {
    path: 'councils/:councilId/dashboard',
    title: 'Council dashboard – RCP Audit',
    canActivate: [authGuard],
    loadComponent: () => import('./dashboard/dashboard-page').then((m) => m.DashboardPage),
  },
  {
    path: 'councils/:councilId/report',
    title: 'Council report – RCP Audit',
    canActivate: [authGuard],
    loadComponent: () => import('./reports/report-page').then((m) => m.ReportPage),
  },
  {
    path: 'councils/:councilId/audits',
    canActivate: [authGuard],
    loadChildren: () => import('./audits/audits.routes').then((m) => m.COUNCIL_AUDITS_ROUTES),
  },
  {
    path: 'councils/:councilId/plan',
    canActivate: [authGuard],
    loadChildren: () => import('./plans/plans.routes').then((m) => m.PLAN_ROUTES),
  },
  {
    path: 'plan-changes/:changeId',
    canActivate: [authGuard],
    loadChildren: () => import('./plans/plans.routes').then((m) => m.PLAN_CHANGE_ROUTES),
  },
  {
    path: 'councils/:councilId/settings',
    title: 'Council settings – RCP Audit',
    canActivate: [authGuard, roleGuard(['lead', 'coordinator'])],
    loadComponent: () =>
      import('./council-settings/council-settings-page').then((m) => m.CouncilSettingsPage),
  },
  {
    path: 'audits/:auditId',
    canActivate: [authGuard],
    loadChildren: () => import('./audits/audits.routes').then((m) => m.AUDIT_ROUTES),
  },
  {
    path: 'benchmarks',
    canActivate: [authGuard],
    loadChildren: () => import('./benchmarks/benchmarks.routes').then((m) => m.BENCHMARK_ROUTES),
  },
  {
    path: 'help/glossary',
    title: 'Glossary – RCP Audit',
    loadComponent: () => import('./help/glossary/glossary-page').then((m) => m.GlossaryPage),
  },
  {
    path: 'accessibility',
    title: 'Accessibility statement – RCP Audit',
    loadComponent: () =>
      import('./help/accessibility/accessibility-statement-page').then(
        (m) => m.AccessibilityStatementPage,
      ),
  },
  {
    path: 'no-access',
    title: 'You do not have access to this page – RCP Audit',
    loadComponent: () => import('./accounts/no-access/no-access-page').then((m) => m.NoAccessPage),
  },
  {
    path: '**',
    title: 'Page not found – RCP Audit',
    loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
