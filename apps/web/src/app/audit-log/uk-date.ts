/** A day typed as day, month and year (the GOV.UK date input); each part as the person typed it. */
export interface UkDateParts {
  day: string;
  month: string;
  year: string;
}

export const NO_DATE: UkDateParts = { day: '', month: '', year: '' };

/**
 * The ISO day (YYYY-MM-DD) of what was typed; null when nothing was; 'invalid' for a day that does
 * not exist (31/2/2026), a part missing, or a year not of four digits.
 */
export function toIsoDay(parts: UkDateParts): string | null | 'invalid' {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return null;
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return 'invalid';
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return 'invalid';
  }
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The parts of an ISO day, for showing a filter from the address back in the fields. */
export function fromIsoDay(iso: string | null | undefined): UkDateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!match) return NO_DATE;
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] };
}
