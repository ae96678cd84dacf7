import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { BarChartModule } from '@swimlane/ngx-charts';
import { singleColourScheme } from '../../shared/charts/chart-fills';
import { score, setting } from './worked-example-view';

/**
 * The SVG of the worked example's protocol scores: ngx-charts' vertical bars on the −100…+100
 * score axis, each bar in its class's colour. A file of its own, used only inside the page's
 * `@defer` block, so ngx-charts (an NgModule, which `@defer` cannot split off by itself) loads
 * when the chart is scrolled to, not with the page.
 */
@Component({
  selector: 'rcp-protocol-scores-drawing',
  imports: [BarChartModule],
  template: `
    <ngx-charts-bar-vertical
      [results]="data()"
      [scheme]="scheme()"
      [customColors]="customColors()"
      [xAxis]="true"
      [yAxis]="true"
      [showXAxisLabel]="true"
      [showYAxisLabel]="true"
      xAxisLabel="Protocol"
      yAxisLabel="Score"
      [yScaleMin]="-100"
      [yScaleMax]="100"
      [yAxisTicks]="[-100, -50, 0, 50, 100]"
      [yAxisTickFormatting]="formatAxis"
      [showDataLabel]="true"
      [dataLabelFormatting]="formatTick"
      [tooltipDisabled]="true"
      [animations]="false"
      [roundEdges]="false"
      [barPadding]="32"
    />
  `,
  styles: ':host { display: block; height: 100%; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProtocolScoresDrawing {
  /** One bar per protocol: its id and rounded score. */
  readonly data = input.required<Array<{ name: string; value: number }>>();
  /** Protocol id → its class's colour. */
  readonly customColors = input.required<Array<{ name: string; value: string }>>();
  /** The colour of a bar without a class of its own (neutral). */
  readonly fallbackColour = input.required<string>();

  protected readonly scheme = computed(() => singleColourScheme(this.fallbackColour()));
  protected readonly formatTick = (value: number) => score(value);
  protected readonly formatAxis = (value: number) => setting(value);
}
