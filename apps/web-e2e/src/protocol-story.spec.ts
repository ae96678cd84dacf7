import { expect, test } from '@playwright/test';
import type { Protocol } from '@rcp/api-contract';
import { expectNoAccessibilityViolations, watchCspViolations } from './support/a11y';
import { DEMO, signInAs, uniqueSuffix } from './support/accounts';
import { apiPost } from './support/api';
import { scrollToChart } from './support/charts';
import { planChanges } from './support/plans';
import { ownCouncilId } from './support/register';

// Pages with a chart, several tables and axe scans.
test.describe.configure({ timeout: 60_000 });

test.describe("a protocol's page", () => {
  test('a viewer reads a demo protocol’s whole story: scores over time, ratings with evidence, exemplars, plans and changes', async ({
    page,
  }) => {
    const csp = watchCspViolations(page);
    await signInAs(page, DEMO.viewer);
    const councilId = await ownCouncilId(page);
    // A demo protocol with a planned change: it came from the library and was audited several times.
    const change = (await planChanges(page.request, councilId)).find(
      (c) => c.kind === 'amend' && c.protocol?.libraryKey,
    );
    expect(change, 'the demo plan amends a library protocol').toBeTruthy();
    await page.goto(`/councils/${councilId}/register/${change?.protocolId}`);
    await expect(
      page.getByRole('heading', { level: 1, name: change?.protocol?.name ?? '' }),
    ).toBeVisible();

    await expect(page.getByTestId('mismatch-status')).toContainText(/mismatch|Not known/i);
    const chart = page.getByTestId('protocol-score-chart');
    await expect(chart.getByRole('heading', { level: 2, name: 'Score over time' })).toBeVisible();
    await expect(chart).toContainText(/Its score (rose|fell|was)/);
    await scrollToChart(chart);
    // The same numbers as a table, by keyboard.
    await chart.getByRole('button', { name: 'Show as table' }).focus();
    await page.keyboard.press('Enter');
    const scores = chart.getByRole('table', { name: 'Score over time' });
    await expect(scores).toBeVisible();
    expect(await scores.getByRole('row').count()).toBeGreaterThan(2);

    const ratings = page.getByTestId('protocol-ratings');
    const latest = ratings.getByRole('table').first();
    await expect(latest).toBeVisible();
    await expect(latest.locator('caption')).toContainText('Ratings of this protocol in');
    await expect(latest).toContainText('Northfield Lead');

    const library = page.getByTestId('protocol-library');
    await expect(library.getByRole('heading', { name: 'Inhibiting version' })).toBeVisible();
    await expect(library.getByRole('heading', { name: 'Enabling version' })).toBeVisible();
    await expect(
      page.getByTestId('protocol-planned').getByRole('link', { name: change?.title ?? '' }),
    ).toBeVisible();
    await expect(page.getByTestId('protocol-register-changes')).toContainText(
      'Added to the register',
    );
    await expectNoAccessibilityViolations(page);
    expect(csp).toEqual([]);
  });

  test('a lead restores a protocol retired by mistake, after confirming; its history reads on', async ({
    page,
  }) => {
    const name = `Restored rule ${uniqueSuffix()}`;
    await signInAs(page, DEMO.lead);
    const councilId = await ownCouncilId(page);
    const base = `/api/v1/councils/${councilId}/protocols`;
    const created = await apiPost<Protocol>(page.request, base, {
      name,
      category: 'time-and-caseload',
      type: 'procedure',
      serviceArea: 'Housing',
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'medium',
      basis: 'local-practice',
    });
    await apiPost<Protocol>(page.request, `${base}/${created.id}/retire`, {
      reason: 'Retired the wrong one',
      version: created.version,
    });

    await page.goto(`/councils/${councilId}/register/${created.id}`);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByTestId('protocol-status')).toHaveText('Retired');
    await expect(page.getByText('brought back')).toHaveCount(0);
    await expectNoAccessibilityViolations(page);

    await page.getByRole('button', { name: 'Restore protocol' }).click();
    await expect(page.getByRole('heading', { name: 'Restore this protocol' })).toBeFocused();
    await page.getByLabel('Why is it being restored?').fill('Retired by mistake');
    await page.getByRole('button', { name: 'Restore protocol' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText('Its retirement stays in its history');
    await expectNoAccessibilityViolations(page);
    await dialog.getByRole('button', { name: 'Restore protocol' }).click();

    await expect(page.getByTestId('status')).toContainText(`${name} has been restored.`);
    await expect(page.getByTestId('protocol-status')).toHaveText('Active');
    await expect(page.getByRole('link', { name: 'Edit protocol' })).toBeVisible();
    const changes = page.getByTestId('protocol-register-changes').getByRole('table', {
      name: /Changes to this protocol's register entry/,
    });
    await expect(changes.getByRole('row')).toHaveCount(4);
    await expect(changes.getByRole('row').nth(1)).toContainText(
      'Restored. Reason: Retired by mistake',
    );
    await expect(changes.getByRole('row').nth(2)).toContainText(
      'Retired. Reason: Retired the wrong one',
    );
    await expectNoAccessibilityViolations(page);
  });
});
