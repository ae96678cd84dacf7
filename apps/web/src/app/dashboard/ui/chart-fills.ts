import { Color, ScaleType } from '@swimlane/ngx-charts';
import { ClassKey } from '../model/dashboard-text';

/**
 * Every series is drawn with a colour AND a pattern (solid, stripes, dots, cross-hatch), defined
 * once by <rcp-chart-patterns>, so no meaning rests on colour alone (WCAG 1.4.1). Each colour is
 * at least 3:1 against white (1.4.11); the legend and the table say the same in words.
 */
export type FillKey = ClassKey | 'current' | 'previous' | 'leadership' | 'frontline' | 'residents';

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
};

export function fillUrl(key: FillKey): string {
  return `url(#${FILL_IDS[key]})`;
}

/** ngx-charts custom colours: series name → pattern fill. */
export function customFills(entries: ReadonlyArray<[string, FillKey]>): Array<{
  name: string;
  value: string;
}> {
  return entries.map(([name, key]) => ({ name, value: fillUrl(key) }));
}

/** A fallback scheme (every series used has a custom fill). */
export const FALLBACK_SCHEME: Color = {
  name: 'rcp',
  selectable: false,
  group: ScaleType.Ordinal,
  domain: ['#003a70', '#5c6670', '#6a3d9a', '#005a5b', '#1d6f42', '#b3261e'],
};

/** The line of the index over time: the brand's dark blue. */
export const LINE_SCHEME: Color = {
  name: 'rcp-line',
  selectable: false,
  group: ScaleType.Ordinal,
  domain: ['#003a70'],
};

export interface LegendItem {
  label: string;
  fill: FillKey;
}
