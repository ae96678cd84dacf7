/** The words of accounts: roles and the state of a person's account. */

/** A coordinator works across the whole network; the others belong to one council. */
export const ROLES = ['coordinator', 'lead', 'manager', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  coordinator: 'Network coordinator',
  lead: 'Council lead',
  manager: 'Manager',
  viewer: 'Viewer',
};

/** The roles that belong to one council. */
export const COUNCIL_ROLES = ['lead', 'manager', 'viewer'] as const satisfies readonly Role[];
export type CouncilRole = (typeof COUNCIL_ROLES)[number];

export const USER_STATUSES = ['invited', 'active', 'deactivated'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
export const USER_STATUS_LABELS: Readonly<Record<UserStatus, string>> = {
  invited: 'Invited',
  active: 'Active',
  deactivated: 'Deactivated',
};
