import type { DemoAccount } from '@rcp/api-contract';
import type { Role } from '@rcp/vocabulary';
import { DEMO_COUNCILS } from '@rcp/content';

/** Every demo account uses this password (demo mode only; listed on the sign-in page). */
export const DEMO_PASSWORD = 'demo-password-1234';

export interface DemoAccountSeed extends DemoAccount {
  displayName: string;
  councilSlug: string | null;
}

/** coordinator@demo.example; lead, manager and viewer of Northfield; a lead for every other council. */
export function demoAccountSeeds(): DemoAccountSeed[] {
  const accounts: DemoAccountSeed[] = [
    {
      email: 'coordinator@demo.example',
      role: 'coordinator',
      councilName: null,
      councilSlug: null,
      displayName: 'Casey Coordinator',
    },
  ];
  const people: Record<Exclude<Role, 'coordinator'>, string> = {
    lead: 'Lead',
    manager: 'Manager',
    viewer: 'Viewer',
  };
  for (const council of DEMO_COUNCILS) {
    const roles: Array<Exclude<Role, 'coordinator'>> =
      council.slug === 'northfield' ? ['lead', 'manager', 'viewer'] : ['lead'];
    const place = council.name.replace(/ (Borough|County|District|City)? ?Council$/, '');
    for (const role of roles) {
      accounts.push({
        email: `${role}@${council.slug}.demo.example`,
        role,
        councilName: council.name,
        councilSlug: council.slug,
        displayName: `${place} ${people[role]}`,
      });
    }
  }
  return accounts;
}

export function demoAccounts(): DemoAccount[] {
  return demoAccountSeeds().map(({ email, role, councilName }) => ({ email, role, councilName }));
}
