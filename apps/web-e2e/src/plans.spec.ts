import { expect, Page, test } from '@playwright/test';
import type {
  CouncilDashboard,
  CurrentUser,
  NetworkPlans,
  PlanProjection,
} from '@rcp/api-contract';
import { expectNoAccessibilityViolations } from './support/a11y';
import { fillUkDate } from './support/dates';
import { DEMO, NORTHFIELD, signInAs, uniqueSuffix } from './support/accounts';
import { apiSignIn } from './support/api';
import { councilIdOf, createAudit } from './support/audits';
import { scrollToChart } from './support/charts';
import { asNumber, waitForDashboard } from './support/dashboard';
import { fitsWidth } from './support/layout';
import {
  achievementOf,
  achievementRow,
  changeIdByTitle,
  contributionOf,
  mismatchToPlan,
  defaultProjection,
  metText,
  numericTargets,
  planAndAgree,
  projectedDue,
  projectedIndexText,
  projectionSentence,
  protocolToPlan,
  rateAtTargetsAndSubmit,
  reopenAudit,
  suggestedTargets,
} from './support/plans';

/** The number a projection cell shows ("−3.1" → −3.1). */
async function shown(page: Page, testId: string): Promise<number> {
  return Number(asNumber(await page.getByTestId(testId).first().textContent()));
}

test.describe('change plans', () => {
  test.describe.configure({ timeout: 120_000 });

  test('a manager plans a change to a mismatch by keyboard, sees its projected effect (as the API projects it) and agrees it', async ({
    page,
    request,
  }) => {
    const differences: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /projection differs/.test(m.text())) differences.push(m.text());
    });
    await apiSignIn(request, DEMO.manager);
    const me = (await (await request.get('/api/v1/auth/me')).json()) as CurrentUser;
    const councilId = me.councilId as string;
    const dashboard = (await (
      await request.get(`/api/v1/councils/${councilId}/dashboard`)
    ).json()) as CouncilDashboard;
    // A mismatch without an open change (the demo's plan already has some: one open change each).
    const mismatch = await mismatchToPlan(request, councilId, dashboard);
    const projection = async (includeProposed: boolean) =>
      (await (
        await request.get(
          `/api/v1/councils/${councilId}/plan/projection?includeProposed=${includeProposed}`,
        )
      ).json()) as PlanProjection;

    // From the dashboard's mismatch to the form, prefilled as a replace with suggested targets.
    await signInAs(page, DEMO.manager);
    await waitForDashboard(page);
    await page
      .getByTestId('mismatches')
      .getByRole('link', { name: `Plan a change to ${mismatch.name}` })
      .click();
    await expect(page).toHaveURL(/\/plan\/new\?/);
    await expect(page.getByRole('heading', { level: 1, name: 'Plan a change' })).toBeVisible();
    await expect(page.getByTestId('kind-replace')).toBeChecked();
    await expect(page.getByTestId('target-source')).toBeVisible();
    await expect(page.getByTestId('change-title')).toHaveValue(`Replace ${mismatch.name}`);
    await expectNoAccessibilityViolations(page);

    // Keyboard only: Tab from the last field into the grid, then rate every cell +2, one −1.
    await page.locator('#status').focus();
    await page.keyboard.press('Tab');
    const cells = page.getByTestId('target-grid').getByRole('gridcell');
    await expect(cells.first()).toBeFocused();
    const count = await cells.count();
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('2');
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Home');
    await page.keyboard.press('-');
    await page.keyboard.press('1');
    await expect(cells.first()).toContainText('−1');
    await expect(cells.last()).toContainText('+2');
    await page.keyboard.press('End');
    await page.keyboard.press('n');
    await expect(cells.last()).toContainText('N/A');
    await page.keyboard.press('Delete');
    await expect(cells.last()).not.toContainText('N/A');
    await page.keyboard.press('2');
    await fillUkDate(page, 'Due date', '31 12 2026');
    await page.getByTestId('change-save').focus();
    await page.keyboard.press('Enter');

    // The plan page: the change is listed; once proposed changes are included, the index moves.
    await expect(page).toHaveURL(new RegExp(`/councils/${councilId}/plan$`));
    await expect(page.getByTestId('notice')).toContainText('is in the plan');
    await expect(page.getByTestId('plan-table')).toContainText(`Replace ${mismatch.name}`);
    // A proposed change is not projected by default (the demo's agreed ones are).
    const byDefault = await projection(false);
    const changeId = await changeIdByTitle(request, councilId, `Replace ${mismatch.name}`);
    expect(byDefault.selectedIds).not.toContain(changeId);
    await expect
      .poll(() => shown(page, 'projection-after'))
      .toBeCloseTo(byDefault.after?.index ?? NaN, 1);
    await page.getByTestId('include-proposed').check();
    const withProposed = await projection(true);
    expect(withProposed.selectedIds).toContain(changeId);
    await expect
      .poll(() => shown(page, 'projection-after'))
      .toBeCloseTo(withProposed.after?.index ?? NaN, 1);
    expect(contributionOf(withProposed, changeId)).toBeGreaterThan(0);
    expect(await shown(page, 'projection-before')).toBeCloseTo(
      withProposed.before?.index ?? NaN,
      1,
    );
    await expect(page.getByTestId('projection-summary')).toContainText(
      `${withProposed.selectedIds.length} selected change`,
    );
    await expectNoAccessibilityViolations(page);

    // Agree it: then it is in the default projection.
    await page.getByRole('link', { name: `Replace ${mismatch.name}` }).click();
    await expect(page.getByTestId('change-status')).toContainText('Status: Proposed');
    await page.getByTestId('status-agreed').click();
    await expect(page.getByTestId('change-status')).toContainText('Status: Agreed');
    await expect(page.getByRole('heading', { name: 'Status history' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.getByRole('link', { name: 'Change plan' }).click();
    const agreed = await projection(false);
    expect(agreed.selectedIds).toContain(changeId);
    await expect
      .poll(() => shown(page, 'projection-after'))
      .toBeCloseTo(agreed.after?.index ?? NaN, 1);

    // At 320 px the page fits: the projection stacks above the list, tables scroll in their own region.
    await page.setViewportSize({ width: 320, height: 640 });
    await expect(page.getByTestId('projection')).toBeVisible();
    expect(await fitsWidth(page)).toBe(true);
    await expectNoAccessibilityViolations(page);
    expect(differences).toEqual([]);
  });

  test('planned vs achieved: a change agreed, then an audit that meets its targets, shows the targets reached beside the recorded ratings', async ({
    page,
    request,
  }) => {
    const suffix = uniqueSuffix();
    // The manager plans an amend with targets on a protocol of the latest audit, and agrees it.
    await apiSignIn(request, DEMO.manager);
    const councilId = await councilIdOf(request);
    const protocol = await protocolToPlan(request, councilId);
    const targets = await suggestedTargets(request, councilId, protocol.id);
    const numeric = numericTargets(targets);
    expect(numeric.length, 'the protocol has targets to meet').toBeGreaterThan(0);
    const title = `E2E amend ${protocol.name} ${suffix}`;
    const change = await planAndAgree(request, councilId, {
      kind: 'amend',
      protocolId: protocol.id,
      title,
      targetRatings: targets,
      dueDate: '2026-11-30',
    });
    expect(change.status).toBe('agreed');

    // The lead audits after it was agreed: the protocol rated at its targets, with evidence.
    await apiSignIn(request, DEMO.lead);
    const audit = await createAudit(request, councilId, {
      label: `E2E planned vs achieved ${suffix}`,
      periodStart: '2026-07-01',
      periodEnd: '2026-11-30',
    });
    const submitted = await rateAtTargetsAndSubmit(request, audit.id, protocol.id, targets);
    expect(submitted.status).toBe('submitted');

    // The manager sees the change reached, its targets beside the ratings recorded.
    await apiSignIn(request, DEMO.manager);
    const achievement = await achievementOf(request, councilId);
    const item = achievement.items.find((i) => i.changeId === change.id);
    expect(item?.outcome).toBe('reached');
    expect(item?.comparedAudit?.id).toBe(audit.id);

    await signInAs(page, DEMO.manager);
    await page.goto(`/councils/${councilId}/plan`);
    await expect(page.getByRole('heading', { level: 1, name: 'Change plan' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Planned vs achieved' })).toBeVisible();
    const row = achievementRow(page, title);
    await expect(row).toContainText('Target reached');
    await expect(row).toContainText(`E2E planned vs achieved ${suffix}`);
    for (const [key, value] of numeric) await expect(row).toContainText(metText(key, value));
    await expect(page.getByTestId('achievement-summary')).toContainText('target reached:');
    await expectNoAccessibilityViolations(page);

    // Back to the demo's history: the audit is reopened (the lead), a draft again.
    await apiSignIn(request, DEMO.lead);
    await reopenAudit(request, audit.id);
  });

  test('the dashboard continues the index over time, dashed, to the plan’s latest due date, with its table rows', async ({
    page,
    request,
  }) => {
    await apiSignIn(request, DEMO.manager);
    const councilId = await councilIdOf(request);
    const protocol = await protocolToPlan(request, councilId);
    await planAndAgree(request, councilId, {
      kind: 'amend',
      protocolId: protocol.id,
      title: `E2E amend for the dashboard ${uniqueSuffix()}`,
      targetRatings: await suggestedTargets(request, councilId, protocol.id),
      dueDate: '2027-03-31',
    });
    const projection = await defaultProjection(request, councilId);
    const due = await projectedDue(request, councilId, projection);

    await signInAs(page, DEMO.manager);
    await waitForDashboard(page);
    const chart = page.getByTestId('chart-trend');
    await expect(chart).toContainText(projectionSentence(due, projection));
    await expect(
      chart.getByRole('list', { name: 'Key to Index over time' }).getByRole('listitem'),
    ).toHaveText(['Index', 'Projected if the plan lands']);
    // Two lines: the audits, solid; the projection, dashed (drawn once scrolled to).
    await scrollToChart(chart);
    await expect(chart.locator('svg path.line')).toHaveCount(2);
    await expect(chart.locator('svg path.line').nth(1)).toHaveCSS('stroke-dasharray', /\d/);
    await expectNoAccessibilityViolations(page);

    await chart.getByRole('button', { name: 'Show as table' }).click();
    const projected = chart.getByRole('table').locator('tbody tr', {
      hasText: 'Yes, if the plan lands',
    });
    await expect(projected).toHaveCount(1);
    await expect(projected).toContainText(due.dueDate);
    await expect(projected).toContainText(projectedIndexText(projection));
    await expect(chart.getByRole('columnheader', { name: 'Projected' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test('a coordinator sees every council’s plan by status, sorts it and opens one', async ({
    page,
    request,
  }) => {
    await apiSignIn(request, DEMO.coordinator);
    const network = (await (await request.get('/api/v1/network/plans')).json()) as NetworkPlans;
    expect(network.councils.length).toBeGreaterThan(0);

    await signInAs(page, DEMO.coordinator);
    await page.getByRole('link', { name: 'Change plans across the network' }).click();
    await expect(page).toHaveURL(/\/network\/plans$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Change plans across the network' }),
    ).toBeVisible();
    await expect(page.getByTestId('network-plans-row')).toHaveCount(network.councils.length);
    await expect(page.getByTestId('network-plans-summary')).toContainText('planned');
    await expectNoAccessibilityViolations(page);

    await page.getByRole('button', { name: 'Overdue' }).click();
    await expect(page.getByRole('columnheader', { name: /Overdue/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    const overdue = (
      await page.getByTestId('network-plans-row').locator('td:nth-of-type(6)').allTextContents()
    ).map(Number);
    expect(overdue).toEqual([...overdue].sort((a, b) => b - a));

    await page
      .getByTestId('network-plans')
      .getByRole('link', { name: NORTHFIELD, exact: true })
      .click();
    await expect(page).toHaveURL(/\/councils\/[0-9a-f-]+\/plan$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Change plan' })).toBeVisible();
  });
});
