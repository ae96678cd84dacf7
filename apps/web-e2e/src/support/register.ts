import { expect, Locator, Page } from '@playwright/test';
import type { CurrentUser, LibraryProtocol, Protocol } from '@rcp/api-contract';

/** The header row the register importer accepts (as the import page's template has it). */
export const REGISTER_HEADER = [
  'Name',
  'Description',
  'Category',
  'Type',
  'Owner',
  'Service area',
  'Scope',
  'Context need',
  'Reach',
  'Basis',
  'Review date',
  'Source links',
];

/** A register file row with sensible values; `name` is required, the rest may be overridden. */
export function aRegisterRow(name: string, overrides: Record<string, string> = {}): string[] {
  const values: Record<string, string> = {
    Name: name,
    Description: 'Imported by the browser tests.',
    Category: 'Money, payments and debt',
    Type: 'Procedure',
    Owner: 'Revenues manager',
    'Service area': 'Revenues and benefits',
    Scope: 'Organisational protocol',
    'Context need': 'Mixed',
    Reach: 'High',
    Basis: 'Assumed',
    'Review date': '31/03/2027',
    'Source links': 'https://example.org/policy',
    ...overrides,
  };
  return REGISTER_HEADER.map((h) => values[h] ?? '');
}

/** An RFC 4180 CSV file of the header and `rows`, as a buffer for `setInputFiles`. */
export function registerCsv(rows: string[][]): Buffer {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [REGISTER_HEADER, ...rows].map((r) => r.map(cell).join(','));
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}

/** The council of the person signed in on `page` (through the API, with the page's cookies). */
export async function ownCouncilId(page: Page): Promise<string> {
  const response = await page.request.get('/api/v1/auth/me');
  expect(response.status()).toBe(200);
  const me = (await response.json()) as CurrentUser;
  expect(me.councilId, 'the account belongs to a council').toBeTruthy();
  return me.councilId ?? '';
}

/** The register table's row for a protocol (its name is the row header). */
export function registerRow(page: Page, name: string): Locator {
  return page
    .getByTestId('register-table')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

/**
 * Names of `count` library protocols the council's register does not have (active or retired),
 * read through the API. Fails when the library has fewer left to add.
 */
export async function libraryProtocolsNotInRegister(
  page: Page,
  councilId: string,
  count: number,
): Promise<string[]> {
  const [library, register] = await Promise.all([
    page.request.get('/api/v1/protocol-library'),
    page.request.get(`/api/v1/councils/${councilId}/protocols?status=all`),
  ]);
  const taken = new Set(
    ((await register.json()) as Protocol[]).map((p) => p.name.trim().toLowerCase()),
  );
  const free = ((await library.json()) as LibraryProtocol[])
    .map((p) => p.name)
    .filter((name) => !taken.has(name.trim().toLowerCase()));
  expect(free.length, 'library protocols not yet in the register').toBeGreaterThanOrEqual(count);
  return free.slice(0, count);
}
