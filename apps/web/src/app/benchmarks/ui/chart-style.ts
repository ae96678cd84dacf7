import { Color, ScaleType } from '@swimlane/ngx-charts';

/**
 * Colours of the benchmark charts. Each is at least 3:1 against white (WCAG 1.4.11); the caller's
 * own council is told apart by a striped pattern, an outline and the words "▶ You" as well, never
 * by colour alone (1.4.1).
 */
export const BENCH_COLOURS = {
  /** Other councils' bars. */
  council: '#4b6584',
  /** The caller's own council: the base of its striped pattern. */
  you: '#9c3d00',
  /** Boxes of the principle chart. */
  box: '#6f8fb0',
  /** The median line of the trend and its band. */
  median: '#003a70',
  text: '#1b1b1f',
} as const;

export const YOU_PATTERN_ID = 'rcp-bench-you';
export const YOU_FILL = `url(#${YOU_PATTERN_ID})`;

export function scheme(colour: string): Color {
  return {
    name: `rcp-bench-${colour}`,
    selectable: false,
    group: ScaleType.Ordinal,
    domain: [colour],
  };
}
