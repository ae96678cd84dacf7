import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { fillUrl, LegendItem } from './chart-fills';

/** A chart's key in HTML: a swatch with the series' colour and pattern, and its name in words. */
@Component({
  selector: 'rcp-chart-legend',
  template: `
    <ul class="chart-legend" [attr.aria-label]="label()">
      @for (item of items(); track item.label) {
        <li>
          <svg
            class="chart-legend__swatch"
            width="22"
            height="14"
            aria-hidden="true"
            focusable="false"
          >
            <rect x="0.5" y="0.5" width="21" height="13" [attr.fill]="url(item)" />
          </svg>
          {{ item.label }}
        </li>
      }
    </ul>
  `,
  styles: `
    .chart-legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
      list-style: none;
      padding: 0;
      margin: 0 0 0.75rem;
    }
    .chart-legend li {
      display: flex;
      align-items: center;
      gap: 0.4rem;
    }
    .chart-legend__swatch rect {
      stroke: var(--rcp-text);
      stroke-width: 1;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartLegend {
  readonly items = input.required<readonly LegendItem[]>();
  readonly label = input('Key');

  protected url(item: LegendItem): string {
    return fillUrl(item.fill);
  }
}
