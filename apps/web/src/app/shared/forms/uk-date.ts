/** The three boxes of a GOV.UK date input, as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePart = keyof DateParts;

/**
 * What is wrong with a typed date, and which boxes to mark: the GOV.UK date-input checks in its
 * order (missing parts, then a 4-digit year, then a real date). An empty date is not an error
 * here: whether one is required is the form's rule.
 */
export type DateProblem =
  | { dateIncomplete: { parts: DatePart[] } }
  | { dateYear: { parts: DatePart[] } }
  | { dateInvalid: { parts: DatePart[] } };

export const EMPTY_DATE: DateParts = Object.freeze({ day: '', month: '', year: '' });

const trimmed = (p: DateParts): DateParts => ({
  day: p.day.trim(),
  month: p.month.trim(),
  year: p.year.trim(),
});

export function isEmptyDate(parts: DateParts): boolean {
  const t = trimmed(parts);
  return !t.day && !t.month && !t.year;
}

/** The problem with the typed date, or null when it is empty or a real date. */
export function dateProblem(parts: DateParts): DateProblem | null {
  const t = trimmed(parts);
  if (isEmptyDate(t)) return null;
  const missing = (['day', 'month', 'year'] as const).filter((p) => !t[p]);
  if (missing.length > 0) return { dateIncomplete: { parts: missing } };
  const notNumbers = (['day', 'month', 'year'] as const).filter((p) => !/^\d+$/.test(t[p]));
  if (notNumbers.length > 0) return { dateInvalid: { parts: notNumbers } };
  if (t.year.length !== 4) return { dateYear: { parts: ['year'] } };
  const day = Number(t.day);
  const month = Number(t.month);
  const year = Number(t.year);
  if (month < 1 || month > 12) return { dateInvalid: { parts: ['month'] } };
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return { dateInvalid: { parts: ['day'] } };
  return null;
}

/** YYYY-MM-DD for a real date; '' for an empty one; null when it is not (yet) a date. */
export function toIsoDate(parts: DateParts): string | null {
  if (isEmptyDate(parts)) return '';
  if (dateProblem(parts)) return null;
  const t = trimmed(parts);
  return `${t.year}-${t.month.padStart(2, '0')}-${t.day.padStart(2, '0')}`;
}

/** The boxes for a YYYY-MM-DD date (as a person would type them: 5, 3, 2027); empty otherwise. */
export function fromIsoDate(value: string | null | undefined): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!match) return { ...EMPTY_DATE };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] };
}

/**
 * The form value for a date input from a date kept as text, such as a filter in the address
 * (`?from=2026-07-01`): a YYYY-MM-DD value as it is (one that is not a real date shows in the
 * boxes and is refused like a typed one); '' (no date) for anything else, so a mangled link
 * clears the filter rather than keeping a value the boxes cannot show.
 */
export function toDateInputValue(value: string | null | undefined): string {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '';
}

/**
 * The GOV.UK messages for a date's problems, named for the question ("The date of the evidence
 * must include a month"), to merge into a form's messages ahead of its own rules.
 */
export function dateMessages(name: string): Record<string, (error: unknown) => string> {
  const partsOf = (error: unknown): DatePart[] => (error as { parts?: DatePart[] }).parts ?? [];
  return {
    // At most two parts are missing (none typed is an empty date): "a day and month".
    dateIncomplete: (error) => `${name} must include a ${partsOf(error).join(' and ')}`,
    dateYear: () => 'Year must include 4 numbers',
    dateInvalid: () => `${name} must be a real date`,
  };
}
