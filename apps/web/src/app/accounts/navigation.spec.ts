import { navItemsFor } from './navigation';

const labels = (role: Parameters<typeof navItemsFor>[0]) => navItemsFor(role).map((i) => i.label);

describe('the main navigation shows only what the role may use', () => {
  it('a coordinator: home, councils, users and the audit log', () => {
    expect(labels('coordinator')).toEqual(['Home', 'Councils', 'Users', 'Audit log']);
  });

  it('a council lead: home, their council’s users and the audit log', () => {
    expect(labels('lead')).toEqual(['Home', 'Council users', 'Audit log']);
  });

  it('a manager and a viewer: home', () => {
    expect(labels('manager')).toEqual(['Home']);
    expect(labels('viewer')).toEqual(['Home']);
  });

  it('signed out: home', () => {
    expect(labels(null)).toEqual(['Home']);
  });
});
