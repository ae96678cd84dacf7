import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TrendBenchmarkPoint } from '@rcp/api-contract';
import { LineChartModule } from '@swimlane/ngx-charts';
import { ChartPanel } from '../../shared/chart-panel/chart-panel';
import { formatIndex } from '../../shared/format/index-format';
import {
  trendSeries,
  trendSummary,
  trendTable,
  withheldPoints,
  withheldText,
} from '../model/trend';
import { BENCH_COLOURS, scheme } from './chart-style';

/** The comparison group's median per half-year as a line, its interquartile range as a band. */
@Component({
  selector: 'rcp-network-trend-chart',
  imports: [ChartPanel, LineChartModule],
  template: `
    <rcp-chart-panel
      [heading]="heading()"
      [summary]="summary()"
      [table]="table()"
      fileName="benchmark-trend"
      data-testid="chart-trend"
    >
      @if (series().length) {
        <ul class="rcp-bench-key" [attr.aria-label]="'Key to ' + heading()">
          <li>
            <svg width="22" height="14" aria-hidden="true" focusable="false">
              <line x1="0" y1="7" x2="22" y2="7" [attr.stroke]="colours.median" stroke-width="3" />
            </svg>
            Median
          </li>
          <li>
            <svg width="22" height="14" aria-hidden="true" focusable="false">
              <rect
                x="0.5"
                y="0.5"
                width="21"
                height="13"
                [attr.fill]="colours.median"
                fill-opacity="0.25"
                [attr.stroke]="colours.median"
              />
            </svg>
            Shaded band: the middle half of councils (lower to upper quartile)
          </li>
        </ul>
        <div
          class="rcp-bench-chart-scroll"
          tabindex="0"
          role="region"
          [attr.aria-label]="heading() + ', chart'"
        >
          <div class="rcp-bench-chart" role="img" [attr.aria-label]="summary()">
            <ngx-charts-line-chart
              [results]="series()"
              [scheme]="lineScheme"
              [xAxis]="true"
              [yAxis]="true"
              [showXAxisLabel]="true"
              [showYAxisLabel]="true"
              xAxisLabel="Half-year"
              [yAxisLabel]="valueLabel()"
              [yAxisTickFormatting]="formatTick"
              [rangeFillOpacity]="0.25"
              [referenceLines]="zeroLine"
              [showRefLines]="true"
              [showRefLabels]="false"
              [tooltipDisabled]="true"
              [animations]="false"
              [legend]="false"
            />
          </div>
        </div>
      } @else {
        <p>There is no half-year with enough councils to show.</p>
      }
      @if (withheld().length) {
        <div class="rcp-bench-withheld" data-testid="trend-withheld">
          <p class="rcp-bench-note">
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
    </rcp-chart-panel>
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

  protected readonly lineScheme = scheme(BENCH_COLOURS.median);
  protected readonly colours = BENCH_COLOURS;
  protected readonly zeroLine = [{ name: 'No effect', value: 0 }];
  protected readonly formatTick = (v: number) => formatIndex(v);

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
