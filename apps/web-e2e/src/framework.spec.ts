import { expect, test } from '@playwright/test';
import { DEMO, navLink, signInAs, uniqueSuffix } from './support/accounts';
import { expectNoAccessibilityViolations, watchCspViolations } from './support/a11y';
import { fitsWidth } from './support/layout';

/*
 * Publishing in one test makes a new "current" version for every later test on the same server,
 * so nothing here assumes the current version is 1.
 */

/** The number in "Draft version 3". */
async function numberIn(text: string | null): Promise<number> {
  const match = /(\d+)/.exec(text ?? '');
  expect(match, `a version number in “${text}”`).not.toBeNull();
  return Number(match?.[1]);
}

test.describe('the framework', () => {
  test('a viewer reads the current framework: definition, diagram, principles with their links, and an older version', async ({
    page,
  }) => {
    const csp = watchCspViolations(page);
    await signInAs(page, DEMO.viewer);
    await navLink(page, 'Framework').click();

    await expect(page).toHaveTitle('The RCP framework – RCP Audit');
    await expect(page.getByTestId('framework-version')).toContainText(
      /Version \d+, the current version/,
    );
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('definition')).toContainText('Relationship-Centred Practice');

    // The theory of change, as ordered steps of text.
    const diagram = page.getByTestId('theory-of-change');
    await expect(diagram).toContainText('principles and competencies, filtered through protocols');
    await expect(diagram.getByRole('listitem')).toHaveCount(5);
    await expect(diagram).toContainText('Filtered through protocols');

    // Principles with weight, contexts and whether they are relational.
    const principles = page.getByTestId('principles');
    expect(await principles.getByRole('heading', { level: 3 }).count()).toBeGreaterThanOrEqual(12);
    const trust = principles.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: /Mutual trust and reliability/ }),
    });
    await expect(trust).toContainText('Weight');
    await expect(trust).toContainText('Applies to');
    await expect(trust).toContainText('Relational');

    // A behaviour links to the principles it expresses, in the page.
    const link = page.getByTestId('behaviours').getByRole('link').first();
    const principle = (await link.innerText()).trim();
    await link.click();
    await expect(page.locator(':focus')).toContainText(principle);
    await expect(page).toHaveURL(/\/framework$/);

    await expect(page.getByTestId('scoring-settings')).toContainText('Reach weights');
    await expect(page.getByTestId('categories')).toContainText('Wider environment');
    await expect(page.getByTestId('qualities')).toContainText('Unscripted');
    await expectNoAccessibilityViolations(page);

    // Read version 1 with the version picker.
    await page.getByRole('combobox', { name: 'Version' }).click();
    await page.getByRole('option', { name: /^Version 1 \(published/ }).click();
    await page.getByRole('button', { name: 'Show version' }).click();
    await expect(page.getByTestId('framework-version')).toContainText(/^\s*Version 1\b/);
    await expectNoAccessibilityViolations(page);
    expect(csp).toEqual([]);
  });

  test('a coordinator drafts a version, edits, adds and retires items, compares it with version 1 and publishes it', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const csp = watchCspViolations(page);
    await signInAs(page, DEMO.coordinator);
    await page.goto('/framework');
    await page.getByRole('link', { name: /^Edit the (framework|draft)/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Edit the framework' })).toBeVisible();

    // No other test drafts the framework: this one starts from no draft.
    const start = page.getByRole('button', { name: 'Start a new draft' });
    await expect(start).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await start.click();
    const draftHeading = page.getByRole('heading', { level: 2, name: /^Draft version \d+$/ });
    await expect(draftHeading).toBeVisible();
    const draft = await numberIn(await draftHeading.textContent());
    const status = page.getByTestId('status');
    await expect(status).toContainText(`Draft version ${draft} has been started`);

    // Change a principle's weight.
    await page.getByRole('button', { name: 'Edit Mutual trust and reliability' }).click();
    await page.getByLabel('Weight', { exact: true }).fill('2.5');
    await expectNoAccessibilityViolations(page);
    await page.getByRole('button', { name: 'Save principle' }).click();
    await expect(status).toContainText('“Mutual trust and reliability” has been saved.');
    await expect(page.getByTestId('principle-list')).toContainText('Weight 2.5');

    // Add a behaviour linked to a principle; a badly formed key is refused first.
    const title = `Asking what matters ${uniqueSuffix()}`;
    await page.getByRole('button', { name: 'Add a behaviour' }).click();
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('Key', { exact: true }).fill('Asking What Matters');
    await page
      .getByLabel('Description', { exact: true })
      .fill('Staff ask what matters to the person before asking what is the matter.');
    await page.getByRole('checkbox', { name: 'Empathy and positive listening' }).check();
    await page.getByRole('button', { name: 'Add behaviour' }).click();
    const summary = page.getByTestId('error-summary');
    await expect(summary).toContainText('The key must be lower-case words joined by hyphens');
    await expectNoAccessibilityViolations(page);
    const key = title.toLowerCase().replace(/ /g, '-');
    await page.getByLabel('Key', { exact: true }).fill(key);
    await page.getByRole('button', { name: 'Add behaviour' }).click();
    await expect(status).toContainText(`“${title}” has been added to the draft.`);
    await expect(page.getByTestId('behaviour-list')).toContainText(
      'Principles: Empathy and positive listening',
    );

    // Retire a competency, after confirming.
    const competencies = page.getByTestId('competency-list');
    const retired = ((await competencies.locator('li strong').first().textContent()) ?? '').trim();
    await competencies.getByRole('button', { name: `Retire ${retired}`, exact: true }).click();
    const confirm = page.getByRole('alertdialog');
    await expect(confirm).toContainText(`Retire “${retired}”?`);
    await confirm.getByRole('button', { name: 'Retire competency' }).click();
    await expect(status).toContainText(`“${retired}” has been retired from the draft.`);
    await expect(competencies).not.toContainText(retired);

    // Compare the draft with version 1.
    await page.goto(`/framework/compare?from=1&to=${draft}`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Compare framework versions' }),
    ).toBeVisible();
    await expect(page.getByTestId('added')).toContainText(title);
    const changed = page.getByTestId('changed').getByRole('listitem').filter({
      hasText: 'Mutual trust and reliability',
    });
    await expect(changed).toContainText('Changed: weight');
    // Before and after, not just the name of the field.
    await expect(
      changed.getByTestId('differences').getByRole('row', { name: /^Weight/ }),
    ).toHaveText(/Weight\s*\S+\s*2\.5/);
    await expect(page.getByTestId('retired')).toContainText(retired);
    await expectNoAccessibilityViolations(page);

    // Publish, after the warning that it is final, with release notes (required).
    await page.goto('/framework/edit');
    await page.getByRole('button', { name: `Publish version ${draft}` }).click();
    const publish = page.getByRole('dialog');
    await expect(publish).toContainText('Publishing is final: a published version never changes');
    await publish.getByRole('button', { name: `Publish version ${draft}` }).click();
    await expect(publish).toContainText('Enter the release notes');
    await expectNoAccessibilityViolations(page);
    const notes = `Mutual trust weighs more; adds ${title}.`;
    await publish.getByLabel('Release notes').fill(notes);
    await publish.getByRole('button', { name: `Publish version ${draft}` }).click();

    await expect(page).toHaveURL(/\/framework$/);
    await expect(
      page.getByRole('status').filter({ hasText: `Version ${draft} has been published.` }),
    ).toBeVisible();
    await expect(page.getByTestId('framework-version')).toContainText(
      `Version ${draft}, the current version`,
    );
    await expect(page.getByTestId('release-notes')).toHaveText(notes);
    await expect(page.getByTestId('version-history')).toContainText(notes);
    await expect(page.getByTestId('behaviours')).toContainText(title);
    await expect(page.getByTestId('competencies')).not.toContainText(retired);
    expect(csp).toEqual([]);
  });

  test('the scoring method’s worked example shows its chart, and the chart as a table', async ({
    page,
  }) => {
    await signInAs(page, DEMO.viewer);
    await page.goto('/framework');
    await page.getByRole('link', { name: 'How scores are calculated' }).click();
    await expect(page).toHaveTitle('How scores are calculated – RCP Audit');
    await expect(
      page.getByRole('heading', { level: 1, name: 'How scores are calculated' }),
    ).toBeVisible();

    const panel = page.getByRole('region', { name: 'Protocol scores of the example' });
    // The chart is drawn when scrolled to (ngx-charts loads with it, not with the page).
    await expect(panel.locator('ngx-charts-bar-vertical')).toHaveCount(0);
    await panel.locator('.chart-box').scrollIntoViewIfNeeded();
    await expect(panel.locator('ngx-charts-bar-vertical svg').first()).toBeVisible();
    await expect(panel.locator('ngx-charts-bar-vertical path.bar')).toHaveCount(4);
    await expect(panel).toContainText('B scores highest (+75.0) and A lowest (−87.5)');
    await expectNoAccessibilityViolations(page);

    await panel.getByRole('button', { name: 'Show as table' }).click();
    const rows = panel.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(5);
    await expect(rows.nth(1)).toContainText('A: Home care commissioned in 15-minute');
    await expect(rows.nth(1)).toContainText('-87.5');
    await expect(rows.nth(1)).toContainText('inhibiting');
    await expectNoAccessibilityViolations(page);

    const results = page.getByTestId('results-at-a-glance');
    const result = (label: string) =>
      results
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
    await expect(result('Council index')).toContainText('−3.6');
    await expect(result('Council index after the changes')).toContainText('+65.0');
  });

  test.describe('on a 320 px wide screen', () => {
    test.use({ viewport: { width: 320, height: 640 } });

    test('the framework pages fit without sideways scrolling', async ({ page }) => {
      await signInAs(page, DEMO.coordinator);
      for (const [path, heading] of [
        ['/framework', null],
        ['/framework/edit', 'Edit the framework'],
        ['/framework/compare?from=1&to=2', 'Compare framework versions'],
        ['/framework/how-scores-work', 'How scores are calculated'],
      ] as const) {
        await page.goto(path);
        const h1 = page.getByRole('heading', { level: 1, ...(heading ? { name: heading } : {}) });
        await expect(h1).toBeVisible();
        // Wait for the page's content, not only its heading.
        await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
        expect(await fitsWidth(page), path).toBe(true);
      }
    });
  });
});
