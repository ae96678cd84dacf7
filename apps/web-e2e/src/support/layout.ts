import { Page } from '@playwright/test';

/** True when the page fits the window's width (wide charts and tables scroll inside their own regions). */
export async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}
