import { expect, test } from '@playwright/test';
import type { Council } from '@rcp/api-contract';
import {
  choose,
  DEMO,
  fillSignIn,
  mainNavLinks,
  navLink,
  NORTHFIELD,
  signInAs,
  signOut,
  uniqueSuffix,
} from './support/accounts';
import { expectNoAccessibilityViolations, watchCspViolations } from './support/a11y';
import { apiPost, apiSignIn } from './support/api';

const ROLES = [
  {
    role: 'network coordinator',
    email: DEMO.coordinator,
    label: 'Network coordinator',
    council: 'All councils in the network',
    nav: ['Home', 'Councils', 'Users', 'Benchmarks', 'Framework', 'Protocol library', 'Audit log'],
  },
  {
    role: 'council lead',
    email: DEMO.lead,
    label: 'Council lead',
    council: NORTHFIELD,
    nav: [
      'Home',
      'Audits',
      'Register',
      'Plan',
      'Benchmarks',
      'Protocol library',
      'Framework',
      'Council users',
      'Audit log',
    ],
  },
  {
    role: 'manager',
    email: DEMO.manager,
    label: 'Manager',
    council: NORTHFIELD,
    nav: ['Home', 'Audits', 'Register', 'Plan', 'Benchmarks', 'Protocol library', 'Framework'],
  },
  {
    role: 'viewer',
    email: DEMO.viewer,
    label: 'Viewer',
    council: NORTHFIELD,
    nav: ['Home', 'Audits', 'Register', 'Plan', 'Benchmarks', 'Protocol library', 'Framework'],
  },
];

test.describe('signing in and out', () => {
  for (const { role, email, label, council, nav } of ROLES) {
    test(`a ${role} signs in, sees only ${nav.join(', ')} in the navigation, and signs out`, async ({
      page,
    }) => {
      const csp = watchCspViolations(page);
      await signInAs(page, email);
      await expect(page).toHaveURL(/\/$/);
      expect(await mainNavLinks(page)).toEqual(nav);

      await page.getByTestId('user-menu').click();
      const details = page.getByTestId('user-menu-details');
      await expect(details).toContainText(email);
      await expect(details).toContainText(label);
      await expect(details).toContainText(council);
      await expectNoAccessibilityViolations(page);
      await page.keyboard.press('Escape');

      await signOut(page);
      expect(await mainNavLinks(page)).toEqual(['Home']);
      expect(csp).toEqual([]);
    });
  }

  test('the sign-in page lists the demo accounts, fills the form from one, and has no accessibility problems', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    await expect(page).toHaveTitle('Sign in – RCP Audit');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    const demo = page.getByRole('region', { name: 'Demo accounts' });
    await expect(demo.getByRole('row', { name: /lead@northfield\.demo\.example/ })).toContainText(
      'Council lead',
    );
    await expectNoAccessibilityViolations(page);

    await demo
      .getByRole('row', { name: new RegExp(DEMO.viewer) })
      .getByRole('button', { name: /Use this account/ })
      .click();
    await expect(page.getByLabel('Email address')).toHaveValue(DEMO.viewer);
    await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('user-menu')).toContainText('Viewer');
  });

  test('missing answers and a wrong password are shown in an error summary that takes focus', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: 'Enter your email address' })).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Enter your password' })).toBeVisible();
    await summary.getByRole('link', { name: 'Enter your password' }).click();
    await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
    await expectNoAccessibilityViolations(page);

    // Failures are counted per account and address: five in a row make that account wait.
    await fillSignIn(page, DEMO.manager, 'not-the-password');
    await expect(summary).toContainText('The email or password is not right.');
    await expect(summary).toBeFocused();
    await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test('a manager opening the users page is told they do not have access', async ({ page }) => {
    await signInAs(page, DEMO.manager);
    await page.goto('/admin/users');
    await expect(
      page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/admin\/users$/);
    await expect(page).toHaveTitle(/You do not have access/);
    await expectNoAccessibilityViolations(page);
  });

  test('a signed-out person opening a page for coordinators signs in and is taken there', async ({
    page,
  }) => {
    await page.goto('/admin/councils');
    await expect(page).toHaveURL(/\/sign-in\?returnUrl=%2Fadmin%2Fcouncils$/);
    await fillSignIn(page, DEMO.coordinator, 'demo-password-1234');
    await expect(page).toHaveURL(/\/admin\/councils$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Councils' })).toBeVisible();
  });

  test('when the session ends, the next action sends the person to sign in again and back', async ({
    page,
    context,
  }) => {
    await signInAs(page, DEMO.coordinator);
    // Let the home page finish loading first: a request still in flight when the cookie goes
    // would (rightly) send the person to sign in before they click anything.
    await expect(page.getByTestId('network-row').first()).toBeVisible();
    await expect(page.getByTestId('health-status')).toContainText('working');
    await context.clearCookies();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Users' })
      .click();
    await expect(page).toHaveURL(/\/sign-in\?returnUrl=%2Fadmin%2Fusers$/);
    await expect(
      page.getByRole('status').filter({ hasText: 'Your session has ended. Sign in again.' }),
    ).toBeVisible();
    await fillSignIn(page, DEMO.coordinator, 'demo-password-1234');
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  });
});

test.describe('a coordinator brings in a new council and its first viewer', () => {
  test.describe.configure({ mode: 'serial' });

  const suffix = uniqueSuffix();
  const councilName = `Testbury Council ${suffix}`;
  const viewerName = `Vera Viewer ${suffix}`;
  const viewerEmail = `vera.${suffix}@testbury.example`;
  const viewerPassword = `kestrel meadow lantern ${suffix}`;
  let acceptPath = '';

  test('the coordinator adds a council', async ({ page }) => {
    await signInAs(page, DEMO.coordinator);
    await navLink(page, 'Councils').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Councils' })).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(NORTHFIELD) })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByRole('button', { name: 'Add a council' }).click();
    const form = page.getByRole('region', { name: 'Add a council' });
    // Nothing filled in: the error summary lists what is missing.
    await form.getByRole('button', { name: 'Add council' }).click();
    await expect(form.getByRole('alert')).toContainText('Enter the council’s name');
    await expectNoAccessibilityViolations(page);

    await form.getByLabel('Name', { exact: true }).fill(councilName);
    await choose(page, 'Type', 'District council');
    await choose(page, 'Region', 'South West');
    await choose(page, 'Population', 'Under 150,000');
    await expect(form.getByRole('radio', { name: /Anonymised/ })).toBeChecked();
    await form.getByRole('radio', { name: /Named/ }).check();
    await form.getByRole('button', { name: 'Add council' }).click();

    await expect(page.getByTestId('status')).toHaveText(`${councilName} has been added.`);
    const row = page.getByRole('row', { name: new RegExp(councilName) });
    await expect(row).toContainText('District council');
    await expect(row).toContainText('South West');
    await expect(row).toContainText('Named');
    await expect(row).toContainText('Active');
  });

  test('the coordinator invites a viewer to it and copies the link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signInAs(page, DEMO.coordinator);
    await navLink(page, 'Users').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByRole('button', { name: 'Invite a user' }).click();
    const form = page.getByRole('region', { name: 'Invite a user' });
    await form.getByLabel('Name', { exact: true }).fill(viewerName);
    await form.getByLabel('Email address').fill(viewerEmail);
    await choose(page, 'Role', 'Viewer');
    await choose(page, 'Council', councilName);
    await expectNoAccessibilityViolations(page);
    await form.getByRole('button', { name: 'Create invitation' }).click();

    const panel = page.getByTestId('invitation-link');
    await expect(panel).toContainText(
      'There is no email service: send this link to the person yourself.',
    );
    await expect(panel).toContainText(`${viewerEmail} is invited as Viewer of ${councilName}.`);
    const url = (await page.getByTestId('invitation-url').innerText()).trim();
    expect(url).toMatch(/\/invitations\/[\w-]+$/);
    await panel.getByRole('button', { name: 'Copy link' }).click();
    await expect(panel.getByRole('status')).toHaveText(/Link copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    acceptPath = new URL(url).pathname;
    await expectNoAccessibilityViolations(page);

    await expect(
      page.getByTestId('users-table').getByRole('row', { name: new RegExp(viewerEmail) }),
    ).toContainText('Invited');
  });

  test('the invitee opens the link in their own browser, sets a password and is signed in', async ({
    browser,
  }) => {
    expect(acceptPath).not.toBe('');
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(acceptPath);
    await expect(page).toHaveTitle('Accept your invitation – RCP Audit');
    const details = page.getByTestId('invitation-details');
    await expect(details).toContainText(viewerEmail);
    await expect(details).toContainText('Viewer');
    await expect(details).toContainText(councilName);
    await expectNoAccessibilityViolations(page);

    // Too short and not matching: both problems are listed and shown by their fields.
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByLabel('Confirm password').fill('shorter');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Password must be 12 characters or more');
    await expect(summary).toContainText('The passwords do not match');
    await expectNoAccessibilityViolations(page);

    await page.getByLabel('Password', { exact: true }).fill(viewerPassword);
    await page.getByLabel('Confirm password').fill(viewerPassword);
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId('user-menu')).toContainText(viewerName);
    await expect(page.getByTestId('notice')).toContainText('You are signed in as');
    expect(await mainNavLinks(page)).toEqual([
      'Home',
      'Audits',
      'Register',
      'Plan',
      'Benchmarks',
      'Protocol library',
      'Framework',
    ]);

    // The link works once.
    await page.goto(acceptPath);
    await expect(page.getByTestId('invitation-invalid')).toContainText(
      'This invitation link is not valid. It may have been used already or have expired.',
    );
    await expectNoAccessibilityViolations(page);
    await context.close();
  });

  test('the coordinator deactivates the new user', async ({ page }) => {
    await signInAs(page, DEMO.coordinator);
    await page.goto('/admin/users');
    await choose(page, 'Show users of', councilName);
    const row = page.getByRole('row', { name: new RegExp(viewerEmail) });
    await expect(row).toContainText('Active');
    await row.getByRole('button', { name: `Deactivate ${viewerName}` }).click();

    const dialog = page.getByRole('alertdialog', { name: `Deactivate ${viewerName}?` });
    await expect(dialog).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await dialog.getByRole('button', { name: 'Deactivate user' }).click();

    await expect(page.getByTestId('status')).toHaveText(`${viewerName} has been deactivated.`);
    await expect(row).toContainText('Deactivated');
    await expect(row.getByRole('button', { name: /Deactivate/ })).toHaveCount(0);
  });

  test('two coordinators edit it at once: the second is told and reloads; then it is archived and restored', async ({
    page,
    browser,
  }) => {
    await signInAs(page, DEMO.coordinator);
    await page.goto('/admin/councils');
    await page.getByRole('button', { name: `Edit ${councilName}` }).click();
    const form = page.getByRole('region', { name: `Edit ${councilName}` });
    await expect(form.getByLabel('Name', { exact: true })).toHaveValue(councilName);

    // Meanwhile, in another browser, someone else changes the population band.
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signInAs(otherPage, DEMO.coordinator);
    await otherPage.goto('/admin/councils');
    await otherPage.getByRole('button', { name: `Edit ${councilName}` }).click();
    await choose(otherPage, 'Population', '300,000 to 500,000');
    await otherPage.getByRole('button', { name: 'Save changes' }).click();
    await expect(otherPage.getByTestId('status')).toHaveText(
      `Changes to ${councilName} have been saved.`,
    );
    await other.close();

    await choose(page, 'Region', 'South East');
    await form.getByRole('button', { name: 'Save changes' }).click();
    const conflict = form.getByRole('alert');
    await expect(conflict).toContainText(
      'Someone else changed this council. Reload to see their changes.',
    );
    await expect(conflict).toBeFocused();
    await expectNoAccessibilityViolations(page);
    await conflict.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByRole('combobox', { name: 'Population' })).toContainText(
      '300,000 to 500,000',
    );
    await expect(page.getByRole('combobox', { name: 'Region' })).toContainText('South West');
    await choose(page, 'Region', 'South East');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByTestId('status')).toHaveText(
      `Changes to ${councilName} have been saved.`,
    );
    const row = page.getByRole('row', { name: new RegExp(councilName) });
    await expect(row).toContainText('South East');
    await expect(row).toContainText('300,000 to 500,000');

    await row.getByRole('button', { name: `Archive ${councilName}` }).click();
    const dialog = page.getByRole('alertdialog', { name: `Archive ${councilName}?` });
    await expectNoAccessibilityViolations(page);
    await dialog.getByRole('button', { name: 'Archive council' }).click();
    await expect(page.getByTestId('status')).toHaveText(`${councilName} has been archived.`);
    await expect(row).toHaveCount(0);
    await page.getByRole('checkbox', { name: /Show archived councils/ }).check();
    await expect(row).toContainText('Archived');
    await row.getByRole('button', { name: `Restore ${councilName}` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Restore council' }).click();
    await expect(page.getByTestId('status')).toHaveText(`${councilName} has been restored.`);
    await expect(row).toContainText('Active');
  });

  test('the deactivated user cannot sign in', async ({ page }) => {
    // A failed sign-in, but for this new account only: it does not add to the demo accounts' count.
    await page.goto('/sign-in');
    await fillSignIn(page, viewerEmail, viewerPassword);
    await expect(page.getByRole('alert')).toContainText('The email or password is not right.');
  });
});

test.describe('a council lead', () => {
  test('sees their council’s people and invites a manager', async ({ page }) => {
    const suffix = uniqueSuffix();
    await signInAs(page, DEMO.lead);
    await navLink(page, 'Council users').click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Users of ${NORTHFIELD}` }),
    ).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(DEMO.manager) })).toBeVisible();
    // Nobody deactivates themselves.
    await expect(
      page.getByRole('row', { name: new RegExp(DEMO.lead) }).getByRole('button'),
    ).toHaveCount(0);
    await expectNoAccessibilityViolations(page);

    await page.getByRole('button', { name: 'Invite a user' }).click();
    const form = page.getByRole('region', { name: 'Invite a manager or viewer' });
    await form.getByLabel('Name', { exact: true }).fill(`Mo Manager ${suffix}`);
    await form.getByLabel('Email address').fill(`mo.${suffix}@northfield.example`);
    await page.getByRole('combobox', { name: 'Role' }).click();
    await expect(page.getByRole('option')).toHaveText(['Manager', 'Viewer']);
    await page.getByRole('option', { name: 'Manager' }).click();
    await expect(form).toContainText(`They will join ${NORTHFIELD}.`);
    await form.getByRole('button', { name: 'Create invitation' }).click();

    await expect(page.getByTestId('invitation-link')).toContainText(
      `is invited as Manager of ${NORTHFIELD}.`,
    );
    await expect(
      page
        .getByTestId('users-table')
        .getByRole('row', { name: new RegExp(`mo.${suffix}@northfield.example`) }),
    ).toContainText('Invited');
    await expectNoAccessibilityViolations(page);
  });

  test('sees their own council’s audit log, newest first, with the changes', async ({ page }) => {
    await signInAs(page, DEMO.lead);
    await navLink(page, 'Audit log').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    await expect(page.getByTestId('audit-range')).toContainText('Showing events 1 to');
    const councils = await page
      .getByTestId('audit-table')
      .locator('tbody tr td:nth-child(5)')
      .allTextContents();
    expect(new Set(councils.map((c) => c.trim()))).toEqual(new Set([NORTHFIELD]));
    await expectNoAccessibilityViolations(page);
  });
});

test.describe('the audit log for a coordinator', () => {
  test('shows the whole network newest first, pages through it and filters by council', async ({
    page,
    request,
  }) => {
    // More than one page of events (25), the newest a council's creation with its details.
    for (let i = 0; i < 26; i++) await apiSignIn(request, DEMO.viewer);
    await apiSignIn(request, DEMO.coordinator);
    const council = await apiPost<Council>(request, '/api/v1/councils', {
      name: `Audit Vale Council ${uniqueSuffix()}`,
      type: 'unitary',
      region: 'North West',
      populationBand: '150k-300k',
    });

    await signInAs(page, DEMO.coordinator);
    await navLink(page, 'Audit log').click();
    const range = page.getByTestId('audit-range');
    await expect(range).toContainText('Showing events 1 to 25 of');
    const rows = page.getByTestId('audit-table').locator('tbody tr');
    // Newest first: this sign-in, then the council made just before it.
    await expect(rows.nth(0)).toContainText('Auth login succeeded');
    await expect(rows.nth(1)).toContainText('Council created');
    await expect(rows.nth(1)).toContainText(DEMO.coordinator);
    await expect(rows.nth(1)).toContainText(council.name);
    const details = rows.nth(1).locator('details');
    await details.locator('summary').click();
    await expect(details.locator('pre').last()).toContainText(council.name);
    await expectNoAccessibilityViolations(page);

    await page.getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(range).toContainText('Showing events 26 to');
    await page.getByRole('link', { name: 'Previous page' }).click();
    await expect(range).toContainText('Showing events 1 to 25');

    await choose(page, 'Show events of', council.name);
    await expect(page).toHaveURL(new RegExp(`councilId=${council.id}`));
    await expect(range).toHaveText('Showing events 1 to 1 of 1.');
    await expect(rows.nth(0)).toContainText('Council created');
  });
});
