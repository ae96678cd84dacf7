import { expect, test } from '@playwright/test';
import { fillSignIn, uniqueSuffix } from './support/accounts';
import { expectNoAccessibilityViolations } from './support/a11y';

test('after repeated failures for one account, the page says how long to wait', async ({
  page,
}) => {
  // A made-up account: the throttle counts per account and address, so nobody else waits.
  const email = `typist-${uniqueSuffix()}@nowhere.example`;
  await page.goto('/sign-in');
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  for (let i = 1; i <= 5; i++) {
    const answer = page.waitForResponse('**/api/v1/auth/login');
    await fillSignIn(page, email, `typo-${i}`);
    expect((await answer).status()).toBe(401);
  }
  // The wait doubles from 1 second, so keep trying until the page asks for one.
  await expect(async () => {
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(summary).toContainText(
      /Too many sign-in attempts\. Wait \d+ seconds?, then try again\./,
      { timeout: 1_000 },
    );
  }).toPass({ timeout: 30_000 });
  await expect(summary).toBeFocused();
  await expectNoAccessibilityViolations(page);
});
