// One formatter each, made once: `toLocaleString` builds a new Intl formatter on every call, which
// is most of the cost of the many counts and dates a dashboard writes in its first render.
const COUNT = new Intl.NumberFormat('en-GB');
const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "1,234": a whole count, British style (same as `count.toLocaleString('en-GB')`). */
export function formatCount(count: number): string {
  return COUNT.format(count);
}

/** "30 June 2026" for a date, in UTC. */
export function formatUtcDay(date: Date): string {
  return DAY.format(date);
}
