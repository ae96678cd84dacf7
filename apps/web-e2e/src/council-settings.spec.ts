import { expect, Page, test } from '@playwright/test';
import type { Council } from '@rcp/api-contract';
import { DEMO, NORTHFIELD, signInAs } from './support/accounts';
import { expectNoAccessibilityViolations, watchCspViolations } from './support/a11y';
import { fitsWidth } from './support/layout';

const NAMED = 'Show our council by name in benchmarks';
const ANONYMISED = 'Show our council anonymised';

/** Saves a sharing choice on the settings page and checks the page says so. */
async function saveChoice(page: Page, label: string): Promise<void> {
  await page.getByRole('radio', { name: label }).check();
  await page.getByRole('button', { name: 'Save choice' }).click();
  await expect(page.getByTestId('status')).toContainText(
    'Saved. Other councils now see your council',
  );
}

test.describe('council settings', () => {
  test('a council lead changes how other councils see the council in benchmarks', async ({
    page,
  }) => {
    const csp = watchCspViolations(page);
    await signInAs(page, DEMO.lead);
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Council settings' }).click();

    await expect(page).toHaveURL(/\/councils\/[^/]+\/settings$/);
    await expect(page).toHaveTitle('Council settings – RCP Audit');
    await expect(page.getByRole('heading', { level: 1, name: 'Council settings' })).toBeVisible();
    await expect(page.getByTestId('council-details')).toContainText(NORTHFIELD);
    await expect(page.getByText('consent', { exact: false }).first()).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // Northfield starts named (demo data): anonymise it, then name it again.
    await expect(page.getByRole('radio', { name: NAMED })).toBeChecked();
    await saveChoice(page, ANONYMISED);
    await expect(page.getByTestId('current-sharing')).toHaveText('Anonymised');
    await expectNoAccessibilityViolations(page);

    await page.reload();
    await expect(page.getByRole('radio', { name: ANONYMISED })).toBeChecked();
    await saveChoice(page, NAMED);
    await expect(page.getByTestId('current-sharing')).toHaveText('Shown by name');
    expect(csp).toEqual([]);
  });

  test('a coordinator can open any council’s settings, though the menu link is for leads', async ({
    page,
  }) => {
    await signInAs(page, DEMO.coordinator);
    const response = await page.request.get('/api/v1/councils');
    expect(response.ok()).toBe(true);
    const northfield = ((await response.json()) as Council[]).find((c) => c.name === NORTHFIELD);
    expect(northfield).toBeDefined();
    await page.goto(`/councils/${northfield?.id}/settings`);
    await expect(page.getByTestId('council-details')).toContainText(NORTHFIELD);
    await expect(page.getByRole('radio', { name: ANONYMISED })).toBeVisible();

    await page.getByTestId('user-menu').click();
    await expect(page.getByRole('menuitem', { name: 'Council settings' })).toHaveCount(0);
  });

  test('a viewer is told the settings page is not for them', async ({ page }) => {
    await signInAs(page, DEMO.viewer);
    await page.goto('/councils/00000000-0000-4000-8000-000000000000/settings');
    await expect(
      page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }),
    ).toBeVisible();
  });

  test.describe('on a 320 px wide screen', () => {
    test.use({ viewport: { width: 320, height: 640 } });

    test('the settings page fits without sideways scrolling', async ({ page }) => {
      await signInAs(page, DEMO.lead);
      await page.getByTestId('user-menu').click();
      await page.getByRole('menuitem', { name: 'Council settings' }).click();
      await expect(page.getByTestId('council-details')).toContainText(NORTHFIELD);
      expect(await fitsWidth(page)).toBe(true);
    });
  });
});
