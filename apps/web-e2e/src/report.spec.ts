import { expect, test } from '@playwright/test';
import type { CouncilDashboard } from '@rcp/api-contract';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expectNoAccessibilityViolations, watchCspViolations } from './support/a11y';
import { DEMO, NORTHFIELD, signInAs } from './support/accounts';
import { scrollToChart } from './support/charts';
import { councilIdOf } from './support/audits';
import { waitForDashboard } from './support/dashboard';
import { elementsWiderThan, pdfPageSizes, PRINTABLE_WIDTH_PX } from './support/print';

/** Every section of the report, in order. */
const SECTIONS = [
  'report-masthead',
  'report-headline',
  'report-trend',
  'report-profile',
  'report-holding-back',
  'report-improvements',
  'report-mismatches',
  'report-wider',
  'report-perspectives',
  'report-plan',
  'report-how',
] as const;

test.describe('the council report', () => {
  test.describe.configure({ timeout: 120_000 });

  test('a lead opens Northfield’s report from the dashboard: every section, axe 0, and an A4 PDF with nothing wider than the page', async ({
    page,
  }, testInfo) => {
    const csp = watchCspViolations(page);
    await signInAs(page, DEMO.lead);
    await waitForDashboard(page);
    await page.getByTestId('dashboard-report-link').click();
    await expect(page).toHaveURL(/\/councils\/[0-9a-f-]{36}\/report\?audit=[0-9a-f-]{36}$/);

    // One h1, naming the audit; the running header names the council, the audit and the date.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Council report: H\d \d{4}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByTestId('report-masthead')).toContainText(NORTHFIELD);
    await expect(page.getByTestId('report-masthead')).toContainText(/Produced \d{1,2} \w+ \d{4}/);
    for (const id of SECTIONS) await expect(page.getByTestId(id), id).toBeVisible();

    // The headline in plain words, each chart drawn and followed by its table.
    await expect(page.getByTestId('report-headline')).toContainText(
      /The council index for H\d \d{4} is −?\d+\.\d on a scale from −100 to \+100, (up|down) \d+ points? since \w+ \d{4}/,
    );
    for (const id of ['report-trend', 'report-profile', 'report-perspectives']) {
      await scrollToChart(page.getByTestId(id));
      await expect(page.getByTestId(id).locator('svg').first(), id).toBeVisible();
      await expect(page.getByTestId(id).locator('table caption').last(), id).toContainText(
        'the figures',
      );
    }
    await expect(page.getByTestId('report-trend').locator('svg path.line').first()).toBeVisible();
    // Protocols holding the council back, and improvements, with their evidence and its date.
    await expect(page.getByTestId('report-holding-back').locator('li h3').first()).toBeVisible();
    await expect(page.getByTestId('report-improvements')).toContainText(/points higher than in/);
    await expect(page.getByTestId('report-improvements')).toContainText(
      /Rated [+−]?\d on .+; evidence (dated \d{1,2} \w+ \d{4}|not dated)\./,
    );
    await expect(page.getByTestId('report-wider')).toContainText('not counted in its index');
    await expect(page.getByTestId('report-plan')).toContainText(/planned changes?: /);
    await expect(
      page.getByTestId('report-how').getByRole('link', { name: /method/ }),
    ).toHaveAttribute('href', '/framework/how-scores-work');

    // "How to read this report" stays on the report and takes focus to that section.
    const reportUrl = page.url();
    await page.getByRole('link', { name: 'How to read this report' }).click();
    expect(page.url()).toBe(reportUrl);
    await expect(page.getByTestId('report-how')).toBeFocused();

    await expectNoAccessibilityViolations(page);
    await page.screenshot({ path: testInfo.outputPath('report-screen.png'), fullPage: true });

    // On paper: the page's width is A4's less its margins; no navigation or controls.
    await page.setViewportSize({ width: PRINTABLE_WIDTH_PX, height: 1100 });
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.getByTestId('report-print')).toBeHidden();
    await expect(page.getByTestId('report-audit')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Show as table' })).toHaveCount(0);
    await expect(page.getByTestId('report-trend').locator('svg').first()).toBeVisible();
    await expect(page.getByTestId('report-trend').locator('table')).toBeVisible();
    // The charts redraw for the narrower page a moment after it is resized.
    await expect
      .poll(() => elementsWiderThan(page, PRINTABLE_WIDTH_PX), {
        message: 'elements wider than the printable page',
      })
      .toEqual([]);
    // The running header is printed on every page, in a page-margin box.
    const pageCss = await page.locator('style[data-report-print]').textContent();
    expect(pageCss).toContain('@top-left');
    expect(pageCss).toContain(NORTHFIELD);

    await page.screenshot({ path: testInfo.outputPath('report-print.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const sizes = pdfPageSizes(pdf);
    expect(sizes.length, 'pages').toBeGreaterThanOrEqual(3);
    // A4 is 595.28 × 841.89 pt; Chromium rounds it to whole CSS pixels (595.92 × 842.88).
    for (const size of sizes) {
      expect(Math.abs(size.width - 595.6), `width ${size.width}`).toBeLessThan(1);
      expect(Math.abs(size.height - 842.4), `height ${size.height}`).toBeLessThan(1);
    }
    mkdirSync(testInfo.outputDir, { recursive: true });
    writeFileSync(testInfo.outputPath('council-report.pdf'), pdf);
    expect(csp).toEqual([]);
  });

  test('a viewer opens an earlier audit’s report from its audit page, compared with the audit before it', async ({
    page,
  }) => {
    await signInAs(page, DEMO.viewer);
    const councilId = await councilIdOf(page.request);
    const dashboard = (await (
      await page.request.get(`/api/v1/councils/${councilId}/dashboard`)
    ).json()) as CouncilDashboard;
    const [first, second] = dashboard.audits;
    await page.goto(`/audits/${second.id}`);
    await page.getByTestId('audit-report-link').click();
    await expect(page).toHaveURL(new RegExp(`/report\\?audit=${second.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `Council report: ${second.label.replace(/\s*\(.*\)$/, '')}`,
    );
    await expect(page.getByTestId('report-improvements')).toContainText(
      `since ${first.label.replace(/\s*\(.*\)$/, '')}`,
    );
    await expect(page.getByTestId('report-plan')).toBeVisible();

    // Another audit's report from the report itself: chosen, then shown with the button.
    const picker = page.getByLabel('Report on the audit');
    await expect(picker).toHaveValue(second.id);
    await picker.selectOption(first.id);
    await expect(page).toHaveURL(new RegExp(`/report\\?audit=${second.id}$`));
    await page.getByRole('button', { name: 'Show this audit' }).click();
    await expect(page).toHaveURL(new RegExp(`/report\\?audit=${first.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `Council report: ${first.label.replace(/\s*\(.*\)$/, '')}`,
    );
    await expect(picker).toHaveValue(first.id);
    await expectNoAccessibilityViolations(page);
  });

  test('the dashboard prints without its controls, its heat map within A4’s width', async ({
    page,
  }) => {
    await signInAs(page, DEMO.lead);
    await waitForDashboard(page);
    await page.setViewportSize({ width: PRINTABLE_WIDTH_PX, height: 1100 });
    await scrollToChart(page.getByTestId('chart-heatmap'));
    await expect(page.getByTestId('chart-heatmap').locator('td.heat-cell').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('button', { name: /Download all the data/ })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Show as table' })).toHaveCount(0);
    await expect(page.locator('rcp-dashboard-filters-form')).toBeHidden();
    await expect.poll(() => elementsWiderThan(page, PRINTABLE_WIDTH_PX)).toEqual([]);
  });
});
