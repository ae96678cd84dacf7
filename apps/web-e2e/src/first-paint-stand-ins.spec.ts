import { expect, Locator, Page, Route, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support/a11y';
import { DEMO, signInAs } from './support/accounts';
import { waitForDashboard } from './support/dashboard';

/** The rendered size of an element, in CSS pixels. */
async function sizeOf(locator: Locator): Promise<{ width: number; height: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not rendered');
  return { width: Math.round(box.width), height: Math.round(box.height) };
}

/**
 * Holds back the script chunk whose code contains `marker` until `release` is called, so a test
 * can look at what stands in for it meanwhile.
 */
async function holdChunk(page: Page, marker: string): Promise<{ release: () => void }> {
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/chunk-[\w-]+\.js$/, async (route: Route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes(marker)) await released;
    await route.fulfill({ response, body });
  });
  return { release };
}

// Material's menu and select load after the first paint; what stands in for them until then
// takes the same room, so nothing moves when they arrive.
test.describe('stand-ins drawn before Material loads', () => {
  test('the dashboard filters: the same values, in the same room, until the form loads', async ({
    page,
  }) => {
    await signInAs(page, DEMO.lead);
    const form = await holdChunk(page, 'dashboard-compare');
    await page.goto('/');
    await waitForDashboard(page);
    const filters = page.getByRole('region', { name: 'Choose what to show' });
    const preview = filters.getByTestId('dashboard-filters-preview');
    await expect(preview).toContainText('All service areas');
    await expect(preview).toContainText('All protocols');
    await expect(filters.getByRole('combobox')).toHaveCount(0);
    const before = await sizeOf(filters);
    await expectNoAccessibilityViolations(page);

    form.release();
    await expect(filters.getByRole('combobox', { name: 'Service area' })).toHaveText(
      'All service areas',
    );
    await expect(preview).toHaveCount(0);
    expect(await sizeOf(filters)).toEqual(before);
  });

  test('the user menu: its button is drawn at once, and the first press loads and opens the menu', async ({
    page,
  }) => {
    await signInAs(page, DEMO.lead);
    const menu = await holdChunk(page, 'user-menu__who');
    await page.goto('/');
    await waitForDashboard(page);
    const button = page.getByTestId('user-menu');
    await expect(button).toContainText('Northfield Lead');
    await expect(button).toContainText('Council lead');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    const before = await sizeOf(button);

    menu.release();
    await button.click();
    await expect(page.getByRole('menuitem').first()).toBeFocused();
    await expect(page.getByTestId('user-menu')).toHaveAttribute('aria-expanded', 'true');
    expect(await sizeOf(page.getByTestId('user-menu'))).toEqual(before);
    // Escape closes it and gives focus back to the button, as Material's menu does.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('user-menu')).toBeFocused();
    await expect(page.getByRole('menu')).toHaveCount(0);
  });
});
