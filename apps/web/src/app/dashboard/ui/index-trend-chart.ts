import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TrendPoint } from '@rcp/api-contract';
import { INDEX_TICKS } from '../../shared/charts/axis-format';
import { TrendChart } from '../../shared/charts/trend-chart';
import { capitalise } from '../model/dashboard-text';
import { trendSeries, trendSummary, trendTable } from '../model/trend';

/** The index of every submitted audit, oldest first, as a line; provisional results marked "*". */
@Component({
  selector: 'rcp-index-trend-chart',
  imports: [TrendChart],
  template: `
    <rcp-trend-chart
      heading="Index over time"
      [summary]="summary()"
      [table]="table()"
      [fileName]="fileName()"
      [series]="series()"
      xAxisLabel="Audit"
      [yAxisLabel]="subjectLabel()"
      [yScaleMin]="-100"
      [yScaleMax]="100"
      [yAxisTicks]="ticks"
      data-testid="chart-trend"
    >
      @if (hasProvisional()) {
        <p class="rcp-chart-note">
          * Provisional: less of the register had been assessed (low coverage), so the result may
          have changed as the rest was rated.
        </p>
      }
    </rcp-trend-chart>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndexTrendChart {
  readonly trend = input.required<readonly TrendPoint[]>();
  /** "the index", "the wider-environment index"… for the sentence and the axis. */
  readonly subject = input('the index');
  readonly fileName = input('index-over-time');

  protected readonly ticks = INDEX_TICKS;

  protected readonly summary = computed(() => trendSummary(this.trend(), this.subject()));
  protected readonly table = computed(() => trendTable(this.trend()));
  protected readonly series = computed(() => trendSeries(this.trend()));
  protected readonly hasProvisional = computed(() =>
    this.trend().some((p) => p.provisional && p.index !== null),
  );
  protected readonly subjectLabel = computed(() => capitalise(this.subject().replace(/^the /, '')));
}
