import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { Benchmarks } from '@rcp/api-contract';
import { BarChartModule } from '@swimlane/ngx-charts';
import { ChartPanel } from '../../shared/charts/chart-panel';
import { formatTick } from '../../shared/charts/axis-format';
import { CHART_COLOURS, fillUrl, singleColourScheme } from '../../shared/charts/chart-fills';
import { ChartFrame } from '../../shared/charts/chart-frame';
import { ChartLegend, LegendItem } from '../../shared/charts/chart-legend';
import {
  barName,
  distributionSeries,
  distributionSummary,
  distributionTable,
  quartileLines,
} from '../model/distribution';
import { niceAxis } from '../model/axis-ticks';

/**
 * Every council of the display group as a bar, highest first, against dashed lines at the
 * comparison group's lower quartile, median and upper quartile (named, with their values, in the
 * key: ngx-charts writes reference-line labels sideways over the bars). Round axis ticks. The caller's own council is
 * striped, outlined and labelled "▶ You".
 */
@Component({
  selector: 'rcp-distribution-chart',
  imports: [ChartPanel, ChartFrame, ChartLegend, BarChartModule],
  template: `
    <rcp-chart-panel
      [heading]="heading()"
      [summary]="summary()"
      [table]="table()"
      [fileName]="fileName()"
      data-testid="chart-distribution"
    >
      @if (series().length) {
        <rcp-chart-legend [items]="key()" [label]="'Key to ' + heading()" />
        <rcp-chart-frame
          [label]="heading()"
          [summary]="summary()"
          [heightPx]="height()"
          [strongLines]="true"
        >
          <!-- Drawn when scrolled into view; the frame keeps its height meanwhile (no shift). -->
          @defer (on viewport) {
            <ngx-charts-bar-horizontal
              [results]="series()"
              [scheme]="barScheme"
              [customColors]="customColors()"
              [xAxis]="true"
              [yAxis]="true"
              [showXAxisLabel]="true"
              [xAxisLabel]="valueLabel()"
              [xAxisTickFormatting]="formatTick"
              [xAxisTicks]="axis().ticks"
              [xScaleMin]="axis().min"
              [xScaleMax]="axis().max"
              [showGridLines]="true"
              [trimYAxisTicks]="true"
              [wrapTicks]="true"
              [referenceLines]="lines()"
              [showRefLines]="true"
              [showRefLabels]="false"
              [showDataLabel]="false"
              [barPadding]="4"
              [tooltipDisabled]="true"
              [animations]="false"
              [legend]="false"
            />
          } @placeholder {
            <div class="rcp-chart-placeholder"></div>
          }
        </rcp-chart-frame>
        @if (hasProvisional()) {
          <p class="rcp-chart-note">
            Some results are provisional (less of the register was assessed): the table says which.
          </p>
        }
      } @else {
        <p>No council in this group has a result to show.</p>
      }
    </rcp-chart-panel>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DistributionChart {
  readonly benchmarks = input.required<Benchmarks>();
  readonly coordinator = input(false);
  /** "index" or "Fairness score". */
  readonly measure = input('index');
  readonly valueLabel = input('Index');
  /** "the network", "the peer group". */
  readonly groupText = input('the network');

  protected readonly barScheme = singleColourScheme(CHART_COLOURS.council);
  protected readonly formatTick = formatTick;

  protected readonly heading = computed(() =>
    this.measure() === 'index'
      ? 'Where councils stand'
      : `Where councils stand on ${this.measure().replace(/ score$/, '')}`,
  );
  protected readonly fileName = computed(() => 'benchmark-distribution');
  protected readonly summary = computed(() =>
    distributionSummary(this.benchmarks(), {
      measure: this.measure(),
      coordinator: this.coordinator(),
    }),
  );
  protected readonly table = computed(() =>
    distributionTable(this.benchmarks().councils, this.valueLabel()),
  );
  protected readonly series = computed(() => distributionSeries(this.benchmarks().councils));
  protected readonly lines = computed(() => quartileLines(this.benchmarks().distribution));
  /** Round ticks (0, 25, 50…) over every bar and quartile line. */
  protected readonly axis = computed(() =>
    niceAxis([...this.series().map((s) => s.value), ...this.lines().map((l) => l.value)]),
  );
  protected readonly hasYou = computed(() => this.benchmarks().councils.some((c) => c.isYou));
  protected readonly hasProvisional = computed(() =>
    this.benchmarks().councils.some((c) => c.provisional),
  );
  protected readonly customColors = computed(() =>
    this.benchmarks()
      .councils.filter((c) => c.isYou)
      .map((c) => ({ name: barName(c), value: fillUrl('you') })),
  );
  protected readonly key = computed<LegendItem[]>(() => [
    ...(this.hasYou()
      ? [
          {
            label: '▶ You: your council (striped, outlined)',
            fill: 'you' as const,
            outlined: true,
          },
        ]
      : []),
    { label: this.hasYou() ? 'Other councils' : 'Councils', colour: CHART_COLOURS.council },
    {
      // The lines' values are said here, in words, not written sideways across the bars.
      label: `Dashed lines, left to right: ${this.lines()
        .map((l) => l.name.toLocaleLowerCase('en-GB'))
        .join(
          ', ',
        )} of ${this.groupText()}; the shaded band between the quartiles holds the middle half`,
      referenceLines: true,
    },
  ]);
  protected readonly height = computed(() =>
    Math.max(220, this.benchmarks().councils.length * 38 + 90),
  );
}
