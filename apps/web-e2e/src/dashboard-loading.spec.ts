import { expect, Locator, Page, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support/a11y';
import { DEMO, signInAs } from './support/accounts';
import { DASHBOARD_CHARTS, expectEveryChartDrawn, waitForDashboard } from './support/dashboard';

interface Shift {
  value: number;
  /** What moved, for the failure message. */
  nodes: string;
}

/** Layout shifts the page has had so far (not those just after input): their sum is its CLS. */
async function layoutShifts(page: Page): Promise<{ cls: number; shifts: Shift[] }> {
  const shifts = await page.evaluate(() => (window as unknown as { rcpShifts: Shift[] }).rcpShifts);
  return { cls: shifts.reduce((sum, s) => sum + s.value, 0), shifts };
}

/** The rendered height of an element, in CSS pixels. */
async function heightOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not rendered');
  return box.height;
}

// Lighthouse's desktop screen, with scrollbars shown as a desktop browser does (Playwright hides
// them by default): the scrollbar appearing when the data arrives was part of the old shift.
test.use({
  viewport: { width: 1350, height: 940 },
  launchOptions: {
    executablePath: process.env['CHROME_PATH'] || '/usr/bin/chromium',
    ignoreDefaultArgs: ['--hide-scrollbars'],
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  },
});

test.describe('the dashboard loads without moving under the reader', () => {
  test.describe.configure({ timeout: 120_000 });

  test('charts below the fold and the heat map are drawn when scrolled to, in space kept for them; CLS stays ≤ 0.1', async ({
    page,
  }) => {
    await signInAs(page, DEMO.lead);
    // Record every layout shift from the first byte of a fresh load of the dashboard.
    await page.addInitScript(() => {
      type Entry = PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: Array<{ node: Node | null }>;
      };
      const shifts: Array<{ value: number; nodes: string }> = [];
      (window as unknown as { rcpShifts: typeof shifts }).rcpShifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Entry[]) {
          if (entry.hadRecentInput) continue;
          const nodes = entry.sources.map((source) => {
            const el = source.node as Element | null;
            return `${el?.nodeName ?? '?'}.${el?.getAttribute?.('class') ?? ''}`;
          });
          shifts.push({ value: entry.value, nodes: nodes.join(', ') });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/');
    await waitForDashboard(page);
    // Charts below the fold are not drawn yet (the frame keeps their place).
    await expect(page.getByTestId('chart-profile').locator('.rcp-chart-scroll')).toBeAttached();
    await expect(page.getByTestId('chart-profile').locator('svg.ngx-charts')).toHaveCount(0);

    // Far below the fold, the heat map is not built yet: a box of its height stands in for it.
    const heatmap = page.getByTestId('chart-heatmap');
    const placeholder = heatmap.getByTestId('heatmap-placeholder');
    await expect(placeholder).toBeAttached();
    await expect(heatmap.locator('td.heat-cell')).toHaveCount(0);
    const heldHeight = await heightOf(placeholder);
    expect(heldHeight, 'height held for the heat map').toBeGreaterThan(200);
    // Every chart's heading and "Show as table" are there from the start, deferred or not.
    for (const id of DASHBOARD_CHARTS) {
      await expect(
        page.getByTestId(id).getByRole('button', { name: 'Show as table' }),
      ).toBeAttached();
    }
    const loading = await layoutShifts(page);
    expect(loading.cls, `CLS while loading: ${JSON.stringify(loading.shifts)}`).toBeLessThanOrEqual(
      0.1,
    );

    // Scrolling down draws each chart, then the heat map as its table of ratings, in the same room.
    await expectEveryChartDrawn(page);
    await expect(heatmap.getByTestId('heatmap-region').getByRole('table')).toContainText(
      'Score and class',
    );
    await expect(placeholder).toHaveCount(0);
    const drawnHeight = await heightOf(heatmap.getByTestId('heatmap-region'));
    expect(Math.abs(drawnHeight - heldHeight), 'heat map height held vs drawn').toBeLessThan(8);
    const scrolled = await layoutShifts(page);
    expect(
      scrolled.cls,
      `CLS after scrolling: ${JSON.stringify(scrolled.shifts)}`,
    ).toBeLessThanOrEqual(0.1);
    await expectNoAccessibilityViolations(page);
  });

  test('the parts are drawn one after another, top to bottom, each below the last, without moving what is drawn', async ({
    page,
  }) => {
    await signInAs(page, DEMO.lead);
    // Each time the page changes, note how many parts the dashboard has drawn and where the first
    // stands: drawn in one long task, the parts would all arrive in one change.
    await page.addInitScript(() => {
      const steps: Array<{ parts: number; firstTop: number | null }> = [];
      (window as unknown as { rcpSteps: typeof steps }).rcpSteps = steps;
      new MutationObserver(() => {
        const dashboard = document.querySelector('.dashboard');
        const parts = dashboard?.children.length ?? 0;
        if (parts === (steps.at(-1)?.parts ?? 0)) return;
        const first = dashboard?.firstElementChild?.getBoundingClientRect().top ?? null;
        steps.push({ parts, firstTop: first === null ? null : first + window.scrollY });
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/');
    const dashboard = page.locator('.dashboard');
    await waitForDashboard(page);
    await expect(dashboard).toHaveAttribute('aria-busy', 'false');

    const steps = await page.evaluate(
      () =>
        (window as unknown as { rcpSteps: Array<{ parts: number; firstTop: number | null }> })
          .rcpSteps,
    );
    const counts = steps.map((step) => step.parts);
    expect(counts.length, `parts drawn at each step: ${counts.join(', ')}`).toBeGreaterThanOrEqual(
      8,
    );
    expect(counts, 'parts only ever added').toEqual([...counts].sort((a, b) => a - b));
    // The first part never moved while the others were drawn below it.
    expect(new Set(steps.map((step) => step.firstTop)).size, JSON.stringify(steps)).toBe(1);

    // Once drawn, every part is there, in the order it always had.
    const panels = await dashboard
      .locator('[data-testid]')
      .evaluateAll(
        (elements, known) =>
          elements
            .map((e) => e.getAttribute('data-testid'))
            .filter((id) => known.includes(id ?? '')),
        [...DASHBOARD_CHARTS, 'movers', 'mismatches'],
      );
    expect(panels).toEqual([
      'chart-trend',
      'chart-protocol-load',
      'movers',
      'chart-profile',
      'chart-breakdown-category',
      'chart-breakdown-service-area',
      'mismatches',
      'chart-gaps',
      'chart-heatmap',
    ]);
  });

  test('the heat map’s ratings are available as a table before it is scrolled to', async ({
    page,
  }) => {
    await signInAs(page, DEMO.lead);
    await waitForDashboard(page);
    const heatmap = page.getByTestId('chart-heatmap');
    await expect(heatmap.getByTestId('heatmap-placeholder')).toBeAttached();
    // A keyboard user reaches the panel's toggle by tabbing; the table opens without scrolling.
    await heatmap.getByRole('button', { name: 'Show as table' }).focus();
    await page.keyboard.press('Enter');
    await expect(heatmap.getByRole('table')).toContainText('Score');
  });
});
