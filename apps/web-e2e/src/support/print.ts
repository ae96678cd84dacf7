import { Page } from '@playwright/test';

/** A4 less the print margins (14 mm each side), in CSS pixels: 182 mm at 96 px per inch. */
export const PRINTABLE_WIDTH_PX = Math.floor((182 / 25.4) * 96);

/** Every element of the page whose right edge passes `width` (tag, class and edge), for a message. */
export async function elementsWiderThan(page: Page, width: number): Promise<string[]> {
  return page.evaluate((limit) => {
    const wide: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > limit + 0.5) {
        wide.push(`${el.tagName.toLowerCase()}.${String(el.className)} right=${box.right}`);
      }
    }
    return wide;
  }, width);
}

/** Each page's size in points, from the MediaBox entries of a PDF Chromium made. */
export function pdfPageSizes(pdf: Buffer): Array<{ width: number; height: number }> {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/MediaBox\s*\[\s*[\d.]+ [\d.]+ ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}
