import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ChartCell, ChartTable } from '../../shared/charts/chart-table';

/**
 * A table of the report with a visible caption: the figures behind a chart, printed beside it.
 * It wraps its text rather than scrolling, so nothing is cut off on paper.
 */
@Component({
  selector: 'rcp-report-table',
  template: `
    <table class="data-table report-table">
      <caption>
        {{
          caption()
        }}
      </caption>
      <thead>
        <tr>
          @for (col of table().columns; track col.key) {
            <th scope="col" [class.num]="col.numeric">{{ col.label }}</th>
          }
        </tr>
      </thead>
      <tbody>
        @for (row of table().rows; track $index) {
          <tr>
            @for (col of table().columns; track col.key; let first = $first) {
              @if (first) {
                <th scope="row">{{ format(row[col.key]) }}</th>
              } @else {
                <td [class.num]="col.numeric">{{ format(row[col.key]) }}</td>
              }
            }
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    .report-table {
      width: 100%;
      table-layout: auto;
      margin: 0.75rem 0 0;
    }
    .report-table caption {
      text-align: left;
      font-weight: 700;
      padding-bottom: 0.25rem;
    }
    .report-table th,
    .report-table td {
      overflow-wrap: anywhere;
    }
    @media print {
      .report-table thead {
        display: table-header-group;
      }
      .report-table tr {
        break-inside: avoid;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportTable {
  readonly caption = input.required<string>();
  readonly table = input.required<ChartTable>();

  protected format(cell: ChartCell): string {
    if (cell === null || cell === undefined) return '–';
    return typeof cell === 'number'
      ? cell.toLocaleString('en-GB', { maximumFractionDigits: 1 })
      : cell;
  }
}
