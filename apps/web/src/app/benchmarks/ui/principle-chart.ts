import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { PrincipleBenchmark } from '@rcp/api-contract';
import { ChartPanel } from '../../shared/charts/chart-panel';
import { principleBoxes, principleSummary, principleTable } from '../model/principles';
import { ChartFrame } from '../../shared/charts/chart-frame';
import { BoxPlot } from './box-plot';

/**
 * One box plot per principle (see BoxPlot): the box spans the middle half of councils (lower to
 * upper quartile), the bar across it is the median, the whiskers reach the lowest and highest.
 */
@Component({
  selector: 'rcp-principle-chart',
  imports: [ChartPanel, ChartFrame, BoxPlot],
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
          Each box spans the middle half of {{ groupText() }} (lower to upper quartile); the thick
          bar across it is the median, and the line through it reaches the lowest and highest
          scores.
          @if (yours()) {
            Your own scores are in the table below and under “Show as table”.
          }
        </p>
        <rcp-chart-frame
          label="Principles compared"
          [summary]="summary()"
          [minWidthRem]="minWidth()"
          [heightRem]="height()"
          [strongLines]="true"
        >
          <rcp-box-plot [boxes]="boxes()" axisLabel="Score" />
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
  /** Names on the left need room beside the plot before the frame scrolls sideways. */
  protected readonly minWidth = computed(() => 36);
  /** A row per principle and the axis: the frame is as tall as the plot, so nothing shifts. */
  protected readonly height = computed(() => this.boxes().length * 2.25 + 3.5);
}
