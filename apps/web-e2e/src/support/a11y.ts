import AxeBuilder from '@axe-core/playwright';
import { expect, Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Fails with a readable list when axe finds any WCAG 2.x A/AA violation on the page as it is now
 * (once running animations have finished).
 */
export async function expectNoAccessibilityViolations(page: Page): Promise<void> {
  // Scan the page as it settles, not halfway through a fade-in (which axe reads as low contrast).
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running'),
  );
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, 'axe WCAG 2.x A/AA violations').toEqual([]);
}

/** Collects Content-Security-Policy violations reported by the browser while a test runs. */
export function watchCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}
