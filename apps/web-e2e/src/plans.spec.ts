import { expect, Page, test } from '@playwright/test';
import type { CouncilDashboard, PlanProjection, CurrentUser } from '@rcp/api-contract';
import { expectNoAccessibilityViolations } from './support/a11y';
import { DEMO, signInAs } from './support/accounts';
import { apiSignIn } from './support/api';
import { asNumber, fitsWidth, waitForDashboard } from './support/dashboard';

/** The number a projection cell shows ("−3.1" → −3.1). */
async function shown(page: Page, testId: string): Promise<number> {
  return Number(asNumber(await page.getByTestId(testId).first().textContent()));
}

test.describe('change plans', () => {
  test.describe.configure({ timeout: 120_000 });

  test('a manager plans a change to a mismatch by keyboard, sees its projected effect (as the API projects it) and agrees it', async ({
    page,
    request,
  }) => {
    const differences: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /projection differs/.test(m.text())) differences.push(m.text());
    });
    await apiSignIn(request, DEMO.manager);
    const me = (await (await request.get('/api/v1/auth/me')).json()) as CurrentUser;
    const councilId = me.councilId as string;
    const dashboard = (await (
      await request.get(`/api/v1/councils/${councilId}/dashboard`)
    ).json()) as CouncilDashboard;
    const mismatch = dashboard.mismatches[0];
    expect(mismatch, 'Northfield has a mismatch').toBeDefined();
    const projection = async (includeProposed: boolean) =>
      (await (
        await request.get(
          `/api/v1/councils/${councilId}/plan/projection?includeProposed=${includeProposed}`,
        )
      ).json()) as PlanProjection;

    // From the dashboard's mismatch to the form, prefilled as a replace with suggested targets.
    await signInAs(page, DEMO.manager);
    await waitForDashboard(page);
    await page
      .getByTestId('mismatches')
      .getByRole('link', { name: `Plan a change to ${mismatch.name}` })
      .click();
    await expect(page).toHaveURL(/\/plan\/new\?/);
    await expect(page.getByRole('heading', { level: 1, name: 'Plan a change' })).toBeVisible();
    await expect(page.getByTestId('kind-replace')).toBeChecked();
    await expect(page.getByTestId('target-source')).toBeVisible();
    await expect(page.getByTestId('change-title')).toHaveValue(`Replace ${mismatch.name}`);
    await expectNoAccessibilityViolations(page);

    // Keyboard only: Tab from the last field into the grid, then rate every cell +2, one −1.
    await page.locator('#status').focus();
    await page.keyboard.press('Tab');
    const cells = page.getByTestId('target-grid').getByRole('gridcell');
    await expect(cells.first()).toBeFocused();
    const count = await cells.count();
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('2');
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Home');
    await page.keyboard.press('-');
    await page.keyboard.press('1');
    await expect(cells.first()).toContainText('−1');
    await expect(cells.last()).toContainText('+2');
    await page.keyboard.press('End');
    await page.keyboard.press('n');
    await expect(cells.last()).toContainText('N/A');
    await page.keyboard.press('Delete');
    await expect(cells.last()).not.toContainText('N/A');
    await page.keyboard.press('2');
    await page.getByLabel('Due date').fill('2026-12-31');
    await page.getByTestId('change-save').focus();
    await page.keyboard.press('Enter');

    // The plan page: the change is listed; once proposed changes are included, the index moves.
    await expect(page).toHaveURL(new RegExp(`/councils/${councilId}/plan$`));
    await expect(page.getByTestId('notice')).toContainText('is in the plan');
    await expect(page.getByTestId('plan-table')).toContainText(`Replace ${mismatch.name}`);
    const before = await shown(page, 'projection-before');
    expect(await shown(page, 'projection-after')).toBeCloseTo(before, 1);
    await page.getByTestId('include-proposed').check();
    const withProposed = await projection(true);
    await expect
      .poll(() => shown(page, 'projection-after'))
      .toBeCloseTo(withProposed.after?.index ?? NaN, 1);
    expect(withProposed.indexDelta).toBeGreaterThan(0);
    expect(await shown(page, 'projection-before')).toBeCloseTo(
      withProposed.before?.index ?? NaN,
      1,
    );
    await expect(page.getByTestId('projection-summary')).toContainText('1 selected change lands');
    await expectNoAccessibilityViolations(page);

    // Agree it: then it is in the default projection.
    await page.getByRole('link', { name: `Replace ${mismatch.name}` }).click();
    await expect(page.getByTestId('change-status')).toContainText('Status: Proposed');
    await page.getByTestId('status-agreed').click();
    await expect(page.getByTestId('change-status')).toContainText('Status: Agreed');
    await expect(page.getByRole('heading', { name: 'Status history' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.getByRole('link', { name: 'Change plan' }).click();
    const agreed = await projection(false);
    expect(agreed.selectedIds).toHaveLength(1);
    await expect
      .poll(() => shown(page, 'projection-after'))
      .toBeCloseTo(agreed.after?.index ?? NaN, 1);

    // At 320 px the page fits: the projection stacks above the list, tables scroll in their own region.
    await page.setViewportSize({ width: 320, height: 640 });
    await expect(page.getByTestId('projection')).toBeVisible();
    expect(await fitsWidth(page)).toBe(true);
    await expectNoAccessibilityViolations(page);
    expect(differences).toEqual([]);
  });
});
