import AxeBuilder from '@axe-core/playwright';
import { APIRequestContext, BrowserContext, expect, Page } from '@playwright/test';
import type {
  Audit,
  AuditListPage,
  CreateAuditRequest,
  CreateProtocolRequest,
  LibraryProtocol,
  Protocol,
  PutRatingsRequest,
  PutRatingsResponse,
} from '@rcp/api-contract';

/** The XSRF token of a browser context (echoed as a header on API writes). */
async function xsrfOf(context: BrowserContext | APIRequestContext): Promise<string> {
  const { cookies } = await context.storageState();
  const token = cookies.find((c) => c.name === 'XSRF-TOKEN')?.value;
  expect(token, 'the API sets an XSRF-TOKEN cookie').toBeTruthy();
  return token ?? '';
}

/** An API write as whoever is signed in to `page` (its request context shares the cookies). */
export async function pageApi<T>(
  page: Page,
  method: 'POST' | 'PUT',
  path: string,
  data: object,
): Promise<T> {
  const response = await page.request.fetch(path, {
    method,
    data,
    headers: { 'X-XSRF-TOKEN': await xsrfOf(page.context()) },
  });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(
    true,
  );
  return (await response.json()) as T;
}

/** An API write as whoever is signed in to `request`. */
export async function requestApi<T>(
  request: APIRequestContext,
  method: 'POST' | 'PUT',
  path: string,
  data: object,
): Promise<T> {
  const response = await request.fetch(path, {
    method,
    data,
    headers: { 'X-XSRF-TOKEN': await xsrfOf(request) },
  });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(
    true,
  );
  return (await response.json()) as T;
}

export async function councilIdOf(request: APIRequestContext): Promise<string> {
  const me = (await (await request.get('/api/v1/auth/me')).json()) as { councilId: string };
  expect(me.councilId).toBeTruthy();
  return me.councilId;
}

/**
 * Makes sure the council's register has protocols to audit: a few from the library (skipped by
 * the API when already there) and two of this test's own, so other tests changing the library's
 * protocols cannot get in the way. Returns the names of this test's own protocols.
 */
export async function setUpRegister(
  request: APIRequestContext,
  councilId: string,
  suffix: string,
  write: <T>(method: 'POST' | 'PUT', path: string, data: object) => Promise<T>,
): Promise<{ relational: Protocol; transactional: Protocol }> {
  const library = (await (
    await request.get('/api/v1/protocol-library')
  ).json()) as LibraryProtocol[];
  const wanted = ['caseload-size', 'council-tax-direct-debit', 'national-inspection-regime'];
  const keys = library.filter((p) => wanted.includes(p.key)).map((p) => p.key);
  expect(keys.length, 'the protocol library has the protocols this test uses').toBeGreaterThan(0);
  await write<Protocol[]>('POST', `/api/v1/councils/${councilId}/protocols/from-library`, {
    keys,
  });
  const base: Omit<CreateProtocolRequest, 'name' | 'contextNeed'> = {
    category: 'time-and-caseload',
    type: 'policy',
    serviceArea: 'Audit grid tests',
    scope: 'organisational',
    reach: 'high',
    basis: 'local-practice',
  };
  const relational = await write<Protocol>('POST', `/api/v1/councils/${councilId}/protocols`, {
    ...base,
    name: `Audit grid test A ${suffix}`,
    contextNeed: 'relational',
  });
  const transactional = await write<Protocol>('POST', `/api/v1/councils/${councilId}/protocols`, {
    ...base,
    name: `Audit grid test B ${suffix}`,
    contextNeed: 'transactional',
  });
  return { relational, transactional };
}

/**
 * Makes room for a new audit: a council has one open draft at a time, so an earlier test's (or
 * the demo's) draft is discarded — or, when it was submitted before and reopened (which cannot be
 * discarded), submitted again.
 */
export async function closeOpenDraft(request: APIRequestContext, councilId: string): Promise<void> {
  // The largest page: a draft for an early period can sit below the first 20.
  const list = (await (
    await request.get(`/api/v1/councils/${councilId}/audits?limit=100`)
  ).json()) as AuditListPage;
  const draft = list.items.find((a) => a.status === 'draft');
  if (!draft) return;
  const audit = await getAudit(request, draft.id);
  const headers = { 'X-XSRF-TOKEN': await xsrfOf(request) };
  const response = audit.reopenedReason
    ? await request.post(`/api/v1/audits/${audit.id}/submit`, {
        data: { version: audit.version },
        headers,
      })
    : await request.delete(`/api/v1/audits/${audit.id}?version=${audit.version}`, { headers });
  expect(response.ok(), `closing the open draft: ${response.status()}`).toBe(true);
}

/** Starts an audit through the API, after closing the council's open draft (see above). */
export async function createAudit(
  request: APIRequestContext,
  councilId: string,
  body: CreateAuditRequest,
): Promise<Audit> {
  await closeOpenDraft(request, councilId);
  return requestApi<Audit>(request, 'POST', `/api/v1/councils/${councilId}/audits`, body);
}

export function putRatings(
  write: <T>(method: 'POST' | 'PUT', path: string, data: object) => Promise<T>,
  auditId: string,
  request: PutRatingsRequest,
): Promise<PutRatingsResponse> {
  return write<PutRatingsResponse>('PUT', `/api/v1/audits/${auditId}/ratings`, request);
}

/** The audit as the API states it. */
export async function getAudit(request: APIRequestContext, auditId: string): Promise<Audit> {
  const response = await request.get(`/api/v1/audits/${auditId}`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as Audit;
}

/** A score as the page shows it: one decimal, signed, with a true minus sign. */
export function formatIndex(x: number | null): string {
  if (x === null) return '–';
  const r = Math.round(Math.abs(x) * 10 + 1e-7) / 10;
  const text = r.toFixed(1);
  if (r === 0) return text;
  return x > 0 ? `+${text}` : `−${text}`;
}

/** The accessible name of the element that has focus. */
export function activeLabel(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
}

/** Whether focus is on a cell of the rating grid. */
function focusInGrid(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      !!document.activeElement?.closest('[role="grid"]') &&
      document.activeElement?.hasAttribute('data-col') === true,
  );
}

/** Tabs from the top of the page into the grid, as a keyboard user would. */
export async function tabIntoGrid(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).click(); // a start point without a tab stop
  for (let i = 0; i < 80 && !(await focusInGrid(page)); i++) await page.keyboard.press('Tab');
  expect(await focusInGrid(page), 'Tab reaches the grid').toBe(true);
}

/**
 * Moves by keyboard to the cell of `protocol` and `principle` (a principle's title; null for the
 * protocol's own cell): Ctrl+Home, ↓ to the row, → to the column.
 */
export async function goToCell(page: Page, protocol: string, principle: string | null) {
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 200 && !(await activeLabel(page)).startsWith(`${protocol},`); i++) {
    await page.keyboard.press('ArrowDown');
  }
  expect(await activeLabel(page)).toMatch(new RegExp(`^${escape(protocol)},`));
  if (principle === null) return;
  for (let i = 0; i < 30 && !(await activeLabel(page)).includes(`, ${principle}:`); i++) {
    await page.keyboard.press('ArrowRight');
  }
  expect(await activeLabel(page)).toContain(`${protocol}, ${principle}:`);
}

/** Presses Tab until the element with `id` (or the button named `button`) has focus. */
export async function tabTo(page: Page, target: { id?: string; button?: string }) {
  const reached = () =>
    page.evaluate(({ id, button }) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return false;
      if (id) return el.id === id;
      return el.tagName === 'BUTTON' && el.textContent?.trim() === button;
    }, target);
  for (let i = 0; i < 20 && !(await reached()); i++) await page.keyboard.press('Tab');
  expect(await reached(), `Tab reaches ${target.id ?? target.button}`).toBe(true);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Fails on any WCAG 2.x A/AA violation inside `selector` (e.g. a dialog over a page already
 * scanned whole): the big rating grid makes whole-page scans slow, so repeat scans are scoped.
 */
export async function expectNoViolationsIn(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running'),
  );
  const results = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe WCAG 2.x A/AA violations in ${selector}`).toEqual([]);
}
