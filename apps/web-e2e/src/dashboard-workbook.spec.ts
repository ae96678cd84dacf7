import { expect, test } from '@playwright/test';
import type { CouncilDashboard, CurrentUser } from '@rcp/api-contract';
import { Workbook } from 'exceljs';
import { expectNoAccessibilityViolations, watchCspViolations } from './support/a11y';
import { DEMO, NORTHFIELD, signInAs } from './support/accounts';
import { asNumber, waitForDashboard } from './support/dashboard';

test.describe('the dashboard as one workbook', () => {
  test.describe.configure({ timeout: 120_000 });

  test('a viewer downloads every chart’s table as one .xlsx, the same numbers as the page', async ({
    page,
  }) => {
    const csp = watchCspViolations(page);
    await signInAs(page, DEMO.viewer);
    await waitForDashboard(page);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download all the data (.xlsx)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(
      /^northfield-borough-council-dashboard-[a-z0-9-]+\.xlsx$/,
    );

    const book = new Workbook();
    await book.xlsx.readFile((await file.path()) ?? '');
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'README',
      'Headline',
      'Index over time',
      'Protocol load',
      'Biggest movers',
      'Principle profile',
      'By category',
      'By service area',
      'Mismatches',
      'Perspective gaps',
      'Ratings heat map',
    ]);
    expect(book.getWorksheet('README')?.getCell('B3').value).toBe(NORTHFIELD);

    // The headline index on the page is the workbook's, and the heat map has every protocol.
    const index = Number(asNumber(await page.getByTestId('headline-index').textContent()));
    const headline = book.getWorksheet('Headline');
    expect(headline?.getCell('A2').value).toBe('Council index');
    expect(Number(headline?.getCell('B2').value)).toBeCloseTo(index, 1);
    const me = (await (await page.request.get('/api/v1/auth/me')).json()) as CurrentUser;
    const dashboard = (await (
      await page.request.get(`/api/v1/councils/${me.councilId}/dashboard`)
    ).json()) as CouncilDashboard;
    // A header row, then one row per protocol of the heat map.
    expect(book.getWorksheet('Ratings heat map')?.rowCount).toBe(dashboard.heatmap.rows.length + 1);
    expect(book.getWorksheet('Biggest movers')?.rowCount).toBe(dashboard.movers.length + 1);

    await expectNoAccessibilityViolations(page);
    expect(csp).toEqual([]);
  });
});
