const UK_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in the UK (YYYY-MM-DD): councils' days, whatever the server's time zone. */
export function ukToday(now: Date = new Date()): string {
  return UK_DAY.format(now);
}
