import { expect, Locator, Page } from '@playwright/test';
import { scrollToChart, showEveryChartAsTable as showChartsAsTables } from './charts';

/** Every chart panel of a demo council's dashboard (Northfield has perspectives too). */
export const DASHBOARD_CHARTS = [
  'chart-trend',
  'chart-protocol-load',
  'chart-profile',
  'chart-breakdown-category',
  'chart-breakdown-service-area',
  'chart-gaps',
  'chart-heatmap',
] as const;

/**
 * Waits until the dashboard has loaded (its status sentence says what it shows) and every part is
 * drawn (they are drawn one after another: the dashboard is busy until the last).
 */
export async function waitForDashboard(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Council dashboard' })).toBeVisible();
  await expect(page.getByTestId('dashboard-status')).toContainText('Showing ');
  await expect(page.getByTestId('headline-index')).toBeVisible();
  await expect(page.locator('.dashboard')).toHaveAttribute('aria-busy', 'false');
}

/**
 * Checks each chart panel drew its chart: a line, bars, or the heat map's coloured cells. Charts
 * are drawn when scrolled into view, so each is scrolled to first, as a reader would.
 */
export async function expectEveryChartDrawn(page: Page): Promise<void> {
  await scrollToChart(page.getByTestId('chart-trend'));
  await expect(page.getByTestId('chart-trend').locator('svg path.line').first()).toBeVisible();
  for (const id of [
    'chart-profile',
    'chart-breakdown-category',
    'chart-breakdown-service-area',
    'chart-gaps',
  ]) {
    await scrollToChart(page.getByTestId(id));
    // Some bars are zero wide (a category with no enabling protocols): look for one that is drawn.
    await expect(
      page.getByTestId(id).locator('svg path.bar').filter({ visible: true }).first(),
      id,
    ).toBeVisible();
  }
  await scrollToChart(page.getByTestId('chart-heatmap'));
  await expect(page.getByTestId('chart-heatmap').locator('td.heat-cell').first()).toBeVisible();
}

/** Turns every chart of the dashboard into its table, and checks each table appears. */
export async function showEveryChartAsTable(page: Page): Promise<void> {
  const count = await showChartsAsTables(page);
  expect(count, 'charts on the page').toBeGreaterThanOrEqual(DASHBOARD_CHARTS.length);
  for (const id of DASHBOARD_CHARTS) {
    await expect(page.getByTestId(id).getByRole('table'), id).toBeVisible();
  }
}

/** A number as the page shows it, with the true minus sign made ASCII ("−3.1" → "-3.1"). */
export function asNumber(text: string | null): string {
  return (text ?? '').trim().replace('\u2212', '-');
}

/** The cells of the last row of a chart's table (leaving out a plan's projected rows). */
export function lastTableRow(panel: Locator): Locator {
  return panel
    .getByRole('table')
    .locator('tbody tr')
    .filter({ hasNotText: 'if the plan lands' })
    .last();
}

/** The texts of the "what changed" line of every mover shown. */
export async function moverChanges(page: Page): Promise<string[]> {
  return (await page.getByTestId('mover-change').allTextContents()).map((t) => t.trim());
}
