import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { formatTick } from './axis-format';
import { LINE_SCHEME } from './chart-fills';
import { ChartFrame } from './chart-frame';
import { ChartLegend, LegendItem } from './chart-legend';
import { ChartPanel } from './chart-panel';
import { ChartTable } from './chart-table';
import { TrendLineDrawing } from './trend-line-drawing';

/** One line over time; a point with `min` and `max` also has a shaded band from min to max. */
export interface TrendLine {
  name: string;
  series: ReadonlyArray<{ name: string; value: number; min?: number; max?: number }>;
}

/**
 * A value over time as a line, with the dashed zero ("no effect") line, inside a chart panel: the
 * heading, the one-sentence summary, the same numbers as a table and CSV. A series may carry a
 * range (`min`/`max` per point), drawn as a shaded band; a series coloured `CHART_COLOURS.projected`
 * (see `customColors`) is drawn dashed. Notes (provisional results, periods not
 * drawn) are projected below the chart.
 */
@Component({
  selector: 'rcp-trend-chart',
  imports: [ChartPanel, ChartFrame, ChartLegend, TrendLineDrawing],
  template: `
    <rcp-chart-panel
      [heading]="heading()"
      [summary]="summary()"
      [table]="table()"
      [fileName]="fileName()"
    >
      @if (series().length) {
        @if (legend().length) {
          <rcp-chart-legend [items]="legend()" [label]="'Key to ' + heading()" />
        }
        <rcp-chart-frame [label]="heading()" [summary]="summary()" [strongLines]="strongLines()">
          <!-- Drawn when scrolled into view; the frame keeps its height meanwhile (no shift). -->
          @defer (on viewport) {
            <rcp-trend-line-drawing
              [series]="series()"
              [scheme]="scheme"
              [customColors]="customColors()"
              [xAxisLabel]="xAxisLabel()"
              [yAxisLabel]="yAxisLabel()"
              [axis]="axis()"
              [tickFormatting]="tickFormatting()"
            />
          } @placeholder {
            <div class="rcp-chart-placeholder"></div>
          }
        </rcp-chart-frame>
      } @else {
        <p>{{ emptyText() }}</p>
      }
      <ng-content />
    </rcp-chart-panel>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrendChart {
  readonly heading = input.required<string>();
  readonly summary = input.required<string>();
  readonly table = input.required<ChartTable>();
  readonly fileName = input.required<string>();
  readonly series = input.required<readonly TrendLine[]>();
  /** "Audit", "Half-year". */
  readonly xAxisLabel = input.required<string>();
  /** "Index", "Wider-environment index". */
  readonly yAxisLabel = input.required<string>();
  /** Shown instead of the chart when there is no point to draw. */
  readonly emptyText = input('There is nothing to draw yet.');
  /** The key, when the chart draws more than the one line. */
  readonly legend = input<readonly LegendItem[]>([]);
  /** A fixed value axis (e.g. −100…+100 with INDEX_TICKS); ngx-charts' own when not given. */
  readonly yScaleMin = input<number | undefined>(undefined);
  readonly yScaleMax = input<number | undefined>(undefined);
  readonly yAxisTicks = input<readonly number[] | undefined>(undefined);
  readonly tickFormatting = input<(value: number) => string>(formatTick);
  /** Series name → colour, for a series drawn apart (a projected one: `CHART_COLOURS.projected`). */
  readonly customColors = input<Array<{ name: string; value: string }>>([]);
  /** A bolder zero line (see ChartFrame). */
  readonly strongLines = input(false);

  protected readonly scheme = LINE_SCHEME;
  /** ngx-charts types these as always set, but leaves an undefined one to its own scale. */
  protected readonly axis = computed(() => ({
    min: this.yScaleMin() as number,
    max: this.yScaleMax() as number,
    ticks: this.yAxisTicks() as number[],
  }));
}
