import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { BreakdownRow } from '@rcp/api-contract';
import { PROTOCOL_CLASS_LABELS } from '@rcp/vocabulary';
import { ChartPanel } from '../../shared/charts/chart-panel';
import {
  BreakdownDimension,
  breakdownSeries,
  breakdownSummary,
  breakdownTable,
} from '../model/class-breakdown';
import { countTicks } from '../../shared/charts/axis-format';
import { customFills } from '../../shared/charts/chart-fills';
import { ChartFrame } from '../../shared/charts/chart-frame';
import { ChartLegend, LegendItem } from '../../shared/charts/chart-legend';
import { CLASS_KEYS, totalOf } from '../model/dashboard-text';
import { ClassBreakdownDrawing } from './class-breakdown-drawing';

/** Legend entries and fills of the five classes, in the product's order. */
export const CLASS_LEGEND: readonly LegendItem[] = CLASS_KEYS.map((key) => ({
  label: PROTOCOL_CLASS_LABELS[key],
  fill: key,
}));
const CLASS_FILLS = customFills(CLASS_KEYS.map((key) => [PROTOCOL_CLASS_LABELS[key], key]));

/** How many protocols of each class there are in each category (or service area): stacked bars. */
@Component({
  selector: 'rcp-class-breakdown-chart',
  imports: [ChartPanel, ChartFrame, ChartLegend, ClassBreakdownDrawing],
  template: `
    <rcp-chart-panel
      [heading]="heading()"
      [summary]="summary()"
      [table]="table()"
      [fileName]="fileName()"
      [attr.data-testid]="
        'chart-breakdown-' + (dimension() === 'category' ? 'category' : 'service-area')
      "
    >
      @if (rows().length) {
        <rcp-chart-legend [items]="legend" [label]="'Key to ' + heading()" />
        <rcp-chart-frame
          [label]="heading()"
          [summary]="summary()"
          [heightPx]="height()"
          [segmented]="true"
        >
          <!-- Drawn when scrolled into view; the frame keeps its height meanwhile (no shift). -->
          @defer (on viewport) {
            <rcp-class-breakdown-drawing
              [series]="series()"
              [customColors]="fills"
              [ticks]="ticks()"
            />
          } @placeholder {
            <div class="rcp-chart-placeholder"></div>
          }
        </rcp-chart-frame>
      } @else {
        <p>No protocols match these filters.</p>
      }
    </rcp-chart-panel>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClassBreakdownChart {
  readonly rows = input.required<readonly BreakdownRow[]>();
  readonly dimension = input.required<BreakdownDimension>();

  protected readonly fills = CLASS_FILLS;
  protected readonly legend = CLASS_LEGEND;

  protected readonly heading = computed(() =>
    this.dimension() === 'category' ? 'Classes by category' : 'Classes by service area',
  );
  protected readonly fileName = computed(() =>
    this.dimension() === 'category' ? 'classes-by-category' : 'classes-by-service-area',
  );
  protected readonly summary = computed(() => breakdownSummary(this.rows(), this.dimension()));
  protected readonly table = computed(() => breakdownTable(this.rows(), this.dimension()));
  protected readonly series = computed(() => breakdownSeries(this.rows()));
  protected readonly ticks = computed(() =>
    countTicks(Math.max(0, ...this.rows().map((r) => totalOf(r)))),
  );
  protected readonly height = computed(() => Math.max(200, this.rows().length * 40 + 70));
}
