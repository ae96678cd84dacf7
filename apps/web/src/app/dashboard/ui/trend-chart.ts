import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TrendPoint } from '@rcp/api-contract';
import { LineChartModule } from '@swimlane/ngx-charts';
import { ChartPanel } from '../../shared/chart-panel/chart-panel';
import { capitalise, formatTick } from '../model/dashboard-text';
import { trendSeries, trendSummary, trendTable } from '../model/trend';
import { LINE_SCHEME } from './chart-fills';

/** The index of every submitted audit, oldest first, as a line; provisional results marked "*". */
@Component({
  selector: 'rcp-trend-chart',
  imports: [ChartPanel, LineChartModule],
  template: `
    <rcp-chart-panel
      heading="Index over time"
      [summary]="summary()"
      [table]="table()"
      [fileName]="fileName()"
      data-testid="chart-trend"
    >
      @if (series().length) {
        <div
          class="rcp-chart-scroll"
          tabindex="0"
          role="region"
          aria-label="Index over time, chart"
        >
          <div class="rcp-chart" role="img" [attr.aria-label]="summary()">
            <ngx-charts-line-chart
              [results]="series()"
              [scheme]="scheme"
              [xAxis]="true"
              [yAxis]="true"
              [showXAxisLabel]="true"
              [showYAxisLabel]="true"
              xAxisLabel="Audit"
              [yAxisLabel]="subjectLabel()"
              [yScaleMin]="-100"
              [yScaleMax]="100"
              [yAxisTicks]="ticks"
              [yAxisTickFormatting]="formatTick"
              [referenceLines]="zeroLine"
              [showRefLines]="true"
              [showRefLabels]="false"
              [tooltipDisabled]="true"
              [animations]="false"
              [legend]="false"
            />
          </div>
        </div>
        @if (hasProvisional()) {
          <p class="rcp-chart-note">
            * Provisional: less of the register had been assessed (low coverage), so the result may
            have changed as the rest was rated.
          </p>
        }
      } @else {
        <p>There is nothing to draw yet.</p>
      }
    </rcp-chart-panel>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrendChart {
  readonly trend = input.required<readonly TrendPoint[]>();
  /** "the index", "the wider-environment index"… for the sentence and the axis. */
  readonly subject = input('the index');
  readonly fileName = input('index-over-time');

  protected readonly scheme = LINE_SCHEME;
  protected readonly ticks = [-100, -50, 0, 50, 100];
  protected readonly zeroLine = [{ name: 'No effect', value: 0 }];
  protected readonly formatTick = formatTick;

  protected readonly summary = computed(() => trendSummary(this.trend(), this.subject()));
  protected readonly table = computed(() => trendTable(this.trend()));
  protected readonly series = computed(() => trendSeries(this.trend()));
  protected readonly hasProvisional = computed(() =>
    this.trend().some((p) => p.provisional && p.index !== null),
  );
  protected readonly subjectLabel = computed(() => capitalise(this.subject().replace(/^the /, '')));
}
