import { formatIndex, MINUS } from '../format/index-format';

/** The ticks of a full −100…+100 index axis. */
export const INDEX_TICKS: readonly number[] = [-100, -50, 0, 50, 100];

/** The dashed line at zero ("no effect") on an index axis, as an ngx-charts reference line. */
export const ZERO_LINE: ReadonlyArray<{ name: string; value: number }> = [
  { name: 'No effect', value: 0 },
];

/** An axis tick: a whole number with a true minus sign ("−50", "0", "50"). */
export function formatTick(value: number): string {
  const r = Math.round(value);
  return r < 0 ? `${MINUS}${Math.abs(r)}` : String(r);
}

/** An axis tick of an index as it is written everywhere else, one decimal ("−12.5", "50.0"). */
export function formatIndexTick(value: number): string {
  return formatIndex(value);
}

/** Whole-number ticks from 0 to at least `max`, about six of them: counts are never fractional. */
export function countTicks(max: number): number[] {
  const step = Math.max(1, Math.ceil(Math.max(max, 1) / 6));
  const ticks: number[] = [];
  for (let t = 0; t < max + step; t += step) ticks.push(t);
  return ticks;
}

/**
 * The range of an index axis: zero always in it, and room past the longest bar either side for
 * its label, within −100…+100.
 */
export function indexAxisDomain(values: readonly number[]): [number, number] {
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  const lo = min < 0 ? Math.max(-100, Math.floor((min - 12) / 10) * 10) : 0;
  const hi = max > 0 || min === 0 ? Math.min(100, Math.ceil((max + 8) / 10) * 10) : 0;
  return [lo, hi];
}
