import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TrendPoint } from '@rcp/api-contract';
import { INDEX_TICKS } from '../../shared/charts/axis-format';
import { CHART_COLOURS } from '../../shared/charts/chart-fills';
import { LegendItem } from '../../shared/charts/chart-legend';
import { TrendChart } from '../../shared/charts/trend-chart';
import { capitalise } from '../model/dashboard-text';
import {
  PlanTrendProjection,
  planTrendSeries,
  planTrendSummary,
  planTrendTable,
  projectedTick,
  PROJECTED_SERIES,
} from '../model/plan-trend';

/**
 * The index of every submitted audit, oldest first, as a line; provisional results marked "*".
 * With a plan projection, a dashed second line continues from the latest audit to the plan's
 * latest due date ("Projected if the plan lands"), in the key, the table and the summary.
 */
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
      [legend]="legend()"
      [customColors]="customColors"
      data-testid="chart-trend"
    >
      @if (hasProvisional()) {
        <p class="rcp-chart-note">
          * Provisional: less of the register had been assessed (low coverage), so the result may
          have changed as the rest was rated.
        </p>
      }
      @if (projection(); as p) {
        <p class="rcp-chart-note" data-testid="trend-projection-note">
          The dashed line is a projection, not a result: the latest audit with the plan's agreed and
          in-progress changes at their target ratings, drawn to {{ tick(p) }}, the latest due date
          among them.
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
  /** The plan's projection to draw on (only on the latest audit, the whole council); or null. */
  readonly projection = input<PlanTrendProjection | null>(null);

  protected readonly ticks = INDEX_TICKS;
  protected readonly tick = projectedTick;
  protected readonly customColors = [{ name: PROJECTED_SERIES, value: CHART_COLOURS.projected }];

  protected readonly summary = computed(() =>
    planTrendSummary(this.trend(), this.projection(), this.subject()),
  );
  protected readonly table = computed(() => planTrendTable(this.trend(), this.projection()));
  protected readonly series = computed(() => planTrendSeries(this.trend(), this.projection()));
  protected readonly legend = computed((): LegendItem[] =>
    this.series().length > 1
      ? [
          { label: this.subjectLabel(), line: CHART_COLOURS.line },
          { label: PROJECTED_SERIES, line: CHART_COLOURS.projected, dashed: true },
        ]
      : [],
  );
  protected readonly hasProvisional = computed(() =>
    this.trend().some((p) => p.provisional && p.index !== null),
  );
  protected readonly subjectLabel = computed(() => capitalise(this.subject().replace(/^the /, '')));
}
