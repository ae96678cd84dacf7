import { Locator } from '@playwright/test';

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
