import { expect, Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Benchmarks, Council } from '@rcp/api-contract';
import { expectNoAccessibilityViolations, watchCspViolations } from './support/a11y';
import { choose, DEMO, navLink, NORTHFIELD, signInAs } from './support/accounts';
import { apiSignIn } from './support/api';
import { scrollToChart, showEveryChartAsTable } from './support/charts';
import { fitsWidth } from './support/layout';

/** The network's benchmarks as the person signed in on `page` gets them from the API. */
async function networkBenchmarks(page: Page): Promise<Benchmarks> {
  const response = await page.request.get('/api/v1/benchmarks');
  expect(response.ok()).toBe(true);
  return (await response.json()) as Benchmarks;
}

/** The ranking table's rows (the header row left out). */
function rankingRows(page: Page) {
  return page.getByTestId('ranking-table').locator('tbody tr');
}

test.describe('benchmarks', () => {
  // Long journeys with several axe scans of chart-heavy pages; 30 s is too tight on a busy machine.
  test.describe.configure({ timeout: 60_000 });
  test('a coordinator sees the distribution, ranking, principles, trend and who made it work', async ({
    page,
  }) => {
    const csp = watchCspViolations(page);
    await signInAs(page, DEMO.coordinator);
    // The demo network has 12 councils with submitted audits (other tests may add more).
    const { groupSize } = await networkBenchmarks(page);
    expect(groupSize).toBeGreaterThanOrEqual(12);
    await navLink(page, 'Benchmarks').click();
    await expect(page).toHaveURL(/\/benchmarks$/);
    await expect(page).toHaveTitle('Benchmarks – RCP Audit');
    await expect(page.getByRole('heading', { level: 1, name: 'Benchmarks' })).toBeVisible();

    const distribution = page.getByTestId('chart-distribution');
    await expect(distribution.getByRole('heading', { name: 'Where councils stand' })).toBeVisible();
    await expect(distribution).toContainText(
      `Indexes across ${groupSize} councils in the network range`,
    );
    await scrollToChart(distribution);
    await expect(distribution.locator('svg path.bar')).toHaveCount(groupSize);
    // Quartile values are in the key, not written sideways over the bars.
    await expect(distribution.locator('.refline-label')).toHaveCount(0);
    await expect(distribution).toContainText(/Dashed lines, left to right: lower quartile −?\d/);
    await expect(rankingRows(page)).toHaveCount(groupSize);
    await expect(rankingRows(page).first().locator('td').first()).toHaveText('1');
    // A coordinator sees every council by name, anonymised ones included.
    await expect(page.getByTestId('ranking-table')).toContainText('Kestrel Vale District Council');
    await expect(page.getByTestId('ranking-table')).toContainText('Unitary authority');

    const principles = page.getByTestId('chart-principles');
    await expect(principles).toContainText('the highest median is');
    await scrollToChart(principles);
    // One box plot row per principle, with round ticks on its axis.
    await expect(principles.getByTestId('box-plot-row').first()).toBeVisible();
    await expect(principles.getByTestId('box-plot-axis')).toContainText('0');
    const trend = page.getByTestId('chart-trend');
    await expect(trend.getByRole('heading', { name: 'The network over time' })).toBeVisible();
    await expect(trend).toContainText(/The network median (rose|fell|was)/);
    await scrollToChart(trend);
    await expect(trend.locator('svg .line-series-range')).toHaveCount(1);
    await expectNoAccessibilityViolations(page);

    await showEveryChartAsTable(page);
    await expect(distribution.getByRole('table')).toContainText('Rank');
    await expect(principles.getByRole('table')).toContainText('Lower quartile');
    await expect(trend.getByRole('table')).toContainText('Councils reporting');
    await expectNoAccessibilityViolations(page);

    // Who made it work: by category, then by one library protocol.
    const who = page.getByTestId('who-made-it-work');
    await choose(page, 'Protocol category', 'Continuity');
    await expect(who.getByTestId('who-summary')).toContainText(/enabling version/);
    await expect(who.getByTestId('who-list').locator('li').first()).toBeVisible();
    await expect(who.locator('blockquote').first()).toBeVisible();
    await who.getByRole('radio', { name: 'A protocol from the library' }).check();
    await page.getByRole('combobox', { name: 'Library protocol' }).click();
    await page.getByRole('option').first().click();
    await expect(who.getByTestId('who-summary')).toBeVisible();
    await expectNoAccessibilityViolations(page);
    expect(csp).toEqual([]);
  });

  test('a small comparison group shows why figures are withheld; a display group narrows the table', async ({
    page,
  }) => {
    await signInAs(page, DEMO.coordinator);
    const network = await networkBenchmarks(page);
    const londonBoroughs = network.councils.filter((c) => c.type === 'london-borough');
    expect(londonBoroughs.length).toBeGreaterThanOrEqual(2);
    await page.goto('/benchmarks');
    await expect(rankingRows(page)).toHaveCount(network.groupSize);

    await choose(page, 'Comparison region', 'Scotland');
    const reason = page.getByTestId('suppressed-reason');
    await expect(reason).toContainText('Figures are withheld');
    await expect(reason).toContainText('at least 5 are needed');
    await expect(page.getByRole('status').filter({ has: reason })).toBeVisible();
    await expect(page.getByTestId('chart-distribution')).toHaveCount(0);
    await expect(page.getByTestId('chart-principles')).toHaveCount(0);
    await expect(page.getByTestId('chart-trend')).toHaveCount(0);
    await expect(page).toHaveURL(/[?&]region=Scotland/);
    await expectNoAccessibilityViolations(page);

    // The address keeps the choice: a reload shows the same view.
    await page.reload();
    await expect(page.getByTestId('suppressed-reason')).toContainText('Figures are withheld');
    await expect(page.getByRole('combobox', { name: 'Comparison region' })).toContainText(
      'Scotland',
    );

    await page.getByRole('button', { name: 'Clear choices' }).click();
    await expect(page.getByTestId('suppressed-reason')).toHaveCount(0);
    await expect(rankingRows(page)).toHaveCount(network.groupSize);

    // A display group shows only its councils, ranked within the whole network.
    await choose(page, 'Display council type', 'London borough');
    const shown = londonBoroughs.length;
    await expect(rankingRows(page)).toHaveCount(shown);
    for (const [i, council] of londonBoroughs.entries()) {
      // Ranks stay those within the whole network.
      await expect(rankingRows(page).nth(i).locator('td').first()).toHaveText(String(council.rank));
      await expect(rankingRows(page).nth(i)).toContainText(council.label);
    }
    await expect(page.getByTestId('ranking-table').locator('caption')).toContainText(
      `${shown} councils shown of ${network.groupSize} in the comparison group`,
    );
    await scrollToChart(page.getByTestId('chart-distribution'));
    await expect(page.getByTestId('chart-distribution').locator('svg path.bar')).toHaveCount(shown);
    await expect(page).toHaveURL(/[?&]showType=london-borough/);
    await expect(page.getByTestId('bench-status')).toContainText(`Showing ${shown} councils`);

    // The ranking downloads as CSV, the display group only.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the ranking as CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('benchmark-ranking.csv');
    const csv = readFileSync((await file.path()) ?? '', 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('Rank,Council,Type,Region,Index,Provisional,Period ends');
    expect(lines).toHaveLength(shown + 1);

    // One principle instead of the council index.
    await choose(page, 'Measure', 'Fairness');
    await expect(page).toHaveURL(/[?&]principle=fairness/);
    await expect(
      page.getByRole('heading', { name: 'Where councils stand on Fairness' }),
    ).toBeVisible();
    await expect(page.getByTestId('chart-principles')).toContainText('Fairness: the median is');
    await expect(page.getByTestId('ranking-table').locator('thead')).toContainText(
      'Fairness score',
    );
  });

  test('a council lead sees its own council as “You” against anonymised peers', async ({
    page,
    request,
  }) => {
    // Which councils chose to be named, as the coordinator knows it.
    await apiSignIn(request, DEMO.coordinator);
    const response = await request.get('/api/v1/councils');
    expect(response.ok()).toBe(true);
    const councils = (await response.json()) as Council[];
    const named = new Set(councils.filter((c) => c.sharing === 'named').map((c) => c.name));
    const anonymised = councils
      .filter((c) => c.sharing === 'anonymised' && c.name !== NORTHFIELD)
      .map((c) => c.name);
    expect(anonymised.length).toBeGreaterThan(0);

    const csp = watchCspViolations(page);
    await signInAs(page, DEMO.lead);
    await navLink(page, 'Benchmarks').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Benchmarks' })).toBeVisible();

    const own = await networkBenchmarks(page);
    await expect(page.getByTestId('rank-text')).toHaveText(
      new RegExp(
        `^You rank (joint )?${own.you?.rank}(st|nd|rd|th) of ${own.groupSize} councils in the network\\.$`,
      ),
    );
    const you = page.getByTestId('ranking-table').locator('tbody tr[data-you]');
    await expect(you).toHaveCount(1);
    await expect(you).toContainText('You');
    await expect(you).toContainText(NORTHFIELD);
    await expect(page.getByTestId('chart-distribution')).toContainText(
      /Your index of .+ is (above|near|below) the network median of .+; you rank/,
    );
    // The own bar is labelled "▶ You: …" on the chart's axis (the label wraps over two lines).
    await scrollToChart(page.getByTestId('chart-distribution'));
    await expect(
      page
        .getByTestId('chart-distribution')
        .locator('svg.ngx-charts g.tick', { hasText: '▶ You:' }),
    ).toContainText('Northfield');

    // Every other council is an anonymous letter or a council that chose to be named.
    await expect(rankingRows(page)).toHaveCount(own.groupSize);
    const labels = await page
      .getByTestId('ranking-table')
      .locator('tbody tr:not([data-you]) [data-testid="council-label"]')
      .allTextContents();
    expect(labels).toHaveLength(own.groupSize - 1);
    for (const label of labels.map((l) => l.trim())) {
      expect(
        /^Council [A-Z]+$/.test(label) || named.has(label),
        `"${label}" is an anonymous label or a named council`,
      ).toBe(true);
    }
    const main = page.getByRole('main');
    for (const name of anonymised) await expect(main).not.toContainText(name);

    // Who made it work lists named councils only, and counts the rest.
    await choose(page, 'Protocol category', 'Continuity');
    await expect(page.getByTestId('who-summary')).toBeVisible();
    for (const name of anonymised) await expect(main).not.toContainText(name);

    const positions = page.getByTestId('positions-table');
    await expect(positions.locator('tbody tr')).toHaveCount(16);
    await expect(positions.locator('tbody td[data-position]').first()).toHaveText(
      /Above|Near|Below/,
    );
    await expect(page.getByTestId('positions')).toContainText('Near means within 5 points');

    const consent = page.getByTestId('consent');
    await expect(consent).toContainText('appear by name only if they chose to');
    await expect(consent).toContainText(
      'drawn at random for each view, and again whenever the figures change',
    );
    await expect(
      consent.getByRole('link', { name: 'Choose how your council appears' }),
    ).toHaveAttribute('href', /^\/councils\/[^/]+\/settings$/);
    await expectNoAccessibilityViolations(page);

    await showEveryChartAsTable(page);
    await expect(page.getByTestId('chart-principles').getByRole('table')).toContainText('Yours');
    await expectNoAccessibilityViolations(page);

    // A narrower comparison group changes the rank's wording.
    await choose(page, 'Comparison council type', 'Metropolitan borough');
    await expect(page.getByTestId('suppressed-reason')).toContainText('Figures are withheld');
    await expect(page.getByTestId('rank-text')).toHaveCount(0);
    await expect(rankingRows(page)).toHaveCount(0);
    for (const name of anonymised) await expect(main).not.toContainText(name);
    expect(csp).toEqual([]);
  });

  test.describe('on a 320 px wide screen', () => {
    test.use({ viewport: { width: 320, height: 640 } });

    test('the benchmarks page fits without sideways scrolling, for a coordinator and a council', async ({
      page,
    }) => {
      await signInAs(page, DEMO.coordinator);
      await page.goto('/benchmarks');
      await scrollToChart(page.getByTestId('chart-distribution'));
      await expect(page.getByTestId('chart-distribution').locator('svg path.bar')).not.toHaveCount(
        0,
      );
      await expect(page.getByTestId('chart-trend')).toBeVisible();
      expect(await fitsWidth(page), 'coordinator, charts').toBe(true);
      await showEveryChartAsTable(page);
      expect(await fitsWidth(page), 'coordinator, tables').toBe(true);

      await page.goto('/benchmarks?region=Scotland');
      await expect(page.getByTestId('suppressed-reason')).toBeVisible();
      expect(await fitsWidth(page), 'withheld figures').toBe(true);
    });

    test('a council lead’s view fits too', async ({ page }) => {
      await signInAs(page, DEMO.lead);
      await page.goto('/benchmarks');
      await expect(page.getByTestId('rank-text')).toBeVisible();
      await expect(page.getByTestId('positions-table')).toBeVisible();
      expect(await fitsWidth(page)).toBe(true);
    });
  });
});
