import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { ChartCell, ChartTable, chartTableToCsv } from './chart-table';

let nextId = 0;

/**
 * Frame for every chart: a heading, a one-sentence summary, the chart itself (projected), a
 * "show as table" toggle with the same numbers, and a CSV download. Pages get accessible charts
 * by using this rather than placing ngx-charts directly.
 */
@Component({
  selector: 'rcp-chart-panel',
  imports: [MatButtonModule],
  templateUrl: './chart-panel.html',
  styleUrl: './chart-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartPanel {
  readonly heading = input.required<string>();
  readonly summary = input.required<string>();
  readonly table = input.required<ChartTable>();
  readonly fileName = input.required<string>();

  protected readonly id = `chart-${nextId++}`;
  protected readonly showTable = signal(false);
  protected readonly isEmpty = computed(() => this.table().rows.length === 0);

  protected toggle(): void {
    this.showTable.update((v) => !v);
  }

  protected format(cell: ChartCell): string {
    if (cell === null || cell === undefined) return '–';
    return typeof cell === 'number'
      ? cell.toLocaleString('en-GB', { maximumFractionDigits: 1 })
      : cell;
  }

  protected download(): void {
    const blob = new Blob(['\uFEFF' + chartTableToCsv(this.table())], {
      type: 'text/csv;charset=utf-8',
    });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = this.fileName().endsWith('.csv') ? this.fileName() : `${this.fileName()}.csv`;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
