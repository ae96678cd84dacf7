import { Role } from '@rcp/api-contract';

export interface NavItem {
  path: string;
  label: string;
  /** Active only on exactly this path (Home), not on the paths under it. */
  exact: boolean;
}

const HOME: NavItem = { path: '/', label: 'Home', exact: true };
const AUDIT_LOG: NavItem = { path: '/audit-log', label: 'Audit log', exact: false };

const BY_ROLE: Record<Role, NavItem[]> = {
  coordinator: [
    HOME,
    { path: '/admin/councils', label: 'Councils', exact: false },
    { path: '/admin/users', label: 'Users', exact: false },
    AUDIT_LOG,
  ],
  lead: [HOME, { path: '/council/users', label: 'Council users', exact: false }, AUDIT_LOG],
  manager: [HOME],
  viewer: [HOME],
};

/** The main navigation: only the pages the role may use (signed out: the public ones). */
export function navItemsFor(role: Role | null): NavItem[] {
  return role ? BY_ROLE[role] : [HOME];
}
