import { expect, test } from '@playwright/test';
import type { Council, CouncilDashboard } from '@rcp/api-contract';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { expectNoAccessibilityViolations, watchCspViolations } from './support/a11y';
import { choose, DEMO, NORTHFIELD, signInAs, uniqueSuffix } from './support/accounts';
import { apiPost, apiSignIn } from './support/api';
import {
  asNumber,
  expectEveryChartDrawn,
  lastTableRow,
  moverChanges,
  showEveryChartAsTable,
  waitForDashboard,
} from './support/dashboard';
import { fitsWidth } from './support/layout';

/** The fixed path of the dashboard screenshot kept as a test artefact. */
const SCREENSHOT = 'test-output/dashboard.png';

/** Northfield's people; the lead's full-page view is kept as the dashboard screenshot. */
const COUNCIL_PEOPLE = [
  { role: 'council lead', email: DEMO.lead, screenshots: [SCREENSHOT] },
  { role: 'manager', email: DEMO.manager, screenshots: [] },
  { role: 'viewer', email: DEMO.viewer, screenshots: [] },
];

test.describe('the council dashboard', () => {
  // Big pages: every chart, a 45 × 16 heat map, and two axe scans.
  test.describe.configure({ timeout: 120_000 });

  for (const { role, email, screenshots } of COUNCIL_PEOPLE) {
    test(`a ${role} lands on Northfield's dashboard: every chart, its table, the same numbers, no axe violations`, async ({
      page,
    }, testInfo) => {
      const csp = watchCspViolations(page);
      await signInAs(page, email);
      await expect(page).toHaveURL(/\/$/);
      await waitForDashboard(page);
      await expect(page.getByText(NORTHFIELD, { exact: true }).first()).toBeVisible();
      await expectEveryChartDrawn(page);

      // Headline: the index, its change in words and with an arrow, coverage, classes, the wider environment apart.
      const index = asNumber(await page.getByTestId('headline-index').textContent());
      expect(index).toMatch(/^-?\d+\.\d$/);
      await expect(page.getByTestId('headline-change')).toContainText(
        /(▲ up|▼ down) \d+\.\d points|no change/,
      );
      await expect(page.getByTestId('headline-coverage')).toContainText('%');
      await expect(page.getByTestId('headline-classes')).toContainText('Enabling');
      await expect(page.getByTestId('headline-wider')).toContainText('does not control');
      await expect(page.getByTestId('chart-trend')).toContainText(/The index (rose|fell|was) from/);
      await expect(page.getByTestId('perspective-gap')).toContainText(/\d+\.\d/);

      await page.screenshot({ path: testInfo.outputPath('dashboard.png'), fullPage: true });
      for (const path of screenshots) {
        mkdirSync(dirname(path), { recursive: true });
        await page.screenshot({ path, fullPage: true });
      }
      await expectNoAccessibilityViolations(page);

      await showEveryChartAsTable(page);
      // The table behind the line chart ends with the chosen (latest) audit: the headline's number.
      const latest = lastTableRow(page.getByTestId('chart-trend'));
      await expect(latest.locator('td').nth(1)).toHaveText(index);
      await expect(page.getByTestId('chart-heatmap').getByRole('table')).toContainText('Score');
      await expectNoAccessibilityViolations(page);
      expect(csp).toEqual([]);
    });
  }

  test('a coordinator sees every council on the home page, sorts them and opens one', async ({
    page,
    request,
  }) => {
    await apiSignIn(request, DEMO.coordinator);
    const councils = (await (await request.get('/api/v1/councils')).json()) as Council[];
    const active = councils.filter((c) => !c.archived);
    expect(active.length).toBeGreaterThanOrEqual(12);

    await signInAs(page, DEMO.coordinator);
    await expect(
      page.getByRole('heading', { level: 1, name: 'The RCP Audit network' }),
    ).toBeVisible();
    const rows = page.getByTestId('network-row');
    await expect(rows).toHaveCount(active.length);
    await expect(page.getByTestId('network-summary')).toContainText(
      `${active.length} councils in the network: latest indexes range from`,
    );
    await expect(page.getByTestId('health-status')).toContainText('working');
    await expectNoAccessibilityViolations(page);

    // Sorted by latest index, highest first: the first row's index is the highest.
    await page.getByRole('button', { name: 'Latest index' }).click();
    await expect(page.getByRole('columnheader', { name: /Latest index/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    const indexes = (await rows.locator('td:nth-of-type(3) strong').allTextContents())
      .map(asNumber)
      .filter((t) => t !== '–')
      .map(Number);
    expect(indexes).toEqual([...indexes].sort((a, b) => b - a));

    await page.getByRole('link', { name: NORTHFIELD }).click();
    await expect(page).toHaveURL(/\/councils\/[0-9a-f-]+\/dashboard$/);
    await waitForDashboard(page);
    await expect(page.getByText(NORTHFIELD, { exact: true }).first()).toBeVisible();
    await expectEveryChartDrawn(page);
    await expectNoAccessibilityViolations(page);
  });

  test('choosing a service area changes the numbers, with one request, and the address keeps it', async ({
    page,
  }) => {
    await signInAs(page, DEMO.lead);
    await waitForDashboard(page);
    const all = await page.getByTestId('headline-index').textContent();
    const load = await page.getByTestId('headline-load').locator('.headline__number').textContent();

    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/dashboard')) requests.push(r.url());
    });
    await choose(page, 'Service area', 'Housing');
    await expect(page).toHaveURL(/serviceArea=Housing/);
    await expect(page.getByTestId('dashboard-status')).toContainText('all protocols in Housing');
    await expect(page.getByTestId('headline-index')).not.toHaveText(all ?? '');
    await expect(page.getByTestId('headline-load').locator('.headline__number')).not.toHaveText(
      load ?? '',
    );
    await expect(page.getByTestId('headline-index')).toBeVisible();
    expect(requests).toHaveLength(1);
    expect(requests[0]).toContain('serviceArea=Housing');
    // Focus stays on the filter that was changed.
    await expect(page.getByRole('combobox', { name: 'Service area' })).toBeFocused();

    // The address is shareable: opening it again shows the same view.
    await page.reload();
    await waitForDashboard(page);
    await expect(page.getByTestId('dashboard-status')).toContainText('in Housing');

    await choose(
      page,
      'Protocols',
      'Wider environment (the council shapes but does not control it)',
    );
    await expect(page).toHaveURL(/scope=wider/);
    await expect(page.getByTestId('dashboard-status')).toContainText('the wider environment');
    await expectNoAccessibilityViolations(page);
  });

  test('the biggest movers say what changed behind them and link to the protocol', async ({
    page,
  }) => {
    await signInAs(page, DEMO.lead);
    await waitForDashboard(page);
    const audits = page.getByRole('combobox', { name: 'Audit' });
    await audits.click();
    const labels = (await page.getByRole('option').allTextContents()).map((t) => t.trim());
    await page.keyboard.press('Escape');
    // The list closes with an animation; a click on the field while it closes is ignored.
    await expect(page.getByRole('listbox')).toHaveCount(0);
    expect(labels.length).toBeGreaterThanOrEqual(2);

    const seen: string[] = [];
    seen.push(...(await moverChanges(page)));
    // Every audit but the first (which has nothing to compare with), latest first.
    for (const label of labels.slice(1, -1)) {
      await choose(page, 'Audit', label);
      await expect(page.getByTestId('dashboard-status')).toContainText(
        `Showing ${label.replace(/\s*\(.*$/, '')}`,
      );
      seen.push(...(await moverChanges(page)));
    }
    expect(seen.some((t) => /^Retired(: .+)?$/.test(t))).toBe(true);
    expect(seen.some((t) => /^Ratings changed: .+ → .+/.test(t))).toBe(true);

    const link = page.getByTestId('mover').first().getByRole('link').first();
    await expect(link).toHaveAttribute('href', /\/councils\/[0-9a-f-]+\/register\/[0-9a-f-]+$/);
  });

  test('a council without a submitted audit gets a helpful message and a link to its audits', async ({
    page,
    request,
  }) => {
    await apiSignIn(request, DEMO.coordinator);
    const council = await apiPost<Council>(request, '/api/v1/councils', {
      name: `Empty Dashboard Council ${uniqueSuffix()}`,
      type: 'district',
      region: 'South West',
      populationBand: 'under-150k',
    });
    const response = await request.get(`/api/v1/councils/${council.id}/dashboard`);
    expect(((await response.json()) as CouncilDashboard).audits).toEqual([]);

    await signInAs(page, DEMO.coordinator);
    await page.goto(`/councils/${council.id}/dashboard`);
    const empty = page.getByTestId('dashboard-empty');
    await expect(empty).toContainText('No submitted audits yet');
    await expect(empty.getByRole('link', { name: /audits/ })).toHaveAttribute(
      'href',
      `/councils/${council.id}/audits`,
    );
    await expectNoAccessibilityViolations(page);
  });
});

test.describe('the dashboard on a 320 px wide screen (WCAG 1.4.10 reflow)', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test.describe.configure({ timeout: 120_000 });

  test('charts, tables and the heat map scroll inside their own regions, never the page', async ({
    page,
  }) => {
    await signInAs(page, DEMO.lead);
    await waitForDashboard(page);
    await expectEveryChartDrawn(page);
    expect(await fitsWidth(page), 'dashboard with charts').toBe(true);
    await showEveryChartAsTable(page);
    expect(await fitsWidth(page), 'dashboard with tables').toBe(true);
    await expectNoAccessibilityViolations(page);
  });

  test('the coordinator’s network overview scrolls its table inside its own region', async ({
    page,
  }) => {
    await signInAs(page, DEMO.coordinator);
    await expect(page.getByTestId('network-row').first()).toBeVisible();
    expect(await fitsWidth(page), 'network overview').toBe(true);
    await expectNoAccessibilityViolations(page);
  });
});
