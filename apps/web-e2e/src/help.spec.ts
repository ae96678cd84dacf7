import { expect, test } from '@playwright/test';
import type { Council, Invitation } from '@rcp/api-contract';
import { expectNoAccessibilityViolations } from './support/a11y';
import { DEMO, signInAs, uniqueSuffix } from './support/accounts';
import { apiPost, apiSignIn } from './support/api';

test.describe('help: glossary, accessibility statement, API docs', () => {
  test('an anonymous page load logs nothing in the console: no 401, no error', async ({ page }) => {
    const messages: string[] = [];
    const failed: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') messages.push(m.text());
    });
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto('/');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByTestId('health-status')).toContainText('working');
    expect(failed).toEqual([]);
    expect(messages).toEqual([]);
  });

  test('the accessibility statement is linked from the footer and follows the GOV.UK model', async ({
    page,
  }) => {
    await page.goto('/');
    await page
      .getByRole('contentinfo')
      .getByRole('link', { name: 'Accessibility statement' })
      .click();
    await expect(page).toHaveTitle('Accessibility statement – RCP Audit');
    for (const heading of [
      'How accessible this website is',
      'Feedback and contact information',
      'Reporting accessibility problems with this website',
      'Enforcement procedure',
      'Compliance status',
      'Non-accessible content',
      'Preparation of this accessibility statement',
    ]) {
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    }
    await expect(page.getByTestId('compliance-status')).toContainText('partially compliant');
    await expect(
      page.getByRole('link', { name: /Equality Advisory and Support Service/ }),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: /Equality Commission for Northern Ireland/ }),
    ).toBeVisible();
    await expect(page.getByTestId('statement-dates')).toContainText(
      'This statement was prepared on',
    );
    await expectNoAccessibilityViolations(page);
  });

  test('the API documentation at /api/docs passes axe', async ({ page }) => {
    // Axe reads every one of the API's operations: slow on a busy machine.
    test.setTimeout(120_000);
    await page.goto('/api/docs');
    await expect(page.locator('.opblock').first()).toBeVisible();
    await expectNoAccessibilityViolations(page);
    // An operation opened shows its parameters and responses, still without violations.
    await page.locator('.opblock-summary-control').first().click();
    await expect(page.locator('.opblock-body').first()).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test('a term’s first use on the dashboard leads to its glossary entry', async ({ page }) => {
    await signInAs(page, DEMO.viewer);
    await page.getByRole('main').getByRole('link', { name: 'council index', exact: true }).click();
    await expect(page).toHaveURL(/\/help\/glossary#council-index$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
    await expect(page.locator('#council-index')).toBeFocused();
    await expect(page.getByTestId('glossary')).toContainText('Carried forward');
    await expectNoAccessibilityViolations(page);
  });

  test('the benchmarks page explains itself in a “How to use this page” disclosure', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await signInAs(page, DEMO.lead);
    await page.goto('/benchmarks');
    const help = page.getByTestId('page-help');
    await help.getByText('How to use this page').click();
    await expect(help.getByRole('link', { name: 'peer group' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test('the audit page explains itself, linking its terms to the glossary', async ({ page }) => {
    test.setTimeout(90_000);
    await signInAs(page, DEMO.lead);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Audits' })
      .click();
    await page.getByTestId('audits-table').getByRole('link').first().click();
    const help = page.getByTestId('page-help');
    await help.getByText('How to use this page').click();
    await expect(help.getByRole('link', { name: 'carried forward' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
});

test.describe('getting started, for a new council', () => {
  test('a new council’s lead sees the checklist with each step linked, ticks as they go, and can hide it', async ({
    page,
    request,
  }) => {
    await apiSignIn(request, DEMO.coordinator);
    const council = await apiPost<Council>(request, '/api/v1/councils', {
      name: `Fresh Start Council ${uniqueSuffix()}`,
      type: 'district',
      region: 'South West',
      populationBand: 'under-150k',
    });
    const invitation = await apiPost<Invitation>(request, '/api/v1/invitations', {
      email: `lead-${uniqueSuffix()}@fresh.example`,
      displayName: 'Fresh Lead',
      role: 'lead',
      councilId: council.id,
    });
    expect(invitation.acceptUrl).toMatch(/\/invitations\/[\w-]+$/);
    const token = String(invitation.acceptUrl).split('/').pop();
    await page.request.get('/api/v1/health');
    await apiPost(page.request, `/api/v1/invitations/${token}/accept`, {
      password: 'a perfectly fine passphrase',
    });

    await page.goto('/');
    const checklist = page.getByTestId('getting-started');
    await expect(checklist).toContainText('0 of 4 steps done');
    await expect(
      checklist.getByRole('link', { name: 'Build your protocol register' }),
    ).toHaveAttribute('href', `/councils/${council.id}/register`);
    await expectNoAccessibilityViolations(page);

    // Adding a protocol from the library ticks the first step.
    await apiPost(page.request, `/api/v1/councils/${council.id}/protocols/from-library`, {
      keys: ['caseload-size'],
    });
    await page.reload();
    await expect(checklist).toContainText('1 of 4 steps done');
    await expect(checklist.locator('[data-step="register"]')).toContainText('Done');

    await checklist.getByRole('button', { name: 'Hide this checklist' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'hidden in this browser' }),
    ).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Council dashboard' })).toBeVisible();
    await expect(checklist).toHaveCount(0);
  });

  test('the demo lead, whose council has done every step, does not see it', async ({ page }) => {
    await signInAs(page, DEMO.lead);
    await expect(page.getByRole('heading', { level: 1, name: 'Council dashboard' })).toBeVisible();
    await expect(page.getByTestId('dashboard-status')).not.toHaveText('Loading the dashboard…');
    await expect(page.getByTestId('getting-started')).toHaveCount(0);
  });
});
