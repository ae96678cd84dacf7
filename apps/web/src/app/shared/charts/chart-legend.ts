import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { CHART_COLOURS, FillKey, fillUrl, PROJECTED_DASH } from './chart-fills';

/**
 * One entry of a chart's key, by what its swatch shows:
 * - `fill`: a bar's colour and pattern (outlined thinly; `outlined` for the caller's own bar);
 * - `colour`: a plain bar colour;
 * - `line`: a line of that colour (`dashed` for a projected one); `band`: a shaded band of that colour;
 * - `referenceLines`: the dashed lines across a chart, over their shaded band.
 */
export interface FillLegendItem {
  label: string;
  fill: FillKey;
  outlined?: boolean;
}

export type LegendItem =
  | FillLegendItem
  | { label: string; colour: string }
  | { label: string; line: string; dashed?: boolean }
  | { label: string; band: string }
  | { label: string; referenceLines: true };

export type SwatchKind = 'fill' | 'outlined' | 'colour' | 'line' | 'band' | 'referenceLines';

/** Which swatch an entry is drawn with. */
export function swatchKind(item: LegendItem): SwatchKind {
  if ('fill' in item) return item.outlined ? 'outlined' : 'fill';
  if ('colour' in item) return 'colour';
  if ('line' in item) return 'line';
  if ('band' in item) return 'band';
  return 'referenceLines';
}

/** A chart's key in HTML: a swatch with the series' colour and pattern, and its name in words. */
@Component({
  selector: 'rcp-chart-legend',
  template: `
    <ul class="chart-legend" [attr.aria-label]="label()">
      @for (item of items(); track item.label) {
        <li>
          <svg width="22" height="14" aria-hidden="true" focusable="false">
            @switch (kind(item)) {
              @case ('fill') {
                <rect
                  class="chart-legend__outline"
                  x="0.5"
                  y="0.5"
                  width="21"
                  height="13"
                  [attr.fill]="paint(item)"
                />
              }
              @case ('outlined') {
                <rect
                  x="1"
                  y="1"
                  width="20"
                  height="12"
                  [attr.fill]="paint(item)"
                  [attr.stroke]="colours.text"
                  stroke-width="2"
                />
              }
              @case ('colour') {
                <rect x="0.5" y="0.5" width="21" height="13" [attr.fill]="paint(item)" />
              }
              @case ('line') {
                <line
                  x1="0"
                  y1="7"
                  x2="22"
                  y2="7"
                  [attr.stroke]="paint(item)"
                  stroke-width="3"
                  [attr.stroke-dasharray]="dashOf(item)"
                />
              }
              @case ('band') {
                <rect
                  x="0.5"
                  y="0.5"
                  width="21"
                  height="13"
                  [attr.fill]="paint(item)"
                  fill-opacity="0.25"
                  [attr.stroke]="paint(item)"
                />
              }
              @case ('referenceLines') {
                <rect x="0" y="0" width="22" height="14" fill="#000000" fill-opacity="0.06" />
                <line
                  x1="11"
                  y1="0"
                  x2="11"
                  y2="14"
                  [attr.stroke]="colours.text"
                  stroke-width="2"
                  stroke-dasharray="4 2"
                />
              }
            }
          </svg>
          {{ item.label }}
        </li>
      }
    </ul>
  `,
  styles: `
    .chart-legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
      list-style: none;
      padding: 0;
      margin: 0 0 0.75rem;
    }
    .chart-legend li {
      display: flex;
      align-items: center;
      gap: 0.4rem;
    }
    .chart-legend svg {
      flex: none;
    }
    .chart-legend__outline {
      stroke: var(--rcp-text);
      stroke-width: 1;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartLegend {
  readonly items = input.required<readonly LegendItem[]>();
  readonly label = input('Key');

  protected readonly colours = CHART_COLOURS;
  protected readonly kind = swatchKind;

  /** A projected line's dashes (as drawn on the chart, see `.rcp-chart`); none for a solid one. */
  protected dashOf(item: LegendItem): string | null {
    return 'line' in item && item.dashed ? PROJECTED_DASH : null;
  }

  /** The swatch's fill or stroke: a pattern, or a plain colour. */
  protected paint(item: LegendItem): string {
    if ('fill' in item) return fillUrl(item.fill);
    if ('colour' in item) return item.colour;
    if ('line' in item) return item.line;
    if ('band' in item) return item.band;
    return CHART_COLOURS.text;
  }
}
