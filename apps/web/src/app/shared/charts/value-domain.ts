import { Directive, inject, input } from '@angular/core';
import { BarHorizontal2DComponent } from '@swimlane/ngx-charts';

/**
 * Fixes the value axis of a grouped horizontal bar chart (ngx-charts has no `xScaleMin`): both
 * ends are set, so negative bars get room for their labels as positive ones do. Uses the chart's
 * public `getValueDomain()`, which it calls on every update.
 */
@Directive({ selector: 'ngx-charts-bar-horizontal-2d[rcpValueDomain]' })
export class ValueDomain {
  readonly rcpValueDomain = input.required<[number, number]>();

  constructor() {
    const chart = inject(BarHorizontal2DComponent);
    chart.getValueDomain = () => this.rcpValueDomain();
  }
}
