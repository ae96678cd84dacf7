import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { BarChartModule } from '@swimlane/ngx-charts';
import { formatTick } from '../../shared/charts/axis-format';
import { FALLBACK_SCHEME } from '../../shared/charts/chart-fills';
import { ValueDomain } from '../../shared/charts/value-domain';
import { formatIndex } from '../../shared/format/index-format';
import { GroupedSeries } from '../model/principle-profile';

/**
 * The SVG of <rcp-principle-bars>: ngx-charts' grouped horizontal bars on a fixed value axis. A
 * file of its own, used only inside the `@defer` block, so ngx-charts (an NgModule, which `@defer`
 * cannot split off by itself) loads with the first chart drawn, not with the dashboard.
 */
@Component({
  selector: 'rcp-principle-bars-drawing',
  imports: [BarChartModule, ValueDomain],
  template: `
    <ngx-charts-bar-horizontal-2d
      [results]="series()"
      [scheme]="scheme"
      [customColors]="customColors()"
      [xAxis]="true"
      [yAxis]="true"
      [showXAxisLabel]="true"
      xAxisLabel="Principle index (−100 to +100)"
      [xAxisTickFormatting]="formatTick"
      [rcpValueDomain]="domain()"
      [trimYAxisTicks]="true"
      [wrapTicks]="true"
      [showDataLabel]="true"
      [dataLabelFormatting]="formatLabel"
      [groupPadding]="10"
      [barPadding]="2"
      [tooltipDisabled]="true"
      [animations]="false"
      [legend]="false"
      [roundEdges]="false"
    />
  `,
  styles: ':host { display: block; height: 100%; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrincipleBarsDrawing {
  readonly series = input.required<GroupedSeries[]>();
  readonly customColors = input.required<Array<{ name: string; value: string }>>();
  /** Both ends of the value axis. */
  readonly domain = input.required<[number, number]>();

  protected readonly scheme = FALLBACK_SCHEME;
  protected readonly formatTick = formatTick;
  protected readonly formatLabel = (v: number) => formatIndex(v);
}
