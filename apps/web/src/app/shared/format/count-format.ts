// Written out by hand, not with Intl: the first Intl formatter a page makes loads the browser's
// locale data, ≈ 100 ms of main-thread work on a phone's CPU (4× slowed, in a performance trace),
// and the dashboard's chunks made two as they were evaluated, in one long task after the first
// paint. British counts and UTC days need nothing of it; the tests hold them to what Intl writes.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * "1,234": a count, British style (the same as `count.toLocaleString('en-GB')`; a fraction is
 * rounded to 3 places, as there).
 */
export function formatCount(count: number): string {
  if (!Number.isFinite(count)) return count.toLocaleString('en-GB');
  const sign = count < 0 || Object.is(count, -0) ? '-' : '';
  const [whole, fraction] = Math.abs(count)
    .toFixed(3)
    .replace(/\.?0+$/, '')
    .split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return sign + grouped + (fraction ? `.${fraction}` : '');
}

/** British short month names, as Intl writes them for en-GB (September is "Sept"). */
const SHORT_MONTHS = MONTHS.map((m) => (m === 'September' ? 'Sept' : m.slice(0, 3)));

/** "30 June 2026" for a date, in UTC. */
export function formatUtcDay(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "Sept 2026": a date's month and year, in UTC. */
export function formatUtcMonth(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
  return `${SHORT_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
