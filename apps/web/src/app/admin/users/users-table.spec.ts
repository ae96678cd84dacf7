import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { User } from '@rcp/api-contract';
import { CouncilRole } from '@rcp/vocabulary';
import { UsersTable } from './users-table';

function aUser(overrides: Partial<User>): User {
  return {
    id: 'u1',
    email: 'sam@northfield.example',
    displayName: 'Sam Jones',
    role: 'viewer',
    councilId: 'c1',
    councilName: 'Northfield',
    status: 'active',
    createdAt: '2026-01-01T00:00:00.000Z',
    lastSignInAt: null,
    version: 1,
    ...overrides,
  };
}

@Component({
  imports: [UsersTable],
  template: `<rcp-users-table
    [users]="users()"
    caption="Users"
    currentUserId="me"
    [assignableRoles]="roles()"
    (reactivate)="reactivated.set($event)"
    (changeRole)="changing.set($event)"
  />`,
})
class Host {
  readonly users = signal<User[]>([]);
  readonly roles = signal<readonly CouncilRole[]>(['manager', 'viewer']);
  readonly reactivated = signal<User | null>(null);
  readonly changing = signal<User | null>(null);
}

describe('the users table', () => {
  async function render(users: User[], roles: readonly CouncilRole[] = ['manager', 'viewer']) {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.users.set(users);
    fixture.componentInstance.roles.set(roles);
    fixture.autoDetectChanges();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const buttonsOf = (name: string) =>
      Array.from(el.querySelectorAll('tbody tr'))
        .find((row) => row.querySelector('th')?.textContent?.includes(name))
        ?.querySelectorAll('button') ?? [];
    const labels = (name: string) =>
      Array.from(buttonsOf(name)).map((b) => b.textContent?.replace(/\s+/g, ' ').trim());
    return { el, labels, buttonsOf, host: fixture.componentInstance };
  }

  it('offers Reactivate for a deactivated person, and emits them', async () => {
    const { labels, buttonsOf, host } = await render([
      aUser({ id: 'u2', displayName: 'Gone Person', status: 'deactivated' }),
    ]);
    expect(labels('Gone Person')).toEqual(['Reactivate Gone Person']);
    buttonsOf('Gone Person')[0].click();
    expect(host.reactivated()?.id).toBe('u2');
  });

  it('offers Change role only for roles the reader may give, never for themselves', async () => {
    const { labels } = await render([
      aUser({ id: 'u3', displayName: 'A Viewer' }),
      aUser({ id: 'u4', displayName: 'A Lead', role: 'lead' }),
      aUser({ id: 'me', displayName: 'Me Myself', role: 'manager' }),
    ]);
    expect(labels('A Viewer')).toEqual(['Change role of A Viewer', 'Deactivate A Viewer']);
    expect(labels('A Lead')).toEqual(['Deactivate A Lead']);
    expect(labels('Me Myself')).toEqual([]);
  });

  it('lets a coordinator change a lead', async () => {
    const { labels } = await render(
      [aUser({ id: 'u4', displayName: 'A Lead', role: 'lead' })],
      ['lead', 'manager', 'viewer'],
    );
    expect(labels('A Lead')).toEqual(['Change role of A Lead', 'Deactivate A Lead']);
  });
});
