import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CouncilDashboard, HeatmapRow } from '@rcp/api-contract';
import { ChartPanel } from '../../shared/charts/chart-panel';
import { classLabel } from '../model/dashboard-text';
import { formatIndex } from '../../shared/format/index-format';
import {
  applies,
  HEAT_LEGEND,
  heatCell,
  HeatCell,
  heatmapHeightRem,
  heatmapSummary,
  heatmapTable,
} from '../model/heatmap';

/**
 * Protocols × principles for the chosen audit, as an HTML table: each cell has a colour AND its
 * rating as a number or symbol, so the table is its own accessible alternative. Headers stick
 * while the table scrolls inside its focusable region.
 */
@Component({
  selector: 'rcp-heatmap',
  imports: [ChartPanel, RouterLink],
  templateUrl: './heatmap.html',
  styleUrl: './heatmap.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Heatmap {
  readonly heatmap = input.required<CouncilDashboard['heatmap']>();
  readonly councilId = input.required<string>();
  /** "H1 2026". */
  readonly auditLabel = input.required<string>();

  protected readonly legend = HEAT_LEGEND;
  protected readonly formatIndex = formatIndex;
  protected readonly summary = computed(() => heatmapSummary(this.heatmap(), this.auditLabel()));
  protected readonly table = computed(() => heatmapTable(this.heatmap()));
  protected readonly caption = computed(
    () => `Ratings of each protocol against each principle, ${this.auditLabel()}`,
  );

  /** The drawn table's height (header, rows; at most the region's 36 rem), held while it loads. */
  protected readonly placeholderRem = computed(() => heatmapHeightRem(this.heatmap().rows.length));

  protected cell(
    row: HeatmapRow,
    principle: CouncilDashboard['heatmap']['principles'][number],
  ): HeatCell {
    return heatCell(row.cells[principle.key], applies(principle, row));
  }

  protected classOf(row: HeatmapRow): string {
    return row.score === null ? classLabel(null) : classLabel(row.class);
  }
}
