import { expect, Locator, Page } from '@playwright/test';

/** Every demo account's password (DEMO=true). */
export const DEMO_PASSWORD = 'demo-password-1234';

export const DEMO = {
  coordinator: 'coordinator@demo.example',
  lead: 'lead@northfield.demo.example',
  manager: 'manager@northfield.demo.example',
  viewer: 'viewer@northfield.demo.example',
} as const;

export const NORTHFIELD = 'Northfield Borough Council';

/** A suffix that makes names and emails created by one test run unique in the shared database. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

/** Signs in through the sign-in page and waits until the header shows the user menu. */
export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await fillSignIn(page, email, password);
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

export async function fillSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Signs out with the user menu and checks the sign-in page says so. */
export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('status').filter({ hasText: 'You have signed out.' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
}

/** The names of the links in the main navigation, in order. */
export async function mainNavLinks(page: Page): Promise<string[]> {
  const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
  return (await links.allTextContents()).map((t) => t.trim());
}

/** A link of the main navigation. */
export function navLink(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
}

/** Picks an option of a Material select by the select's label. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  // Closed again before the next step: a click while the list is closing is ignored.
  await expect(page.getByRole('listbox')).toHaveCount(0);
}
