/** A value axis: its two ends and the ticks between them, each a round number. */
export interface ValueAxis {
  min: number;
  max: number;
  ticks: number[];
}

const STEPS = [1, 2.5, 5, 10];

/**
 * Round ticks covering every value and zero ("no effect"), about `count` of them: steps of 1,
 * 2.5 or 5 times a power of ten (0, 25, 50, 75 rather than 0 and 50), within −100…+100 when the
 * values are (index and principle scores are).
 */
export function niceAxis(values: readonly number[], count = 5): ValueAxis {
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const span = hi - lo || 1;
  const raw = span / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = (STEPS.find((s) => s * power >= raw) ?? 10) * power;
  let min = Math.floor(lo / step) * step;
  let max = Math.ceil(hi / step) * step;
  if (min === max) max = min + step;
  if (lo >= -100 && min < -100) min = -100;
  if (hi <= 100 && max > 100) max = 100;
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 1000; t += step) ticks.push(Math.round(t * 1000) / 1000);
  return { min, max, ticks };
}
