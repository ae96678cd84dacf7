import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations, watchCspViolations } from './support/a11y';

test.describe('the app shell', () => {
  test('shows the product, its navigation and a green health check, with no CSP violations', async ({
    page,
  }) => {
    const csp = watchCspViolations(page);
    await page.goto('/');
    await expect(page.getByRole('banner')).toContainText('RCP Audit');
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('health-status')).toContainText(
      'The service and its database are working',
    );
    await expectNoAccessibilityViolations(page);
    expect(csp).toEqual([]);
  });

  test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
    await page.goto('/');
    // The app renders once it knows who is signed in.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('a deep link loads the app and shows a helpful not-found page', async ({ page }) => {
    const response = await page.goto('/councils/999/somewhere');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page).toHaveTitle(/Page not found/);
    await expectNoAccessibilityViolations(page);
  });

  test('unknown API paths are not answered with the web app', async ({ request }) => {
    const response = await request.get('/api/v1/does-not-exist');
    expect(response.status()).toBe(404);
    expect(await response.json()).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  test('a missing file is a 404, not the web app (a stale tab asking for an old chunk fails fast)', async ({
    request,
  }) => {
    const missing = await request.get('/chunk-that-is-not-there.js');
    expect(missing.status()).toBe(404);
    expect(missing.headers()['content-type']).not.toContain('text/html');
    const deepLink = await request.get('/councils/some-council/dashboard');
    expect(deepLink.status()).toBe(200);
    expect(deepLink.headers()['content-type']).toContain('text/html');
  });
});
