import { Page } from '@playwright/test';

/** Types a date into a GOV.UK date input (named by its legend) as a UK user does: "31 12 2026". */
export async function fillUkDate(page: Page, legend: string, dayMonthYear: string): Promise<void> {
  const [day, month, year] = dayMonthYear.split(' ');
  const group = page.getByRole('group', { name: legend, exact: true });
  await group.getByLabel('Day', { exact: true }).fill(day);
  await group.getByLabel('Month', { exact: true }).fill(month);
  await group.getByLabel('Year', { exact: true }).fill(year);
}
