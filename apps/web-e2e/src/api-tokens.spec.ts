import { expect, test } from '@playwright/test';
import type { CreatedApiToken, CurrentUser } from '@rcp/api-contract';
import { DEMO, signInAs, uniqueSuffix } from './support/accounts';
import { expectNoAccessibilityViolations, watchCspViolations } from './support/a11y';
import { apiPost, apiSignIn } from './support/api';
import { fillUkDate } from './support/dates';

/** A date three months ahead, as a UK user types it ("31 3 2027"). */
function inThreeMonths(): string {
  const date = new Date();
  date.setDate(date.getDate() + 90);
  return `${date.getDate()} ${date.getMonth() + 1} ${date.getFullYear()}`;
}

test.describe('API tokens', () => {
  test('a council lead creates a token, sees it once, a BI tool reads the feed with it, then it is revoked', async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000); // five accessibility scans on a shared machine
    const csp = watchCspViolations(page);
    await signInAs(page, DEMO.lead);
    const me = (await (await page.request.get('/api/v1/auth/me')).json()) as CurrentUser;
    const feed = `/api/v1/councils/${me.councilId}/feeds/ratings.csv`;

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'API tokens' }).click();
    await expect(page).toHaveTitle('API tokens – RCP Audit');
    await expect(page.getByRole('heading', { level: 1, name: 'API tokens' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // Asking without an answer shows the errors, GOV.UK style.
    await page.getByRole('button', { name: 'Create a token' }).click();
    await page.getByRole('button', { name: 'Create token' }).click();
    await expect(page.getByText('Enter a name for the token').first()).toBeVisible();
    await expectNoAccessibilityViolations(page);

    const name = `Power BI ${uniqueSuffix()}`;
    await page.getByLabel('Name').fill(name);
    await fillUkDate(page, 'Expiry date', inThreeMonths());
    await page.getByRole('button', { name: 'Create token' }).click();

    const panel = page.getByTestId('token-secret');
    await expect(panel).toBeFocused();
    await expect(panel).toContainText('It is shown only once');
    const token = (await page.getByTestId('token-secret-value').innerText()).trim();
    expect(token).toMatch(/^rcp_[A-Za-z0-9_-]{43}$/);
    await expectNoAccessibilityViolations(page);

    // A BI tool: no cookies, no XSRF header, only the token.
    const read = await request.get(feed, { headers: { Authorization: `Bearer ${token}` } });
    expect(read.status()).toBe(200);
    expect(read.headers()['content-type']).toContain('text/csv');
    const write = await request.post(`/api/v1/councils/${me.councilId}/audits`, {
      headers: { Authorization: `Bearer ${token}` },
      data: {},
    });
    expect(write.status()).toBe(403);

    // Once dismissed, the secret is gone for good: only its prefix is listed.
    await page.getByRole('button', { name: 'I have copied it' }).click();
    await expect(page.getByTestId('token-secret')).toHaveCount(0);
    const row = page.getByTestId('api-tokens-table').getByRole('row').filter({ hasText: name });
    await expect(row).toContainText(token.slice(0, 12));
    await expect(page.getByText(token)).toHaveCount(0);

    await row.getByRole('button', { name: `Revoke ${name}` }).click();
    await expectNoAccessibilityViolations(page);
    await page.getByRole('button', { name: 'Revoke token' }).click();
    await expect(page.getByTestId('status')).toContainText('has been revoked');
    await expect(row).toHaveCount(0);

    // At once on the process that revoked it; another API process may trust it for 5 seconds more.
    await expect
      .poll(
        async () =>
          (await request.get(feed, { headers: { Authorization: `Bearer ${token}` } })).status(),
        { timeout: 8_000, intervals: [500] },
      )
      .toBe(401);
    await expectNoAccessibilityViolations(page);
    expect(csp).toEqual([]);
  });

  test('the audit log says when a refused write came through an API token, not the browser', async ({
    page,
    request,
  }) => {
    await apiSignIn(request, DEMO.lead);
    const me = (await (await request.get('/api/v1/auth/me')).json()) as CurrentUser;
    const name = `Excel ${uniqueSuffix()}`;
    const created = await apiPost<CreatedApiToken>(
      request,
      `/api/v1/councils/${me.councilId}/api-tokens`,
      { name, expiresOn: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10) },
    );
    const write = await request.post(`/api/v1/councils/${me.councilId}/audits`, {
      headers: { Authorization: `Bearer ${created.token}` },
      data: {},
    });
    expect(write.status()).toBe(403);

    await signInAs(page, DEMO.lead);
    await page.goto('/audit-log?action=access.denied');
    const row = page.getByTestId('audit-table').getByRole('row').filter({ hasText: name });
    await expect(row).toContainText(DEMO.lead);
    await expect(row.getByTestId('audit-via-token')).toHaveText(
      `via API token “${name}” (${created.prefix}…)`,
    );
    await expectNoAccessibilityViolations(page);
  });

  test('a manager has no API tokens page', async ({ page }) => {
    await signInAs(page, DEMO.manager);
    await page.getByTestId('user-menu').click();
    await expect(page.getByRole('menuitem', { name: 'API tokens' })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await page.goto('/api-tokens');
    await expect(
      page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }),
    ).toBeVisible();
  });
});
