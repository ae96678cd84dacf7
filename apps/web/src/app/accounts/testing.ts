import { CurrentUser } from '@rcp/api-contract';
import { Role } from '@rcp/vocabulary';

/** A signed-in user for tests, e.g. `aCurrentUser({ role: 'lead' })`. */
export function aCurrentUser(overrides: Partial<CurrentUser> & { role?: Role } = {}): CurrentUser {
  const role = overrides.role ?? 'lead';
  return {
    id: 'user-1',
    email: `${role}@northfield.demo.example`,
    displayName: 'Sam Patel',
    role,
    councilId: role === 'coordinator' ? null : 'council-1',
    councilName: role === 'coordinator' ? null : 'Northfield Borough Council',
    sessionExpiresAt: '2030-01-01T00:00:00.000Z',
    ...overrides,
  };
}
