/** The demo audits' periods: half-years, the latest (a draft's) possibly not over yet. */

/** A half-year audit period, with its label ("H1 2026 (January to June)"). */
export interface DemoPeriod {
  start: string;
  end: string;
  label: string;
}

/** The `count` half-years ending with the one that ends on `lastEnd`, oldest first. */
export function halfYears(lastEnd: string, count: number): DemoPeriod[] {
  const [year, month] = lastEnd.split('-').map(Number);
  let y = year;
  let h = month <= 6 ? 1 : 2;
  const periods: DemoPeriod[] = [];
  for (let i = 0; i < count; i++) {
    periods.unshift({
      start: h === 1 ? `${y}-01-01` : `${y}-07-01`,
      end: h === 1 ? `${y}-06-30` : `${y}-12-31`,
      label: `H${h} ${y} (${h === 1 ? 'January to June' : 'July to December'})`,
    });
    if (h === 1) {
      h = 2;
      y -= 1;
    } else h = 1;
  }
  return periods;
}

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
];

/** The half-year after `end`, or as much of it as has ended by `endBy`. */
export function nextHalfYear(end: string, endBy: string): DemoPeriod {
  const [year, month] = end.split('-').map(Number);
  const next =
    month <= 6
      ? { start: `${year}-07-01`, end: `${year}-12-31`, label: `H2 ${year} (July to December)` }
      : {
          start: `${year + 1}-01-01`,
          end: `${year + 1}-06-30`,
          label: `H1 ${year + 1} (January to June)`,
        };
  if (endBy >= next.end || endBy < next.start) return next;
  const [y, m] = endBy.split('-').map(Number);
  const half = next.start.endsWith('-07-01') ? 'H2' : 'H1';
  const first = MONTHS[Number(next.start.slice(5, 7)) - 1];
  return {
    start: next.start,
    end: endBy,
    label: `${half} ${y} so far (${first} to ${MONTHS[m - 1]})`,
  };
}
