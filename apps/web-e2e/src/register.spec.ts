import { expect, Page, test } from '@playwright/test';
import type { Protocol } from '@rcp/api-contract';
import { choose, DEMO, signInAs, signOut, uniqueSuffix } from './support/accounts';
import { expectNoAccessibilityViolations, watchCspViolations } from './support/a11y';
import { apiPost } from './support/api';
import {
  aRegisterRow,
  libraryProtocolsNotInRegister,
  ownCouncilId,
  registerCsv,
  registerRow,
} from './support/register';
import { fitsWidth } from './support/layout';

// Long journeys with several axe scans of pages listing dozens of protocols (and of a protocol's
// page, which carries its whole story).
test.describe.configure({ timeout: 90_000 });

async function openRegister(page: Page, councilId: string): Promise<void> {
  await page.goto(`/councils/${councilId}/register`);
  await expect(page.getByRole('heading', { level: 1, name: 'Protocol register' })).toBeVisible();
  await expect(page.getByTestId('register-table')).toBeVisible();
}

test.describe('the protocol library and register, as a council lead', () => {
  test('a lead searches the library and adds two protocols to the register in one step', async ({
    page,
  }) => {
    const csp = watchCspViolations(page);
    await signInAs(page, DEMO.lead);
    const councilId = await ownCouncilId(page);

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Protocol library' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Protocol library' })).toBeVisible();
    await expect(page.getByTestId('library-count')).toContainText('in the library');
    // Each protocol shows its exemplars side by side, labelled in words.
    const first = page.getByTestId('library-list').getByRole('article').first();
    await expect(
      first.getByRole('heading', { name: /Inhibiting: how it gets in the way/ }),
    ).toBeVisible();
    await expect(first.getByRole('heading', { name: /Enabling: how it helps/ })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // The demo register already holds most of the library: find two it does not have yet.
    const picked = await libraryProtocolsNotInRegister(page, councilId, 2);
    const search = page.getByLabel('Search the library');
    for (const name of picked) {
      // Search by name; what is selected stays selected while searching for the next one.
      await search.fill(name);
      await expect(page.getByTestId('library-count')).toContainText(`matching “${name}”`);
      await page
        .getByRole('article', { name, exact: true })
        .getByRole('checkbox', { name: `Select ${name}` })
        .check();
    }
    await page.getByRole('button', { name: 'Add 2 selected to our register' }).first().click();

    const status = page.getByTestId('library-status');
    await expect(status).toContainText('2 protocols added to your register');
    for (const name of picked) await expect(status).toContainText(name);
    await expectNoAccessibilityViolations(page);

    await search.fill('');
    await expect(page.getByTestId('library-count')).toContainText('in the library');
    for (const name of picked) {
      await expect(
        page.getByRole('article', { name, exact: true }).getByText('In your register'),
      ).toBeVisible();
    }

    await openRegister(page, councilId);
    for (const name of picked) await expect(registerRow(page, name)).toBeVisible();
    await expect(page.getByTestId('register-counts')).toContainText(/\d+ active protocols?/);
    await expectNoAccessibilityViolations(page);
    expect(csp).toEqual([]);
  });

  test('a lead adds a protocol with the form (fixing a missing answer first), edits it and retires it', async ({
    page,
  }) => {
    const name = `Home visit booking rules ${uniqueSuffix()}`;
    await signInAs(page, DEMO.lead);
    const councilId = await ownCouncilId(page);
    await openRegister(page, councilId);

    await page.getByRole('link', { name: 'Add a protocol' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Add a protocol' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByRole('button', { name: 'Add protocol' }).click();
    const summary = page.getByTestId('error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: 'Enter the protocol’s name' })).toBeVisible();
    await expect(
      summary.getByRole('link', { name: 'Select where the rule comes from' }),
    ).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Description (optional)').fill('Visits must be booked two weeks ahead.');
    await choose(page, 'Category', 'Time and caseload');
    await expect(page.getByTestId('protocol-scope')).toContainText('Organisational protocol');
    await choose(page, 'Type', 'Procedure');
    await page.getByLabel('Service area', { exact: true }).fill('Adult social care');
    await page.getByRole('radio', { name: 'Relational', exact: true }).check();
    await page.getByRole('radio', { name: 'Medium', exact: true }).check();
    await page.getByRole('radio', { name: 'Assumed (nobody has checked)' }).check();
    await page.getByLabel('Day', { exact: true }).fill('30');
    await page.getByLabel('Month', { exact: true }).fill('9');
    await page.getByLabel('Year', { exact: true }).fill('2027');
    await page.getByLabel('Link 1').fill('https://example.org/home-visits');
    await page.getByRole('button', { name: 'Add protocol' }).click();

    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByTestId('notice')).toContainText(
      `${name} has been added to the register.`,
    );
    const details = page.getByTestId('protocol-summary');
    await expect(details).toContainText('30 September 2027');
    await expect(details).toContainText('Assumed');
    await expect(details.getByRole('link', { name: /example\.org\/home-visits/ })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByRole('link', { name: 'Edit protocol' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Edit ${name}` })).toBeVisible();
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue(name);
    await page.getByLabel('Owner (optional)').fill('Head of Adult Social Care');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByTestId('notice')).toContainText(`Changes to ${name} have been saved.`);
    await expect(details).toContainText('Head of Adult Social Care');

    await page.getByRole('button', { name: 'Retire protocol' }).click();
    await expect(page.getByRole('heading', { name: 'Retire this protocol' })).toBeFocused();
    await expect(page.getByText('Its history is kept')).toBeVisible();
    await page.getByRole('button', { name: 'Retire protocol' }).click();
    await expect(
      summary.getByRole('link', { name: 'Enter why the protocol is being retired' }),
    ).toBeVisible();
    await page.getByLabel('Why is it being retired?').fill('Replaced by open booking');
    await page.getByRole('button', { name: 'Retire protocol' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText('history is kept');
    await dialog.getByRole('button', { name: 'Retire protocol' }).click();
    await expect(page.getByTestId('status')).toContainText(`${name} has been retired.`);
    await expect(page.getByTestId('protocol-status')).toHaveText('Retired');
    await expect(page.getByRole('link', { name: 'Edit protocol' })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);

    await openRegister(page, councilId);
    await expect(registerRow(page, name)).toHaveCount(0);
    await page.getByTestId('show-retired').getByRole('checkbox').check();
    const row = registerRow(page, name);
    await expect(row).toContainText('Retired');
    await expect(row).toContainText('Replaced by open booking');
    await expectNoAccessibilityViolations(page);
  });

  test('a lead imports a file: one with a mistake is refused by line and column, a clean one goes in', async ({
    page,
  }) => {
    const suffix = uniqueSuffix();
    const good = `Arrears reminder letters ${suffix}`;
    const bad = `Payment plan approvals ${suffix}`;
    await signInAs(page, DEMO.lead);
    const councilId = await ownCouncilId(page);
    await openRegister(page, councilId);

    await page.getByRole('link', { name: 'Import from a file' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Import protocols from a file' }),
    ).toBeVisible();
    const template = page.getByRole('link', { name: 'Download a template CSV file' });
    expect(decodeURIComponent((await template.getAttribute('href')) ?? '')).toContain(
      'Name,Description,Category,Type,Owner,Service area,Scope,Context need,Reach,Basis,Review date,Source links',
    );
    await expectNoAccessibilityViolations(page);

    await page.getByLabel('Upload a file').setInputFiles({
      name: 'with-a-mistake.csv',
      mimeType: 'text/csv',
      buffer: registerCsv([aRegisterRow(good), aRegisterRow(bad, { Type: 'Polcy' })]),
    });
    await page.getByRole('button', { name: 'Check the file' }).click();
    const summary = page.getByTestId('error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Line 3, Type: must be one of');
    const preview = page.getByTestId('import-preview');
    const badRow = preview.getByRole('row').filter({ hasText: 'Has errors' });
    await expect(badRow).toHaveCount(1);
    await expect(badRow).toContainText('Line 3, Type:');
    await expect(preview.getByRole('row').filter({ hasText: good })).toContainText('None');
    await expect(page.getByTestId('import-button')).toBeDisabled();
    await expect(page.getByTestId('import-blocked')).toContainText('Nothing will be written');
    await expectNoAccessibilityViolations(page);

    // Nothing was written.
    await openRegister(page, councilId);
    await page.getByLabel('Search', { exact: true }).fill(suffix);
    await expect(page.getByTestId('register-shown')).toContainText('Showing 0 of');

    await page.goto(`/councils/${councilId}/register/import`);
    await page.getByLabel('Upload a file').setInputFiles({
      name: 'clean.csv',
      mimeType: 'text/csv',
      buffer: registerCsv([aRegisterRow(good), aRegisterRow(bad, { Type: 'Policy' })]),
    });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect(page.getByTestId('import-headline')).toContainText(
      '2 rows checked: all are ready to import.',
    );
    await expect(page.getByTestId('error-summary')).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
    await page.getByRole('button', { name: 'Import 2 protocols' }).click();

    await expect(page).toHaveURL(new RegExp(`/councils/${councilId}/register$`));
    await expect(page.getByTestId('notice')).toContainText('2 protocols imported from clean.csv.');
    await expect(registerRow(page, good)).toBeVisible();
    await expect(registerRow(page, bad)).toContainText('Policy');

    const download = page.getByRole('link', { name: 'Download as CSV' });
    const response = await page.request.get((await download.getAttribute('href')) ?? '');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/csv/);
    expect(await response.text()).toContain(good);
  });
});

test.describe('the register, as a viewer', () => {
  test('a viewer reads the register and its protocols but cannot change them', async ({ page }) => {
    const name = `Viewer-visible protocol ${uniqueSuffix()}`;
    // The lead adds a protocol for the viewer to look at.
    await signInAs(page, DEMO.lead);
    const councilId = await ownCouncilId(page);
    const { id: protocolId } = await apiPost<Protocol>(
      page.request,
      `/api/v1/councils/${councilId}/protocols`,
      {
        name,
        category: 'continuity',
        type: 'policy',
        serviceArea: 'Housing',
        scope: 'organisational',
        contextNeed: 'relational',
        reach: 'low',
        basis: 'council-policy',
      },
    );
    await signOut(page);

    await signInAs(page, DEMO.viewer);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Register' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Protocol register' })).toBeVisible();
    await expect(registerRow(page, name)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Download as CSV' })).toBeVisible();
    for (const action of ['Add a protocol', 'Add from the library', 'Import from a file']) {
      await expect(page.getByRole('link', { name: action })).toHaveCount(0);
    }
    await expectNoAccessibilityViolations(page);

    await registerRow(page, name).getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/register/${protocolId}$`));
    await expect(page.getByRole('link', { name: 'Edit protocol' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Retire protocol' })).toHaveCount(0);

    await page.goto('/library');
    await expect(page.getByTestId('library-count')).toContainText('in the library');
    await expect(page.getByRole('button', { name: /Add to our register/ })).toHaveCount(0);
    await expect(page.getByRole('checkbox')).toHaveCount(0);

    await page.goto(`/councils/${councilId}/register/import`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }),
    ).toBeVisible();
    await page.goto(`/councils/${councilId}/register/new`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }),
    ).toBeVisible();
  });
});

test.describe('on a 320 px wide screen (WCAG 1.4.10 reflow)', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the library, the register and its forms fit without sideways scrolling', async ({
    page,
  }) => {
    await signInAs(page, DEMO.lead);
    const councilId = await ownCouncilId(page);
    await page.goto('/library');
    await expect(page.getByTestId('library-count')).toContainText('in the library');
    expect(await fitsWidth(page), '/library').toBe(true);

    await openRegister(page, councilId);
    expect(await fitsWidth(page), 'register').toBe(true);
    await expect(page.getByRole('region', { name: 'Table of protocols' })).toHaveAttribute(
      'tabindex',
      '0',
    );

    await page.goto(`/councils/${councilId}/register/new`);
    await expect(page.getByRole('heading', { level: 1, name: 'Add a protocol' })).toBeVisible();
    expect(await fitsWidth(page), 'add form').toBe(true);

    await page.goto(`/councils/${councilId}/register/import`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Import protocols from a file' }),
    ).toBeVisible();
    expect(await fitsWidth(page), 'import').toBe(true);
  });
});
