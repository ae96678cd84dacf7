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

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * A NUL character, or half of a UTF-16 surrogate pair without its other half (what a damaged
 * UTF-16 file decodes to): text that PostgreSQL refuses or that cannot be written as UTF-8.
 */
export function hasUnstorableCharacter(text: string): boolean {
  return text.includes('\u0000') || LONE_SURROGATE.test(text);
}

export const UNSTORABLE_CELL_MESSAGE =
  'has a character that cannot be saved (a NUL character, or a broken character from the file’s text encoding). Retype the text in this cell.';

/** RFC 4180 field: quoted when it holds a delimiter, quote or line break (semicolons too, for Excel locales that split on them). */
export function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",;\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV record, without its line break. */
export function csvRecord(values: readonly string[]): string {
  return values.map(csvField).join(',');
}
