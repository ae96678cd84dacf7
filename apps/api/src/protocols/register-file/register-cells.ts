/**
 * Cell-level helpers shared by import and export, including the guard against
 * spreadsheet formula injection (OWASP "CSV injection").
 */

/** Characters that make a spreadsheet treat a cell as a formula. */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/** Export: prefix a cell that a spreadsheet would run as a formula with an apostrophe. */
export function neutraliseFormula(value: string): string {
  return FORMULA_TRIGGER.test(value) ? `'${value}` : value;
}

/**
 * Import: trim, and undo {@link neutraliseFormula} – one leading apostrophe is removed
 * when it guards a formula character, so an exported file re-imports unchanged
 * (an apostrophe that is really part of the text, as in "'Tis", is kept).
 */
export function cleanCell(raw: string): string {
  const trimmed = raw.trim();
  if (trimmed.startsWith("'") && FORMULA_TRIGGER.test(trimmed.slice(1))) {
    return trimmed.slice(1).trim();
  }
  return trimmed;
}

/** RFC 4180 field: quoted when it holds a delimiter, quote or line break (semicolons too, for Excel locales that split on them). */
export function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",;\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV record, without its line break. */
export function csvRecord(values: readonly string[]): string {
  return values.map(csvField).join(',');
}
