import { expect, test } from '@playwright/test';
import { DEMO, signInAs } from './support/accounts';
import { fitsWidth } from './support/layout';

test.describe('on a 320 px wide screen (WCAG 1.4.10 reflow)', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the sign-in page and the coordinator’s pages fit without sideways scrolling', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(await fitsWidth(page), '/sign-in').toBe(true);

    await signInAs(page, DEMO.coordinator);
    for (const [path, heading] of [
      ['/', 'RCP Audit'],
      ['/admin/councils', 'Councils'],
      ['/admin/users', 'Users'],
      ['/audit-log', 'Audit log'],
    ]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      expect(await fitsWidth(page), path).toBe(true);
    }

    await page.goto('/admin/users');
    await page.getByRole('button', { name: 'Invite a user' }).click();
    await expect(page.getByRole('heading', { name: 'Invite a user' })).toBeVisible();
    expect(await fitsWidth(page), 'invite form').toBe(true);
  });
});
