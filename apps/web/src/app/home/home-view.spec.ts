import { CurrentUser } from '@rcp/api-contract';
import { homeViewFor } from './home-view';

function aUser(overrides: Partial<CurrentUser> = {}): CurrentUser {
  return {
    id: 'u-1',
    email: 'lead@northfield.demo.example',
    displayName: 'Northfield Lead',
    role: 'lead',
    councilId: 'c-1',
    councilName: 'Northfield Borough Council',
    sessionExpiresAt: '2030-01-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('the home page', () => {
  it('shows a council’s lead, managers and viewers their council’s dashboard', () => {
    for (const role of ['lead', 'manager', 'viewer'] as const) {
      expect(homeViewFor(aUser({ role }))).toEqual({ kind: 'dashboard', councilId: 'c-1' });
    }
  });

  it('shows a coordinator the network overview', () => {
    expect(homeViewFor(aUser({ role: 'coordinator', councilId: null }))).toEqual({
      kind: 'network',
    });
  });

  it('introduces the service to someone signed out', () => {
    expect(homeViewFor(null)).toEqual({ kind: 'signed-out' });
  });

  it('does not guess a council for an account without one', () => {
    expect(homeViewFor(aUser({ councilId: null }))).toEqual({ kind: 'no-council' });
  });
});
