import { Role } from '@rcp/vocabulary';

export interface NavItem {
  path: string;
  label: string;
  /** Active only on exactly this path (Home), not on the paths under it. */
  exact: boolean;
}

const HOME: NavItem = { path: '/', label: 'Home', exact: true };
const FRAMEWORK: NavItem = { path: '/framework', label: 'Framework', exact: false };
const LIBRARY: NavItem = { path: '/library', label: 'Protocol library', exact: false };
const BENCHMARKS: NavItem = { path: '/benchmarks', label: 'Benchmarks', exact: false };
const AUDIT_LOG: NavItem = { path: '/audit-log', label: 'Audit log', exact: false };

/** The council's own pages, for the roles that belong to one council. */
function councilPages(councilId: string | null): NavItem[] {
  if (!councilId) return [];
  return [
    { path: `/councils/${councilId}/audits`, label: 'Audits', exact: false },
    { path: `/councils/${councilId}/register`, label: 'Register', exact: false },
    { path: `/councils/${councilId}/plan`, label: 'Plan', exact: false },
  ];
}

/** The main navigation: only the pages the role may use (signed out: the public ones). */
export function navItemsFor(role: Role | null, councilId: string | null = null): NavItem[] {
  switch (role) {
    case 'coordinator':
      return [
        HOME,
        { path: '/admin/councils', label: 'Councils', exact: false },
        { path: '/admin/users', label: 'Users', exact: false },
        BENCHMARKS,
        FRAMEWORK,
        LIBRARY,
        AUDIT_LOG,
      ];
    case 'lead':
      return [
        HOME,
        ...councilPages(councilId),
        BENCHMARKS,
        LIBRARY,
        FRAMEWORK,
        { path: '/council/users', label: 'Council users', exact: false },
        AUDIT_LOG,
      ];
    case 'manager':
    case 'viewer':
      return [HOME, ...councilPages(councilId), BENCHMARKS, LIBRARY, FRAMEWORK];
    default:
      return [HOME];
  }
}
