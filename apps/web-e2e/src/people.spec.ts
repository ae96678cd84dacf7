import { APIRequestContext, expect, request as playwrightRequest, test } from '@playwright/test';
import type { Council, Invitation } from '@rcp/api-contract';
import { choose, DEMO, navLink, signInAs, uniqueSuffix } from './support/accounts';
import { expectNoAccessibilityViolations } from './support/a11y';
import { apiPost, apiSignIn } from './support/api';

const PASSWORD = 'a long and lovely passphrase';

/** Invites someone through the API as the signed-in user of `request`. */
function invite(
  request: APIRequestContext,
  name: string,
  email: string,
  role: string,
  councilId: string,
): Promise<Invitation> {
  return apiPost<Invitation>(request, '/api/v1/invitations', {
    email,
    displayName: name,
    role,
    councilId,
  });
}

/** Accepts an invitation in a browser-less context of its own, so the person becomes active. */
async function accept(baseURL: string, invitation: Invitation): Promise<void> {
  const anonymous = await playwrightRequest.newContext({ baseURL });
  await anonymous.get('/api/v1/health');
  const path = `/api/v1${new URL(invitation.acceptUrl ?? '').pathname}/accept`;
  await apiPost(anonymous, path, { password: PASSWORD });
  await anonymous.dispose();
}

async function councilIdOf(request: APIRequestContext): Promise<string> {
  const me = await request.get('/api/v1/auth/me');
  expect(me.ok()).toBe(true);
  return ((await me.json()) as { councilId: string }).councilId;
}

test.describe('people management', () => {
  test('a lead changes a role, deactivates and reactivates, and follows up an open invitation', async ({
    page,
    request,
    baseURL,
  }) => {
    const suffix = uniqueSuffix();
    const pat = `Pat Person ${suffix}`;
    const quinn = `Quinn Pending ${suffix}`;
    await apiSignIn(request, DEMO.lead);
    const councilId = await councilIdOf(request);
    await accept(
      baseURL ?? '',
      await invite(request, pat, `pat.${suffix}@northfield.example`, 'viewer', councilId),
    );
    await invite(request, quinn, `quinn.${suffix}@northfield.example`, 'viewer', councilId);

    await signInAs(page, DEMO.lead);
    await navLink(page, 'Council users').click();
    const users = page.getByTestId('users-table');
    const row = users.getByRole('row', { name: new RegExp(pat) });
    await expect(row).toContainText('Viewer');

    await row.getByRole('button', { name: `Change role of ${pat}` }).click();
    const dialog = page.getByRole('dialog', { name: `Change the role of ${pat}` });
    await expect(dialog.getByRole('radio')).toHaveCount(2);
    await expectNoAccessibilityViolations(page);
    await dialog.getByRole('radio', { name: 'Manager' }).check();
    await dialog.getByRole('button', { name: 'Change role' }).click();
    await expect(page.getByTestId('status')).toContainText(`${pat} is now a manager.`);
    await expect(row).toContainText('Manager');

    await row.getByRole('button', { name: `Deactivate ${pat}` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Deactivate user' }).click();
    await expect(row).toContainText('Deactivated');
    await row.getByRole('button', { name: `Reactivate ${pat}` }).click();
    await expect(page.getByTestId('status')).toContainText(`${pat} has been reactivated`);
    await expect(row).toContainText('Active');

    const pending = page.getByTestId('pending-invitations');
    const invitation = pending.getByRole('row', { name: new RegExp(quinn) });
    await expect(invitation).toContainText(DEMO.lead);
    await expect(invitation.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
    await expectNoAccessibilityViolations(page);

    await invitation.getByRole('button', { name: `Send again to ${quinn}` }).click();
    await expect(page.getByTestId('invitation-link')).toContainText(
      `Invitation created for ${quinn}`,
    );
    await invitation.getByRole('button', { name: `Revoke the invitation of ${quinn}` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke invitation' }).click();
    await expect(page.getByTestId('status')).toContainText(
      `The invitation of ${quinn} has been revoked.`,
    );
    await expect(pending.getByRole('row', { name: new RegExp(quinn) })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
  });

  test('a coordinator cannot demote the only lead of a council, and is told why', async ({
    page,
    request,
    baseURL,
  }) => {
    const suffix = uniqueSuffix();
    const leadName = `Lone Lead ${suffix}`;
    await apiSignIn(request, DEMO.coordinator);
    const council = await apiPost<Council>(request, '/api/v1/councils', {
      name: `Lone Lead Council ${suffix}`,
      type: 'district',
      region: 'Wales',
      populationBand: 'under-150k',
    });
    await accept(
      baseURL ?? '',
      await invite(request, leadName, `lone.${suffix}@lone.example`, 'lead', council.id),
    );

    await signInAs(page, DEMO.coordinator);
    await page.goto('/admin/users');
    await choose(page, 'Show users of', council.name);
    const row = page.getByTestId('users-table').getByRole('row', { name: new RegExp(leadName) });
    await row.getByRole('button', { name: `Change role of ${leadName}` }).click();
    const dialog = page.getByRole('dialog', { name: `Change the role of ${leadName}` });
    await expect(dialog.getByRole('radio')).toHaveCount(3);
    await dialog.getByRole('radio', { name: 'Viewer' }).check();
    await dialog.getByRole('button', { name: 'Change role' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'only active lead' })).toContainText(
      `${leadName} is the only active lead of this council.`,
    );
    await expect(row).toContainText('Council lead');
    await expectNoAccessibilityViolations(page);
  });
});

test.describe('the audit log filters', () => {
  test('a coordinator filters by action, person and UK dates, and downloads the same as CSV', async ({
    page,
    request,
  }) => {
    const suffix = uniqueSuffix();
    await apiSignIn(request, DEMO.coordinator);
    const council = await apiPost<Council>(request, '/api/v1/councils', {
      name: `Filter Vale Council ${suffix}`,
      type: 'unitary',
      region: 'North West',
      populationBand: '150k-300k',
    });
    const today = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
    })
      .format(new Date())
      .split('/');

    await signInAs(page, DEMO.coordinator);
    await navLink(page, 'Audit log').click();
    await page.getByLabel('Action').selectOption({ label: 'Council created' });
    await page.getByLabel('Person (email address or part of it)').fill('coordinator@');
    const from = page.getByRole('group', { name: 'From (date)' });
    await from.getByLabel('Day').fill(today[0]);
    await from.getByLabel('Month').fill(today[1]);
    await from.getByLabel('Year').fill(today[2]);
    await page.getByRole('button', { name: 'Apply filters' }).click();

    await expect(page).toHaveURL(/action=council\.created/);
    await expect(page).toHaveURL(/person=coordinator(@|%40)/);
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}/);
    const rows = page.getByTestId('audit-table').locator('tbody tr');
    await expect(rows.nth(0)).toContainText('Council created');
    await expect(rows.nth(0)).toContainText(council.name);
    await expect(page.getByTestId('audit-range')).toContainText('Showing events 1 to');
    await expectNoAccessibilityViolations(page);

    const href = await page.getByTestId('audit-export').getAttribute('href');
    expect(href).toContain('/api/v1/audit-events/export.csv?');
    expect(href).toContain('action=council.created');
    const csv = await page.request.get(href ?? '');
    expect(csv.headers()['content-type']).toContain('text/csv');
    const text = await csv.text();
    expect(text).toContain('When (UTC),Who,Action');
    expect(text).toContain(council.name);
    expect(text).not.toContain('auth.login.succeeded');

    // A day that does not exist is refused, in the summary and by the field.
    await from.getByLabel('Day').fill('31');
    await from.getByLabel('Month').fill('2');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    const summary = page.getByTestId('error-summary');
    await expect(summary).toContainText('The start date must be a real date');
    await expect(summary).toBeFocused();
    await expect(from).toContainText('must be a real date');
    await expectNoAccessibilityViolations(page);
    await summary.getByRole('link', { name: 'The start date must be a real date' }).click();
    await expect(from.getByLabel('Day')).toBeFocused();
    // Put right, the error goes from the field at once, as with every other date.
    await from.getByLabel('Day').fill('28');
    await expect(from).not.toContainText('must be a real date');

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).not.toHaveURL(/action=/);
  });
});
