// Types only: a value from ngx-charts here would pull the whole library into every page that
// shows a chart's key or table, not just the deferred drawings.
import type { Color, ScaleType } from '@swimlane/ngx-charts';

/** `ScaleType.Ordinal`, without importing the enum's value. */
const ORDINAL = 'ordinal' as ScaleType;

/**
 * Every series is drawn with a colour AND a pattern (solid, stripes, dots, cross-hatch), defined
 * once by <rcp-chart-patterns>, so no meaning rests on colour alone (WCAG 1.4.1). Each colour is
 * at least 3:1 against white (1.4.11); the legend and the table say the same in words.
 *
 * The keys: the five protocol classes; the chosen audit and the one compared with; the three
 * perspectives; and `you`, the caller's own council among others (striped, and outlined on the
 * chart, see `.rcp-chart`).
 */
export type FillKey =
  | 'enabling'
  | 'mixed'
  | 'neutral'
  | 'inhibiting'
  | 'unscored'
  | 'current'
  | 'previous'
  | 'leadership'
  | 'frontline'
  | 'residents'
  | 'you';

export const FILL_IDS: Readonly<Record<FillKey, string>> = {
  enabling: 'rcp-fill-enabling',
  mixed: 'rcp-fill-mixed',
  neutral: 'rcp-fill-neutral',
  inhibiting: 'rcp-fill-inhibiting',
  unscored: 'rcp-fill-unscored',
  current: 'rcp-fill-current',
  previous: 'rcp-fill-previous',
  leadership: 'rcp-fill-leadership',
  frontline: 'rcp-fill-frontline',
  residents: 'rcp-fill-residents',
  you: 'rcp-fill-you',
};

/** `url(#rcp-fill-…)`: a pattern as an SVG fill. */
export function fillUrl(key: FillKey): string {
  return `url(#${FILL_IDS[key]})`;
}

/** ngx-charts custom colours: series name → pattern fill. */
export function customFills(entries: ReadonlyArray<readonly [string, FillKey]>): Array<{
  name: string;
  value: string;
}> {
  return entries.map(([name, key]) => ({ name, value: fillUrl(key) }));
}

/** Plain colours of single-series charts, each at least 3:1 against white. */
export const CHART_COLOURS = {
  /** The brand's dark blue: a line over time, a median. */
  line: '#003a70',
  /** Bars of councils other than the caller's. */
  council: '#4b6584',
  /** The caller's own council: the base of its striped pattern. */
  you: '#9c3d00',
  /** Boxes of a box plot. */
  box: '#6f8fb0',
  /** A projected line (dashed as well, see PROJECTED_DASH): what the plan would do. */
  projected: '#663399',
  /** Outlines and marks drawn in the text colour. */
  text: '#1b1b1f',
} as const;

/**
 * The dashes of a projected line, on the chart (`.rcp-chart`, by its colour `projected`) and in
 * the key: a projection differs from what was measured by its pattern, not by colour alone.
 */
export const PROJECTED_DASH = '6 4';

/** An ngx-charts scheme of one colour, for charts whose every series has the same look. */
export function singleColourScheme(colour: string): Color {
  return {
    name: `rcp-${colour}`,
    selectable: false,
    group: ORDINAL,
    domain: [colour],
  };
}

/** A fallback scheme (every series used has a custom fill). */
export const FALLBACK_SCHEME: Color = {
  name: 'rcp',
  selectable: false,
  group: ORDINAL,
  domain: ['#003a70', '#5c6670', '#6a3d9a', '#005a5b', '#1d6f42', '#b3261e'],
};

/** The line of a value over time: the brand's dark blue. */
export const LINE_SCHEME: Color = singleColourScheme(CHART_COLOURS.line);
