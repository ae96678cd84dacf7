import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TrendPoint } from '@rcp/api-contract';
import { TrendChart } from '../../shared/charts/trend-chart';
import { protocolLoadSeries, protocolLoadSummary, protocolLoadTable } from '../model/protocol-load';

/** How many protocols each audit counted, with the ones retired and introduced in between. */
@Component({
  selector: 'rcp-protocol-load-chart',
  imports: [TrendChart],
  template: `
    <rcp-trend-chart
      heading="Protocol load over time"
      [summary]="summary()"
      [table]="table()"
      fileName="protocol-load-over-time"
      [series]="series()"
      xAxisLabel="Audit"
      yAxisLabel="Protocols"
      [yScaleMin]="0"
      data-testid="chart-protocol-load"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProtocolLoadChart {
  readonly trend = input.required<readonly TrendPoint[]>();
  /** "organisational" or "wider-environment". */
  readonly scope = input('organisational');

  protected readonly summary = computed(() => protocolLoadSummary(this.trend(), this.scope()));
  protected readonly table = computed(() => protocolLoadTable(this.trend()));
  protected readonly series = computed(() => protocolLoadSeries(this.trend()));
}
