import { expect, Page, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support/a11y';
import { DEMO, navLink, signInAs } from './support/accounts';
import { fillUkDate } from './support/dates';
import { ownCouncilId } from './support/register';

test.describe.configure({ timeout: 60_000 });

/** The column heading (a th with a sort button) of a table. */
function heading(page: Page, table: string, name: string) {
  return page.getByTestId(table).getByRole('columnheader', { name: new RegExp(`^${name}`) });
}

test.describe('tables each user sorts and trims, remembered on the server', () => {
  // A desktop screen of 1280 px: the register's default columns fit without sideways scrolling.
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the register shows owner and review date at 1280 px, sorts by a heading, and keeps the choice across a reload', async ({
    page,
  }) => {
    // The viewer: other journeys use the lead's register view.
    await signInAs(page, DEMO.viewer);
    const councilId = await ownCouncilId(page);
    await page.goto(`/councils/${councilId}/register`);
    const table = page.getByTestId('register-table');
    await expect(table).toBeVisible();

    // Scrolled down to the table (the page only, never sideways), Owner and Review date show.
    await table.evaluate((t) => window.scrollTo(0, t.getBoundingClientRect().top + scrollY - 100));
    await expect(heading(page, 'register-table', 'Owner')).toBeInViewport();
    await expect(heading(page, 'register-table', 'Review date')).toBeInViewport();
    const scrolls = await table.evaluate((t) => {
      const region = t.parentElement as HTMLElement;
      return region.scrollWidth > region.clientWidth;
    });
    expect(scrolls, 'the register scrolls sideways').toBe(false);

    // Sort by owner: the heading says so (aria-sort), and the owners run A to Z.
    await expect(heading(page, 'register-table', 'Name')).toHaveAttribute('aria-sort', 'ascending');
    await heading(page, 'register-table', 'Owner').getByRole('button').click();
    await expect(heading(page, 'register-table', 'Owner')).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await expect(heading(page, 'register-table', 'Name')).not.toHaveAttribute('aria-sort');
    await expect(page.getByTestId('register-shown')).toContainText('Sorted by owner, A to Z.');
    const owners = await table.evaluate((t) => {
      const column = Array.from(t.querySelectorAll('thead th')).findIndex((th) =>
        th.textContent?.includes('Owner'),
      );
      return Array.from(t.querySelectorAll('tbody tr')).map(
        (tr) => tr.children[column]?.textContent?.trim() ?? '',
      );
    });
    expect(owners.length).toBeGreaterThan(1);
    // Protocols without an owner ("Not given") come last, whichever way the column is turned.
    const given = owners.filter((o) => o !== 'Not given');
    expect(owners.slice(0, given.length)).toEqual(
      [...given].sort((a, b) => a.localeCompare(b, 'en-GB')),
    );

    // Choose columns: show Reach, hide Type.
    await page.getByText('Choose columns').click();
    const chooser = page.getByRole('group', { name: 'Columns to show in the register' });
    await chooser.getByRole('checkbox', { name: 'Reach' }).check();
    await chooser.getByRole('checkbox', { name: 'Type' }).uncheck();
    await expect(heading(page, 'register-table', 'Reach')).toBeVisible();
    await expect(heading(page, 'register-table', 'Type')).toHaveCount(0);
    await expectNoAccessibilityViolations(page);

    // Saved on the server: a reload (or another device) shows the same table.
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/me/table-views') && r.request().method() === 'GET',
    );
    await page.reload();
    await saved;
    await expect(heading(page, 'register-table', 'Reach')).toBeVisible();
    await expect(heading(page, 'register-table', 'Type')).toHaveCount(0);
    await expect(heading(page, 'register-table', 'Owner')).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  test('the audits table sorts by council index and remembers it', async ({ page }) => {
    await signInAs(page, DEMO.viewer);
    await navLink(page, 'Audits').click();
    await expect(page.getByTestId('audits-table')).toBeVisible();
    await expect(heading(page, 'audits-table', 'Period')).toHaveAttribute(
      'aria-sort',
      'descending',
    );

    await heading(page, 'audits-table', 'Council index').getByRole('button').click();
    await expect(heading(page, 'audits-table', 'Council index')).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(page.getByTestId('audits-sort')).toHaveText(
      'Sorted by council index, highest first.',
    );
    await expectNoAccessibilityViolations(page);

    await page.reload();
    await expect(heading(page, 'audits-table', 'Council index')).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });
});

test.describe('the library’s selection bar', () => {
  test('stays in sight while the lead scrolls through the library', async ({ page }) => {
    await signInAs(page, DEMO.lead);
    await navLink(page, 'Protocol library').click();
    const selectable = page.getByRole('checkbox', { name: /^Select / });
    await selectable.first().check();
    const bar = page.getByTestId('library-selection');
    await expect(bar).toContainText('1 selected');
    // Half-way down the (long) list, the bar is still on screen.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect(bar).toBeInViewport();
    await expect(bar.getByRole('button', { name: 'Add 1 selected to our register' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await bar.getByRole('button', { name: 'Clear selection' }).click();
    await expect(bar).toHaveCount(0);
  });
});

test.describe('dates typed the UK way: day, month, year', () => {
  test('the benchmarks “as at” date takes 31 3 2026, and says which box is wrong', async ({
    page,
  }) => {
    await signInAs(page, DEMO.lead);
    await navLink(page, 'Benchmarks').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Benchmarks' })).toBeVisible();

    await fillUkDate(page, 'As at', '31 3 2026');
    await expect(page).toHaveURL(/asAt=2026-03-31/);
    await expect(page.getByText(/as at 31 March 2026/).first()).toBeVisible();

    const asAt = page.getByRole('group', { name: 'As at' });
    await asAt.getByLabel('Day', { exact: true }).fill('31');
    await asAt.getByLabel('Month', { exact: true }).fill('2');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(asAt).toContainText('The “as at” date must be a real date');
    await expect(asAt.getByLabel('Day', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(asAt.getByLabel('Month', { exact: true })).not.toHaveAttribute('aria-invalid');
    // Nothing changed while the date was not one.
    await expect(page).toHaveURL(/asAt=2026-03-31/);
    await expectNoAccessibilityViolations(page);
  });
});
