import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { Color, LineChartModule } from '@swimlane/ngx-charts';
import { ZERO_LINE } from './axis-format';
import type { TrendLine } from './trend-chart';

/**
 * The SVG of <rcp-trend-chart>: ngx-charts' line chart with the dashed zero line. A file of its
 * own, used only inside the chart's `@defer` block, so ngx-charts (an NgModule, which `@defer`
 * cannot split off by itself) loads with the first chart drawn, not with the page.
 */
@Component({
  selector: 'rcp-trend-line-drawing',
  imports: [LineChartModule],
  template: `
    <ngx-charts-line-chart
      [results]="series()"
      [scheme]="scheme()"
      [customColors]="customColors()"
      [xAxis]="true"
      [yAxis]="true"
      [showXAxisLabel]="true"
      [showYAxisLabel]="true"
      [xAxisLabel]="xAxisLabel()"
      [yAxisLabel]="yAxisLabel()"
      [yScaleMin]="axis().min"
      [yScaleMax]="axis().max"
      [yAxisTicks]="axis().ticks"
      [yAxisTickFormatting]="tickFormatting()"
      [rangeFillOpacity]="0.25"
      [referenceLines]="zeroLine"
      [showRefLines]="true"
      [showRefLabels]="false"
      [tooltipDisabled]="true"
      [animations]="false"
      [legend]="false"
    />
  `,
  styles: ':host { display: block; height: 100%; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrendLineDrawing {
  readonly series = input.required<readonly TrendLine[]>();
  readonly scheme = input.required<Color>();
  readonly customColors = input.required<Array<{ name: string; value: string }>>();
  readonly xAxisLabel = input.required<string>();
  readonly yAxisLabel = input.required<string>();
  /** ngx-charts types these as always set, but leaves an undefined one to its own scale. */
  readonly axis = input.required<{ min: number; max: number; ticks: number[] }>();
  readonly tickFormatting = input.required<(value: number) => string>();

  protected readonly zeroLine = ZERO_LINE;
}
