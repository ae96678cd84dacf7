import { expect, Locator, Page } from '@playwright/test';

/**
 * Scrolls a chart panel's drawing (or the box held for it) into view: charts and the heat map are
 * drawn only once they are scrolled to.
 */
export async function scrollToChart(panel: Locator): Promise<void> {
  await panel
    .locator(
      '.rcp-chart-scroll, [data-testid="heatmap-placeholder"], [data-testid="heatmap-region"]',
    )
    .first()
    .scrollIntoViewIfNeeded();
}

/**
 * Turns every chart on the page into its table. Each click waits for its button to say "Show as
 * chart" before the next: the label changes after the click returns, and clicking the first
 * "Show as table" again too soon would press the same button twice and turn its table back off.
 */
export async function showEveryChartAsTable(page: Page): Promise<number> {
  const toTable = page.getByRole('button', { name: 'Show as table' });
  const toChart = page.getByRole('button', { name: 'Show as chart' });
  const count = await toTable.count();
  expect(count, 'charts on the page').toBeGreaterThan(0);
  for (let shown = 1; shown <= count; shown++) {
    await toTable.first().click();
    await expect(toChart).toHaveCount(shown);
  }
  return count;
}
