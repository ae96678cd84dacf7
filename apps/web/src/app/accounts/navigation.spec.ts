import { navItemsFor } from './navigation';

const labels = (role: Parameters<typeof navItemsFor>[0]) =>
  navItemsFor(role, 'c-1').map((i) => i.label);

describe('the main navigation shows only what the role may use', () => {
  it('a coordinator: home, councils, users, the framework, the library and the audit log', () => {
    expect(labels('coordinator')).toEqual([
      'Home',
      'Councils',
      'Users',
      'Benchmarks',
      'Framework',
      'Protocol library',
      'Audit log',
    ]);
  });

  it('a council lead: their council’s audits and register, the library, the framework, users and the audit log', () => {
    expect(labels('lead')).toEqual([
      'Home',
      'Audits',
      'Register',
      'Plan',
      'Benchmarks',
      'Protocol library',
      'Framework',
      'Council users',
      'Audit log',
    ]);
  });

  it('a manager and a viewer: their council’s audits and register, the library and the framework', () => {
    const expected = [
      'Home',
      'Audits',
      'Register',
      'Plan',
      'Benchmarks',
      'Protocol library',
      'Framework',
    ];
    expect(labels('manager')).toEqual(expected);
    expect(labels('viewer')).toEqual(expected);
  });

  it('links to the user’s own council', () => {
    expect(navItemsFor('viewer', 'c-1').find((i) => i.label === 'Register')?.path).toBe(
      '/councils/c-1/register',
    );
  });

  it('signed out: home', () => {
    expect(labels(null)).toEqual(['Home']);
  });
});
