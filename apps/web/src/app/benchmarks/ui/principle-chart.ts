import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { PrincipleBenchmark } from '@rcp/api-contract';
import { BoxChartModule } from '@swimlane/ngx-charts';
import { ChartPanel } from '../../shared/charts/chart-panel';
import { principleBoxes, principleSummary, principleTable } from '../model/principles';
import { CHART_COLOURS, singleColourScheme } from '../../shared/charts/chart-fills';
import { ChartFrame } from '../../shared/charts/chart-frame';

/**
 * One box per principle: the box spans the middle half of councils (lower to upper quartile), the
 * line across it is the median, the whiskers reach the lowest and highest scores.
 */
@Component({
  selector: 'rcp-principle-chart',
  imports: [ChartPanel, ChartFrame, BoxChartModule],
  template: `
    <rcp-chart-panel
      heading="Principles compared"
      [summary]="summary()"
      [table]="table()"
      fileName="benchmark-principles"
      data-testid="chart-principles"
    >
      @if (boxes().length) {
        <p class="rcp-chart-note">
          Each box spans the middle half of {{ groupText() }} (lower to upper quartile); the line
          across it is the median, and the whiskers reach the lowest and highest scores.
          @if (yours()) {
            Your own scores are in the table below and under “Show as table”.
          }
        </p>
        <rcp-chart-frame
          label="Principles compared"
          [summary]="summary()"
          [minWidthRem]="minWidth()"
          [heightRem]="26"
          [strongLines]="true"
        >
          <!-- Drawn when scrolled into view; the frame keeps its height meanwhile (no shift). -->
          @defer (on viewport) {
            <ngx-charts-box-chart
              [results]="boxes()"
              [scheme]="boxScheme"
              [xAxis]="true"
              [yAxis]="true"
              [showYAxisLabel]="true"
              yAxisLabel="Score"
              [showGridLines]="false"
              [strokeColor]="colours.text"
              [strokeWidth]="2"
              [tooltipDisabled]="true"
              [animations]="false"
              [legend]="false"
            />
          } @placeholder {
            <div class="rcp-chart-placeholder"></div>
          }
        </rcp-chart-frame>
      } @else {
        <p>There are no principle scores to compare.</p>
      }
    </rcp-chart-panel>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrincipleChart {
  readonly principles = input.required<readonly PrincipleBenchmark[]>();
  readonly coordinator = input(false);
  /** "network median", "peer median". */
  readonly medianName = input('network median');
  /** "the network", "the peer group". */
  readonly groupText = input('the network');

  protected readonly boxScheme = singleColourScheme(CHART_COLOURS.box);
  protected readonly colours = CHART_COLOURS;

  protected readonly yours = computed(
    () => !this.coordinator() && this.principles().some((p) => p.yours !== null),
  );
  protected readonly boxes = computed(() => principleBoxes(this.principles()));
  protected readonly table = computed(() =>
    principleTable(this.principles(), { yours: this.yours() }),
  );
  protected readonly summary = computed(() =>
    principleSummary(this.principles(), {
      coordinator: this.coordinator(),
      median: this.medianName(),
    }),
  );
  /** 4rem a box: the default framework's 16 principles fit a desktop page without scrolling. */
  protected readonly minWidth = computed(() => Math.max(30, this.boxes().length * 4));
}
