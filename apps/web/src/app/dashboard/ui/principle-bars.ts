import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { indexAxisDomain } from '../../shared/charts/axis-format';
import { customFills, FillKey } from '../../shared/charts/chart-fills';
import { ChartFrame } from '../../shared/charts/chart-frame';
import { ChartLegend, LegendItem } from '../../shared/charts/chart-legend';
import { GroupedSeries } from '../model/principle-profile';
import { PrincipleBarsDrawing } from './principle-bars-drawing';

/**
 * Grouped horizontal bars, one group per principle on the shared −100…+100 index axis, with their
 * key: the principle profile and the perspective gaps both draw this. Each bar's fill is a pattern
 * as well as a colour, and its value is written beside it.
 */
@Component({
  selector: 'rcp-principle-bars',
  imports: [ChartFrame, ChartLegend, PrincipleBarsDrawing],
  template: `
    <rcp-chart-legend [items]="legend()" [label]="legendLabel()" />
    <rcp-chart-frame
      [label]="chartName()"
      [summary]="summary()"
      [heightPx]="height()"
      [segmented]="true"
    >
      <!-- Drawn when scrolled into view; the frame keeps its height meanwhile (no shift). -->
      @defer (on viewport) {
        <rcp-principle-bars-drawing
          [series]="series()"
          [customColors]="customColors()"
          [domain]="domain()"
        />
      } @placeholder {
        <div class="rcp-chart-placeholder"></div>
      }
    </rcp-chart-frame>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrincipleBars {
  readonly series = input.required<GroupedSeries[]>();
  /** The key's entries, in order. */
  readonly legend = input.required<LegendItem[]>();
  /** Series name → its fill (a series may be named more briefly than its key entry). */
  readonly fills = input.required<ReadonlyArray<[string, FillKey]>>();
  /** The one-sentence summary, read out for the chart image. */
  readonly summary = input.required<string>();
  /** "Key to the principle profile". */
  readonly legendLabel = input.required<string>();
  /** "Principle profile": the chart's name (its scrolling region is "Principle profile, chart"). */
  readonly chartName = input.required<string>();

  protected readonly customColors = computed(() => customFills(this.fills()));
  protected readonly domain = computed(() =>
    indexAxisDomain(this.series().flatMap((g) => g.series.map((b) => b.value))),
  );
  /** Room for every bar: about 1 rem a bar plus a gap per principle, and the axis. */
  protected readonly height = computed(() => {
    const groups = this.series();
    const bars = Math.max(1, ...groups.map((g) => g.series.length));
    return Math.max(240, groups.length * (16 + bars * 16) + 70);
  });
}
