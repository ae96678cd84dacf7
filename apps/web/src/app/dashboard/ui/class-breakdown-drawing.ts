import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { BarChartModule } from '@swimlane/ngx-charts';
import { FALLBACK_SCHEME } from '../../shared/charts/chart-fills';
import { GroupedSeries } from '../model/principle-profile';

/**
 * The SVG of <rcp-class-breakdown-chart>: ngx-charts' stacked horizontal bars. A file of its own,
 * used only inside the `@defer` block, so ngx-charts (an NgModule, which `@defer` cannot split
 * off by itself) loads with the first chart drawn, not with the dashboard.
 */
@Component({
  selector: 'rcp-class-breakdown-drawing',
  imports: [BarChartModule],
  template: `
    <ngx-charts-bar-horizontal-stacked
      [results]="series()"
      [scheme]="scheme"
      [customColors]="customColors()"
      [xAxis]="true"
      [yAxis]="true"
      [showXAxisLabel]="true"
      xAxisLabel="Number of protocols"
      [xAxisTicks]="ticks()"
      [xScaleMax]="ticks()[ticks().length - 1]"
      [trimYAxisTicks]="true"
      [wrapTicks]="true"
      [showDataLabel]="true"
      [barPadding]="6"
      [tooltipDisabled]="true"
      [animations]="false"
      [legend]="false"
    />
  `,
  styles: ':host { display: block; height: 100%; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClassBreakdownDrawing {
  readonly series = input.required<GroupedSeries[]>();
  readonly customColors = input.required<Array<{ name: string; value: string }>>();
  readonly ticks = input.required<number[]>();

  protected readonly scheme = FALLBACK_SCHEME;
}
