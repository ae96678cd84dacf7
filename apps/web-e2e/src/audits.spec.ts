import { APIRequestContext, expect, Locator, Page, test } from '@playwright/test';
import type { Audit, AuditRating } from '@rcp/api-contract';
import { DEMO, navLink, signInAs, uniqueSuffix } from './support/accounts';
import { fillUkDate } from './support/dates';
import { expectNoAccessibilityViolations, watchCspViolations } from './support/a11y';
import { apiSignIn } from './support/api';
import {
  activeLabel,
  councilIdOf,
  expectNoViolationsIn,
  closeOpenDraft,
  createAudit,
  formatIndex,
  getAudit,
  goToCell,
  pageApi,
  putRatings,
  requestApi,
  setUpRegister,
  tabIntoGrid,
  tabTo,
} from './support/audits';
import { fitsWidth } from './support/layout';

const EVIDENCE = 'Caseloads are capped at 15 and weighted by complexity (team plan 2026).';

/** The rating of the focused cell, from its accessible name. */
async function expectFocusedRating(page: Page, words: string | RegExp) {
  await expect.poll(() => activeLabel(page)).toMatch(words);
}

async function expectAllSaved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveText(/^All changes saved at \d\d:\d\d$/);
}

async function textOf(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).innerText()).trim();
}

function lastPathPart(url: string): string {
  return new URL(url).pathname.split('/').filter(Boolean).slice(-1).join('');
}

function grid(page: Page) {
  return page.getByRole('grid');
}

function cellLabel(page: Page, protocol: string, principle: string) {
  return grid(page)
    .getByRole('gridcell', { name: new RegExp(`^${protocol}, ${principle}:`) })
    .getAttribute('aria-label');
}

test.describe('auditing the register in the rating grid', () => {
  test.describe.configure({ timeout: 180_000 });

  test('a council lead starts an audit, rates by keyboard alone with evidence, reloads, and submits', async ({
    page,
  }) => {
    const csp = watchCspViolations(page);
    const suffix = uniqueSuffix();
    const label = `E2E audit ${suffix}`;
    // Another council than the other tests': this test leaves its audit reopened as a draft (out
    // of the submitted history), and a council has one open draft at a time.
    await signInAs(page, 'lead@wendmoor.demo.example');
    const councilId = await councilIdOf(page.request);
    await closeOpenDraft(page.request, councilId);
    const { relational, transactional } = await setUpRegister(
      page.request,
      councilId,
      suffix,
      (method, path, data) => pageApi(page, method, path, data),
    );
    const R = relational.name;
    const T = transactional.name;

    // The list, and starting an audit from it.
    await navLink(page, 'Audits').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Audits' })).toBeVisible();
    await expect(page.getByTestId('audits-table')).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.getByRole('button', { name: 'Start an audit' }).click();
    await page.getByRole('button', { name: 'Start the audit' }).click();
    await expect(page.getByTestId('error-summary')).toContainText('Enter a name for the audit');
    await page.getByLabel('Name', { exact: true }).fill(label);
    await fillUkDate(page, 'Start of the period', '1 1 2015');
    await fillUkDate(page, 'End of the period', '30 6 2015');
    await expect(page.getByRole('checkbox', { name: 'Leadership' })).toBeDisabled();
    await expect(page.getByRole('checkbox', { name: 'Leadership' })).toBeChecked();
    await page.getByRole('button', { name: 'Start the audit' }).click();
    await expect(page).toHaveURL(/\/audits\/[0-9a-f-]{36}$/);
    const auditId = lastPathPart(page.url());
    await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
    await expect(page.getByTestId('audit-status')).toContainText('Draft');
    await expect(page.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectNoAccessibilityViolations(page); // the draft, with the keyboard help shown

    // Rating by keyboard alone.
    await tabIntoGrid(page);
    expect(
      await page.evaluate(() => document.querySelectorAll('[role="grid"] [tabindex="0"]').length),
      'one tab stop in the grid',
    ).toBe(1);
    await goToCell(page, R, 'Relationships first');
    // ↓ skips the transactional protocol, to which "Relationships first" does not apply.
    await page.keyboard.press('ArrowDown');
    expect(await activeLabel(page)).not.toMatch(new RegExp(`^${T},`));
    await page.keyboard.press('ArrowUp');
    await expectFocusedRating(page, new RegExp(`^${R}, Relationships first: Not rated`));

    // +2 needs evidence: the dialog opens by itself, focused on the evidence.
    await page.keyboard.press('2');
    const dialog = page.getByRole('dialog', { name: 'Rating and evidence' });
    await expect(dialog).toBeVisible();
    await expect(page.locator('#evidence-text')).toBeFocused();
    await page.keyboard.type(EVIDENCE);
    await expectNoViolationsIn(page, '.cdk-overlay-container'); // the evidence dialog
    await tabTo(page, { button: 'Save rating' });
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expectFocusedRating(
      page,
      /Relationships first: Strongly enables \(\+2\), with evidence$/,
    );

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('1');
    await expectFocusedRating(page, /Empathy and positive listening: Enables \(\+1\)$/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('-');
    await page.keyboard.press('1');
    await expectFocusedRating(page, /Active collaboration: Inhibits \(−1\)$/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('n');
    await expectFocusedRating(page, /Continuity over time: Not applicable$/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('0');
    await expectFocusedRating(page, /Kindness and human worth: No effect \(0\)$/);
    // Delete clears; then rate again.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('1');
    await page.keyboard.press('Delete');
    await expectFocusedRating(page, /Mutual trust and reliability: Not rated$/);

    // The transactional protocol: only the principles that apply can take focus.
    await goToCell(page, T, 'Mutual trust and reliability');
    await page.keyboard.press('-');
    await page.keyboard.press('2');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape'); // no evidence: not rated, back on the cell
    await expect(dialog).toBeHidden();
    await expectFocusedRating(page, new RegExp(`^${T}, Mutual trust and reliability: Not rated`));
    await page.keyboard.press('1');
    await expectFocusedRating(page, /Mutual trust and reliability: Enables \(\+1\)$/);

    await expectAllSaved(page);
    const shownIndex = await textOf(page, 'council-index');
    const shownCoverage = await textOf(page, 'coverage');
    const stored = await getAudit(page.request, auditId);
    expect(formatIndex(stored.headline.index), 'the live index equals the server’s').toBe(
      shownIndex,
    );
    expect(shownIndex).not.toBe('–');

    // Reload: the ratings and the index are as they were.
    await page.reload();
    await expect(grid(page)).toBeVisible();
    expect(await cellLabel(page, R, 'Relationships first')).toBe(
      `${R}, Relationships first: Strongly enables (+2), with evidence`,
    );
    expect(await cellLabel(page, R, 'Empathy and positive listening')).toMatch(/Enables \(\+1\)$/);
    expect(await cellLabel(page, R, 'Active collaboration')).toMatch(/Inhibits \(−1\)$/);
    expect(await cellLabel(page, R, 'Continuity over time')).toMatch(/Not applicable$/);
    expect(await cellLabel(page, R, 'Kindness and human worth')).toMatch(/No effect \(0\)$/);
    expect(await cellLabel(page, R, 'Mutual trust and reliability')).toMatch(/Not rated$/);
    expect(await cellLabel(page, T, 'Mutual trust and reliability')).toMatch(/Enables \(\+1\)$/);
    await expect(page.getByTestId('council-index')).toHaveText(shownIndex);
    await expect(page.getByTestId('coverage')).toHaveText(shownCoverage);
    const row = grid(page).locator('rcp-grid-row', { hasText: R });
    await expect(row.locator('.grid__score')).toContainText(/Enabling|Neutral|Mixed|Inhibiting/);

    // Adding a link to the +2's evidence with Enter.
    await tabIntoGrid(page);
    await goToCell(page, R, 'Relationships first');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await expect(page.locator('#evidence-text')).toHaveValue(EVIDENCE);
    await tabTo(page, { id: 'evidence-url' });
    await page.keyboard.type('https://example.org/caseload-policy');
    await tabTo(page, { button: 'Save rating' });
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expectFocusedRating(page, /Strongly enables \(\+2\), with evidence$/);
    await expect(page.getByTestId('cell-details')).toContainText(
      'https://example.org/caseload-policy',
    );
    await expectAllSaved(page);

    // The trail lists the changes, newest first, in words.
    await page.getByRole('tab', { name: 'Changes' }).click();
    const trail = page.getByTestId('trail-table');
    await expect(trail).toContainText(`${R}, Relationships first`);
    await expect(trail).toContainText('Not rated → Strongly enables (+2), evidence added: “');
    await expect(trail.locator('tbody tr').last()).toContainText('Started');
    await page.getByRole('tab', { name: 'Ratings' }).click();

    // Submitting stores the index and locks the grid.
    await page.getByRole('button', { name: 'Submit audit' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Submit this audit?' });
    await expect(confirm).toContainText('Submitting locks the audit and stores its scores');
    await confirm.getByRole('button', { name: 'Submit audit' }).click();
    await expect(page.getByTestId('audit-notice')).toContainText('submitted and locked');
    await expect(page.getByTestId('audit-status')).toContainText('Submitted on');
    await expect(
      page.getByRole('heading', { name: 'Scores stored when the audit was submitted' }),
    ).toBeVisible();
    await expect(page.getByTestId('council-index')).toHaveText(shownIndex);
    await expect(grid(page)).toHaveAttribute('aria-readonly', 'true');
    await expect(page.getByRole('button', { name: 'Reopen audit' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Submit audit' })).toHaveCount(0);
    await tabIntoGrid(page);
    await goToCell(page, R, 'Kindness and human worth');
    await page.keyboard.press('2');
    await page.keyboard.press('Delete');
    await expectFocusedRating(page, /Kindness and human worth: No effect \(0\)$/);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expectNoAccessibilityViolations(page); // submitted

    // The list shows it, submitted, with the stored index.
    await page.getByRole('link', { name: 'All audits' }).click();
    const listed = page.getByRole('row', { name: new RegExp(label) });
    await expect(listed).toContainText('Submitted');
    await expect(listed).toContainText(shownIndex);

    // Reopening needs a reason, and makes the audit a draft again (which also keeps this test's
    // audit out of the council's submitted history that other tests read).
    await listed.getByRole('link', { name: label }).click();
    await page.getByRole('button', { name: 'Reopen audit' }).click();
    const reopen = page.getByRole('dialog', { name: 'Reopen this audit?' });
    await reopen.getByRole('button', { name: 'Reopen audit' }).click();
    await expect(reopen.getByTestId('error-summary')).toContainText(
      'Say why the audit is being reopened',
    );
    await reopen
      .getByLabel('Why is it being reopened?')
      .fill('Evidence for two protocols was missing');
    await reopen.getByRole('button', { name: 'Reopen audit' }).click();
    await expect(page.getByTestId('audit-notice')).toContainText('reopened');
    await expect(page.getByTestId('audit-status')).toContainText('Draft');
    await expect(page.getByTestId('audit-facts')).toContainText(
      'Evidence for two protocols was missing',
    );
    await expect(grid(page)).not.toHaveAttribute('aria-readonly', 'true');
    expect(csp).toEqual([]);
  });

  test('a viewer can move around the grid and switch perspectives, but not change anything', async ({
    page,
    request,
  }) => {
    const suffix = uniqueSuffix();
    await apiSignIn(request, DEMO.lead);
    const write = <T>(method: 'POST' | 'PUT', path: string, data: object) =>
      requestApi<T>(request, method, path, data);
    const councilId = await councilIdOf(request);
    const { relational } = await setUpRegister(request, councilId, suffix, write);
    const audit = await createAudit(request, councilId, {
      label: `E2E viewer audit ${suffix}`,
      periodStart: '2026-07-01',
      periodEnd: '2026-11-30',
      perspectives: ['leadership', 'frontline'],
    });
    await putRatings(write, audit.id, {
      version: audit.version,
      ratings: [
        { protocolId: relational.id, principleKey: 'relationships-first', value: 1 },
        {
          protocolId: relational.id,
          principleKey: 'relationships-first',
          perspective: 'frontline',
          value: -1,
        },
      ],
    });

    await signInAs(page, DEMO.viewer);
    await navLink(page, 'Audits').click();
    await expect(page.getByTestId('audits-table')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start an audit' })).toHaveCount(0);
    await page.getByRole('link', { name: `E2E viewer audit ${suffix}` }).click();
    await expect(grid(page)).toHaveAttribute('aria-readonly', 'true');
    await expect(page.getByRole('button', { name: 'Submit audit' })).toHaveCount(0);
    await expect(page.getByTestId('audit-status')).toContainText('Read-only for you');
    await expect(page.getByTestId('perspective-gap')).toBeVisible();
    const R = relational.name;
    const row = grid(page).locator('rcp-grid-row', { hasText: R });
    await expect(row.locator('.grid__gap')).toContainText('100.0');

    await tabIntoGrid(page);
    await goToCell(page, R, 'Relationships first');
    for (const key of ['2', '0', 'n', 'Delete', 'c']) await page.keyboard.press(key);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expectFocusedRating(page, /Relationships first: Enables \(\+1\)$/);
    await page.keyboard.press('ArrowRight');
    await expectFocusedRating(page, /Empathy and positive listening: Not rated$/);
    await expect(page.getByTestId('save-status')).toHaveText('');

    await page.getByRole('radio', { name: 'Frontline practitioners' }).check();
    await expect(grid(page)).toHaveAccessibleName(/Frontline practitioners/);
    expect(await cellLabel(page, R, 'Relationships first')).toMatch(/Inhibits \(−1\)$/);
    await expectNoAccessibilityViolations(page);

    const after = await getAudit(request, audit.id);
    expect(after.version).toBe(audit.version + 1);
  });

  test('two leads rate at once: different cells merge; the same cell asks the second which to keep', async ({
    browser,
    request,
  }) => {
    const suffix = uniqueSuffix();
    await apiSignIn(request, DEMO.lead);
    const write = <T>(method: 'POST' | 'PUT', path: string, data: object) =>
      requestApi<T>(request, method, path, data);
    const councilId = await councilIdOf(request);
    const { relational } = await setUpRegister(request, councilId, suffix, write);
    const audit = await createAudit(request, councilId, {
      label: `E2E conflict audit ${suffix}`,
      periodStart: '2026-07-01',
      periodEnd: '2026-11-30',
    });
    const R = relational.name;

    const first = await browser.newContext();
    const second = await browser.newContext();
    try {
      const a = await first.newPage();
      const b = await second.newPage();
      await signInAs(a, DEMO.lead);
      await signInAs(b, DEMO.lead);
      await a.goto(`/audits/${audit.id}`);
      await b.goto(`/audits/${audit.id}`);
      for (const p of [a, b]) {
        await expect(grid(p)).toBeVisible();
        await tabIntoGrid(p);
        await goToCell(p, R, 'Reciprocity');
      }

      await a.keyboard.press('1');
      await expectFocusedRating(a, /Reciprocity: Enables \(\+1\)$/);
      await expectAllSaved(a);

      // A different cell merges: no conflict, and b's grid now shows a's rating too.
      await goToCell(b, R, 'Kindness and human worth');
      await b.keyboard.press('1');
      await expectAllSaved(b);
      await expect(b.getByTestId('conflict-panel')).toHaveCount(0);
      expect(await cellLabel(b, R, 'Reciprocity')).toMatch(/Reciprocity: Enables \(\+1\)$/);

      // The same cell, changed by a after b last saw it: b is asked, cell by cell. (Neither
      // change crosses from enabling to inhibiting, so neither needs new evidence.)
      await a.keyboard.press('n');
      await expectFocusedRating(a, /Reciprocity: Not applicable$/);
      await expectAllSaved(a);
      await goToCell(b, R, 'Reciprocity');
      await b.keyboard.press('0');
      const panel = b.getByTestId('conflict-panel');
      await expect(panel).toBeVisible();
      await expect(b.getByTestId('save-status')).toContainText('Not saved');
      await expect(panel).toContainText(`${R}, Reciprocity`);
      await expect(panel).toContainText(
        /changed it on .+: Enables \(\+1\) → Not applicable\. You changed it to No effect \(0\)/,
      );
      // Nothing is chosen for the person: saving waits for a choice.
      const save = panel.getByRole('button', { name: 'Save with these choices' });
      await expect(save).toBeDisabled();
      await expectNoViolationsIn(b, '[data-testid="conflict-panel"]');
      // Nothing was overwritten.
      const cellOf = async () =>
        (await getAudit(request, audit.id)).ratings.find(
          (r) => r.protocolId === relational.id && r.principleKey === 'reciprocity',
        )?.value;
      expect(await cellOf()).toBeNull();

      await panel.getByRole('radio', { name: /Keep mine/ }).check();
      await save.click();
      await expect(panel).toHaveCount(0);
      await expectAllSaved(b);
      expect(await cellOf()).toBe(0);
      expect(await cellLabel(b, R, 'Reciprocity')).toMatch(/Reciprocity: No effect \(0\)$/);
    } finally {
      await first.close();
      await second.close();
    }
  });

  test.describe('on a 320 px wide screen', () => {
    test.use({ viewport: { width: 320, height: 640 } });

    test('the audit page fits, and the grid scrolls inside its own region', async ({
      page,
      request,
    }) => {
      const suffix = uniqueSuffix();
      await apiSignIn(request, DEMO.lead);
      const write = <T>(method: 'POST' | 'PUT', path: string, data: object) =>
        requestApi<T>(request, method, path, data);
      const councilId = await councilIdOf(request);
      const { relational } = await setUpRegister(request, councilId, suffix, write);
      const audit = await createAudit(request, councilId, {
        label: `E2E narrow audit ${suffix}`,
        periodStart: '2026-07-01',
        periodEnd: '2026-11-30',
      });

      await signInAs(page, DEMO.lead);
      await page.goto(`/councils/${councilId}/audits`);
      await expect(page.getByTestId('audits-table')).toBeVisible();
      expect(await fitsWidth(page), 'audit list').toBe(true);

      await page.goto(`/audits/${audit.id}`);
      await expect(grid(page)).toBeVisible();
      expect(await fitsWidth(page), 'audit page').toBe(true);
      const scrolls = await grid(page).evaluate((el) => el.scrollWidth > el.clientWidth);
      expect(scrolls, 'the grid scrolls sideways inside itself').toBe(true);

      await tabIntoGrid(page);
      await goToCell(page, relational.name, 'Reflection and enquiry');
      const visible = await page.evaluate(() => {
        const cell = document.activeElement as HTMLElement;
        const box = cell.getBoundingClientRect();
        const gridBox = (cell.closest('[role="grid"]') as HTMLElement).getBoundingClientRect();
        return box.left >= gridBox.left - 1 && box.right <= gridBox.right + 1;
      });
      expect(visible, 'the focused cell is scrolled into view').toBe(true);
      await page.keyboard.press('1');
      await expectFocusedRating(page, /Reflection and enquiry: Enables \(\+1\)$/);
      await expectAllSaved(page);
      expect(await fitsWidth(page), 'after rating').toBe(true);
    });
  });
});

test.describe('evidence, the live scores and the grid within reach', () => {
  test.describe.configure({ timeout: 180_000 });
  test.use({ viewport: { width: 1280, height: 900 } });

  /**
   * A draft of the lead's council, started by the API: it carries forward the ratings of the last
   * submitted audit (the demo data's), with evidence for its ±2s. Its period is over (the API
   * refuses a period that ends in the future).
   */
  async function carriedDraft(request: APIRequestContext, what: string): Promise<Audit> {
    await apiSignIn(request, DEMO.lead);
    const councilId = await councilIdOf(request);
    const created = await createAudit(request, councilId, {
      label: `E2E ${what} ${uniqueSuffix()}`,
      periodStart: '2026-07-01',
      periodEnd: '2026-11-30',
    });
    return getAudit(request, created.id);
  }

  async function openAudit(page: Page, audit: Audit) {
    await signInAs(page, DEMO.lead);
    await page.goto(`/audits/${audit.id}`);
    await expect(grid(page)).toBeVisible();
  }

  /** Whether the element is wholly inside the window (and, in the grid, inside its scrollport). */
  function inViewport(page: Page, locator: Locator) {
    return locator.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const port = el.closest('[role="grid"]')?.getBoundingClientRect() ?? {
        left: 0,
        top: 0,
        right: window.innerWidth,
        bottom: window.innerHeight,
      };
      return (
        box.width > 0 &&
        box.left >= Math.max(0, port.left) - 1 &&
        box.top >= Math.max(0, port.top) - 1 &&
        box.right <= Math.min(window.innerWidth, port.right) + 1 &&
        box.bottom <= Math.min(window.innerHeight, port.bottom) + 1
      );
    });
  }

  /** A carried-forward leadership +2 with its evidence (the demo data has some). */
  function carriedPlusTwo(
    audit: Audit,
  ): AuditRating & { evidence: NonNullable<AuditRating['evidence']> } {
    const carried = audit.ratings.find(
      (r) => r.carriedForward && r.value === 2 && r.evidence && r.perspective === 'leadership',
    );
    if (!carried?.evidence) throw new Error('the demo data carries forward a +2 with evidence');
    return { ...carried, evidence: carried.evidence };
  }

  function protocolName(audit: Audit, which: (p: Audit['protocols'][number]) => boolean): string {
    const protocol = audit.protocols.find(which);
    if (!protocol) throw new Error('the audit has such a protocol');
    return protocol.name;
  }

  /** Moves right along the row until the focused cell's label matches (at most 20 cells). */
  async function moveRightUntil(page: Page, target: RegExp): Promise<void> {
    for (let i = 0; i < 20; i++) {
      if (target.test(await activeLabel(page))) return;
      await page.keyboard.press('ArrowRight');
    }
  }

  test('a carried-forward +2 changed to −2 asks for new evidence; Esc leaves the +2 as it was', async ({
    page,
    request,
  }) => {
    const audit = await carriedDraft(request, 'evidence audit');
    const carried = carriedPlusTwo(audit);
    const P = protocolName(audit, (p) => p.id === carried.protocolId);
    const NEW_EVIDENCE = 'Case audit 2026: people were passed between teams five times on average.';

    await openAudit(page, audit);
    await tabIntoGrid(page);
    await goToCell(page, P, null);
    const target = new RegExp(
      `^${escapeRe(P)}, .+: Strongly enables \\(\\+2\\), carried forward .*, with evidence`,
    );
    await moveRightUntil(page, target);
    const before = await activeLabel(page);
    expect(before).toMatch(target);
    const principle = before.slice(P.length + 2, before.indexOf(':', P.length + 2));

    // "−" "2": the dialog opens with −2 chosen and the evidence field empty.
    await page.keyboard.press('-');
    await page.keyboard.press('2');
    const dialog = page.getByRole('dialog', { name: 'Rating and evidence' });
    await expect(dialog).toBeVisible();
    await expect(page.locator('#evidence-text')).toHaveValue('');
    await expect(dialog.getByRole('radio', { name: /Strongly inhibits/ })).toBeChecked();
    await expect(dialog.getByTestId('previous-evidence')).toContainText('previous rating, +2');
    await expectNoViolationsIn(page, '.cdk-overlay-container');

    // Esc: the cell is exactly as it was, and the grid says so.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expectFocusedRating(page, before);
    await expect(page.getByTestId('grid-message')).toHaveText(
      'Cancelled: still Strongly enables (+2).',
    );
    expect(await activeLabel(page)).toBe(before);

    // Again, with evidence for the −2: saved as −2 with the new evidence.
    await page.keyboard.press('-');
    await page.keyboard.press('2');
    await expect(dialog).toBeVisible();
    await expect(page.locator('#evidence-text')).toBeFocused();
    await expect(page.locator('#evidence-text')).toHaveValue('');
    await page.keyboard.type(NEW_EVIDENCE);
    await tabTo(page, { button: 'Save rating' });
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expectFocusedRating(page, /: Strongly inhibits \(−2\), with evidence$/);
    await expectAllSaved(page);

    await page.reload();
    await expect(grid(page)).toBeVisible();
    expect(await cellLabel(page, escapeRe(P), escapeRe(principle))).toBe(
      `${P}, ${principle}: Strongly inhibits (−2), with evidence`,
    );
    // As stored: the −2 with the new evidence, and no rating of the row kept the old one for it.
    const stored = (await getAudit(page.request, audit.id)).ratings.filter(
      (r) => r.protocolId === carried.protocolId && r.perspective === 'leadership',
    );
    const changed = stored.filter((r) => r.evidence?.text === NEW_EVIDENCE);
    expect(changed.map((r) => [r.value, r.carriedForward])).toEqual([[-2, false]]);
    expect(
      stored.filter((r) => r.value === -2 && r.evidence?.text === carried.evidence.text),
    ).toEqual([]);
  });

  test('at 1280 × 900, rating far to the right keeps the row’s score and the council index in sight', async ({
    page,
    request,
  }) => {
    const audit = await carriedDraft(request, 'preview audit');
    // A relational protocol: every principle applies, up to the last one, far to the right.
    const P = protocolName(audit, (p) => p.contextNeed === 'relational');
    await openAudit(page, audit);
    await tabIntoGrid(page);
    await goToCell(page, P, 'Reflection and enquiry');
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('role', 'gridcell');
    const row = grid(page).locator('rcp-grid-row', { has: focused });
    expect(await inViewport(page, focused), 'the focused cell').toBe(true);
    expect(await inViewport(page, row.locator('.grid__score')), 'the row’s score').toBe(true);
    const index = page.getByTestId('grid-summary-index');
    await expect(index).toBeVisible();
    expect(await inViewport(page, index), 'the council index').toBe(true);
    await expect(index).toHaveText(await textOf(page, 'council-index'));
    await expect(page.getByTestId('grid-summary')).toContainText('Provisional until submitted');

    // Rating there: the summary follows, and the row's score stays in sight.
    await page.keyboard.press('n');
    await expectFocusedRating(page, /: Not applicable$/);
    expect(await inViewport(page, row.locator('.grid__score'))).toBe(true);
    await expectAllSaved(page);
    await expect(index).toHaveText(
      formatIndex((await getAudit(page.request, audit.id)).headline.index),
    );

    // Column headings break between words only: each word on one line, inside its column.
    const broken = await grid(page).evaluate((el) => {
      const found: string[] = [];
      for (const span of Array.from(
        el.querySelectorAll<HTMLElement>('[role="columnheader"] [aria-hidden="true"]'),
      )) {
        const node = span.firstChild;
        const head = span.parentElement?.getBoundingClientRect();
        if (!node || !head) continue;
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[^\s-]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index ?? 0);
          range.setEnd(node, (match.index ?? 0) + match[0].length);
          const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
          if (rects.length > 1 || rects.some((r) => r.right > head.right + 0.5)) {
            found.push(match[0]);
          }
        }
      }
      return found;
    });
    expect(broken, 'headings cut inside a word').toEqual([]);
    await expectNoAccessibilityViolations(page);
  });

  test('the skip link moves focus into the grid, and the search filters its rows', async ({
    page,
    request,
  }) => {
    const audit = await carriedDraft(request, 'search audit');
    await openAudit(page, audit);

    // Early in the tab order: "Skip to main content", then "Skip to the rating grid".
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('Skip to main content');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('Skip to the rating grid');
    await page.keyboard.press('Enter');
    await expect(page.locator(':focus')).toHaveAttribute('role', /gridcell|rowheader/);
    expect(await page.locator(':focus').evaluate((el) => !!el.closest('[role="grid"]'))).toBe(true);
    await expect(page.getByTestId('grid-summary-index')).toBeVisible();
    expect(await inViewport(page, page.getByTestId('grid-summary-index'))).toBe(true);

    // The search: only the protocols whose names match, announced.
    const rows = grid(page).locator('rcp-grid-row');
    const total = await rows.count();
    const name = audit.protocols[0].name;
    const word = name.split(' ')[0];
    const expected = audit.protocols.filter((p) =>
      p.name.toLowerCase().includes(word.toLowerCase()),
    ).length;
    expect(expected).toBeLessThan(total);
    const search = page.getByRole('searchbox', { name: 'Search by protocol name' });
    await search.fill(word.toUpperCase());
    await expect(rows).toHaveCount(expected);
    for (const text of await rows.locator('.grid__protocol-name').allInnerTexts()) {
      expect(text.toLowerCase()).toContain(word.toLowerCase());
    }
    await expect(page.getByTestId('grid-message')).toHaveText(
      `${expected === 1 ? '1 protocol matches' : `${expected} protocols match`} “${word.toUpperCase()}” (of ${total}).`,
    );
    // Keys move among the rows shown.
    await tabIntoGrid(page);
    await page.keyboard.press('Control+End');
    expect(await activeLabel(page)).toMatch(new RegExp(escapeRe(word), 'i'));
    await search.fill('');
    await expect(rows).toHaveCount(total);
  });

  for (const size of [
    { name: 'at normal size', width: 1280, height: 900 },
    { name: 'at 200 % zoom (640 × 450)', width: 640, height: 450 },
  ]) {
    test(`the start-audit form: no hint overlaps a label ${size.name}; the period cannot end in the future`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await signInAs(page, DEMO.lead);
      await navLink(page, 'Audits').click();
      await page.getByRole('button', { name: 'Start an audit' }).click();
      const form = page.locator('rcp-start-audit-form');
      await expect(form.getByRole('group', { name: 'Start of the period' })).toBeVisible();
      const overlaps = await form.evaluate((el) => {
        const boxes = (selector: string) =>
          Array.from(el.querySelectorAll<HTMLElement>(selector)).map((n) => ({
            text: n.textContent?.trim() ?? '',
            box: n.getBoundingClientRect(),
          }));
        const hints = boxes('mat-hint, .hint');
        const labels = boxes('.mdc-floating-label, label, legend');
        const hit = (a: DOMRect, b: DOMRect) =>
          a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        return hints.flatMap((h) =>
          labels.filter((l) => hit(h.box, l.box)).map((l) => `${h.text} × ${l.text}`),
        );
      });
      expect(overlaps, 'hints overlapping labels').toEqual([]);

      await page.getByLabel('Name', { exact: true }).fill(`E2E future ${uniqueSuffix()}`);
      await fillUkDate(page, 'Start of the period', '1 1 2026');
      await fillUkDate(page, 'End of the period', '31 12 2099');
      await page.getByRole('button', { name: 'Start the audit' }).click();
      await expect(page.getByTestId('error-summary')).toContainText(
        'The period cannot end in the future',
      );
      await expect(page).toHaveURL(/\/audits$/);
      await expectNoAccessibilityViolations(page);
    });
  }
});

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
