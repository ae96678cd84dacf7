import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PendingInvitation } from '@rcp/api-contract';
import { Role } from '@rcp/vocabulary';
import { PendingInvitationsTable } from './pending-invitations-table';

function anInvitation(overrides: Partial<PendingInvitation>): PendingInvitation {
  return {
    id: 'i1',
    userId: 'u1',
    email: 'quinn@northfield.example',
    displayName: 'Quinn Pending',
    role: 'viewer',
    councilId: 'c1',
    councilName: 'Northfield',
    invitedByEmail: 'lead@northfield.example',
    createdAt: '2026-07-01T09:00:00.000Z',
    expiresAt: '2026-07-08T09:00:00.000Z',
    expired: false,
    userVersion: 1,
    ...overrides,
  };
}

@Component({
  imports: [PendingInvitationsTable],
  template: `<rcp-pending-invitations-table
    [invitations]="invitations()"
    caption="Open invitations"
    [manageableRoles]="roles"
    (resend)="resent.set($event)"
    (revoke)="revoked.set($event)"
  />`,
})
class Host {
  readonly invitations = signal<PendingInvitation[]>([]);
  readonly roles: readonly Role[] = ['manager', 'viewer'];
  readonly resent = signal<PendingInvitation | null>(null);
  readonly revoked = signal<PendingInvitation | null>(null);
}

describe('the open invitations table', () => {
  async function render(invitations: PendingInvitation[]) {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.invitations.set(invitations);
    fixture.autoDetectChanges();
    await fixture.whenStable();
    return { el: fixture.nativeElement as HTMLElement, host: fixture.componentInstance };
  }

  it('shows who invited whom, until when, and which links have run out', async () => {
    const { el } = await render([
      anInvitation({}),
      anInvitation({ id: 'i2', displayName: 'Old Invite', expired: true }),
    ]);
    const rows = Array.from(el.querySelectorAll('tbody tr'));
    expect(rows[0].textContent).toContain('lead@northfield.example');
    expect(rows[0].querySelector('time')?.getAttribute('datetime')).toBe(
      '2026-07-08T09:00:00.000Z',
    );
    expect(rows[0].textContent).not.toContain('Expired');
    expect(rows[1].textContent).toContain('Expired');
  });

  it('offers Send again and Revoke only for roles the reader may invite', async () => {
    const { el, host } = await render([
      anInvitation({}),
      anInvitation({ id: 'i2', userId: 'u2', displayName: 'New Lead', role: 'lead' }),
    ]);
    const [viewerRow, leadRow] = Array.from(el.querySelectorAll('tbody tr'));
    expect(leadRow.querySelectorAll('button')).toHaveLength(0);
    const [resend, revoke] = Array.from(viewerRow.querySelectorAll('button'));
    resend.click();
    revoke.click();
    expect(host.resent()?.id).toBe('i1');
    expect(host.revoked()?.id).toBe('i1');
  });

  it('says so when everyone has accepted', async () => {
    const { el } = await render([]);
    expect(el.textContent).toContain('Everyone invited has accepted.');
  });
});
