import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { Benchmarks } from '@rcp/api-contract';
import { BarChartModule } from '@swimlane/ngx-charts';
import { ChartPanel } from '../../shared/chart-panel/chart-panel';
import { formatIndex } from '../../shared/format/index-format';
import {
  barName,
  distributionSeries,
  distributionSummary,
  distributionTable,
  quartileLines,
} from '../model/distribution';
import { BENCH_COLOURS, scheme, YOU_FILL } from './chart-style';

/**
 * Every council of the display group as a bar, highest first, against dashed lines at the
 * comparison group's lower quartile, median and upper quartile. The caller's own council is
 * striped, outlined and labelled "▶ You".
 */
@Component({
  selector: 'rcp-distribution-chart',
  imports: [ChartPanel, BarChartModule],
  template: `
    <rcp-chart-panel
      [heading]="heading()"
      [summary]="summary()"
      [table]="table()"
      [fileName]="fileName()"
      data-testid="chart-distribution"
    >
      @if (series().length) {
        <ul class="rcp-bench-key" [attr.aria-label]="'Key to ' + heading()">
          @if (hasYou()) {
            <li>
              <svg width="22" height="14" aria-hidden="true" focusable="false">
                <rect
                  x="1"
                  y="1"
                  width="20"
                  height="12"
                  [attr.fill]="youFill"
                  stroke="#1b1b1f"
                  stroke-width="2"
                />
              </svg>
              ▶ You: your council (striped, outlined)
            </li>
          }
          <li>
            <svg width="22" height="14" aria-hidden="true" focusable="false">
              <rect x="0.5" y="0.5" width="21" height="13" [attr.fill]="colours.council" />
            </svg>
            {{ hasYou() ? 'Other councils' : 'Councils' }}
          </li>
          <li>
            <svg width="22" height="14" aria-hidden="true" focusable="false">
              <rect x="0" y="0" width="22" height="14" fill="#000000" fill-opacity="0.06" />
              <line
                x1="11"
                y1="0"
                x2="11"
                y2="14"
                stroke="#1b1b1f"
                stroke-width="2"
                stroke-dasharray="4 2"
              />
            </svg>
            Dashed lines: lower quartile, median and upper quartile of {{ groupText() }}; the shaded
            band between the quartiles holds the middle half
          </li>
        </ul>
        <div
          class="rcp-bench-chart-scroll"
          tabindex="0"
          role="region"
          [attr.aria-label]="heading() + ', chart'"
        >
          <div
            class="rcp-bench-chart"
            role="img"
            [attr.aria-label]="summary()"
            [style.height.px]="height()"
          >
            <ngx-charts-bar-horizontal
              [results]="series()"
              [scheme]="barScheme"
              [customColors]="customColors()"
              [xAxis]="true"
              [yAxis]="true"
              [showXAxisLabel]="true"
              [xAxisLabel]="valueLabel()"
              [xAxisTickFormatting]="formatTick"
              [trimYAxisTicks]="true"
              [wrapTicks]="true"
              [referenceLines]="lines()"
              [showRefLines]="true"
              [showRefLabels]="true"
              [showDataLabel]="false"
              [barPadding]="4"
              [tooltipDisabled]="true"
              [animations]="false"
              [legend]="false"
            />
          </div>
        </div>
        @if (hasProvisional()) {
          <p class="rcp-bench-note">
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

  protected readonly barScheme = scheme(BENCH_COLOURS.council);
  protected readonly colours = BENCH_COLOURS;
  protected readonly youFill = YOU_FILL;
  protected readonly formatTick = (v: number) => formatIndex(v);

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
  protected readonly hasYou = computed(() => this.benchmarks().councils.some((c) => c.isYou));
  protected readonly hasProvisional = computed(() =>
    this.benchmarks().councils.some((c) => c.provisional),
  );
  protected readonly customColors = computed(() =>
    this.benchmarks()
      .councils.filter((c) => c.isYou)
      .map((c) => ({ name: barName(c), value: YOU_FILL })),
  );
  protected readonly height = computed(() =>
    Math.max(220, this.benchmarks().councils.length * 38 + 90),
  );
}
