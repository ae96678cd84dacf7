import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TrendBenchmarkPoint } from '@rcp/api-contract';
import { formatIndexTick } from '../../shared/charts/axis-format';
import { CHART_COLOURS } from '../../shared/charts/chart-fills';
import { LegendItem } from '../../shared/charts/chart-legend';
import { TrendChart } from '../../shared/charts/trend-chart';
import {
  trendSeries,
  trendSummary,
  trendTable,
  withheldPoints,
  withheldText,
} from '../model/trend';

const KEY: readonly LegendItem[] = [
  { label: 'Median', line: CHART_COLOURS.line },
  {
    label: 'Shaded band: the middle half of councils (lower to upper quartile)',
    band: CHART_COLOURS.line,
  },
];

/** The comparison group's median per half-year as a line, its interquartile range as a band. */
@Component({
  selector: 'rcp-network-trend-chart',
  imports: [TrendChart],
  template: `
    <rcp-trend-chart
      [heading]="heading()"
      [summary]="summary()"
      [table]="table()"
      fileName="benchmark-trend"
      [series]="series()"
      [legend]="key"
      xAxisLabel="Half-year"
      [yAxisLabel]="valueLabel()"
      [tickFormatting]="formatTick"
      [strongLines]="true"
      emptyText="There is no half-year with enough councils to show."
      data-testid="chart-trend"
    >
      @if (withheld().length) {
        <div class="rcp-bench-withheld" data-testid="trend-withheld">
          <p class="rcp-chart-note">
            Not drawn: half-years when fewer than {{ minimum() }} councils reported, so that no
            council could be singled out.
          </p>
          <ul>
            @for (point of withheld(); track point.periodEnd) {
              <li>{{ point.label }}: {{ withheldText(point) }}.</li>
            }
          </ul>
        </div>
      }
    </rcp-trend-chart>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NetworkTrendChart {
  readonly trend = input.required<readonly TrendBenchmarkPoint[]>();
  readonly minimum = input.required<number>();
  /** "network median", "peer median". */
  readonly medianName = input('network median');
  readonly valueLabel = input('Index');
  readonly wholeNetwork = input(true);

  protected readonly key = KEY;
  protected readonly formatTick = formatIndexTick;

  protected readonly heading = computed(() =>
    this.wholeNetwork() ? 'The network over time' : 'The peer group over time',
  );
  protected readonly summary = computed(() =>
    trendSummary(this.trend(), { subject: `the ${this.medianName()}`, minimum: this.minimum() }),
  );
  protected readonly table = computed(() => trendTable(this.trend(), this.minimum()));
  protected readonly series = computed(() => trendSeries(this.trend()));
  protected readonly withheld = computed(() => withheldPoints(this.trend()));

  protected withheldText(point: TrendBenchmarkPoint): string {
    return withheldText(point, this.minimum());
  }
}
