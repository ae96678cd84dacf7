import { ChangeDetectionStrategy, Component, ViewEncapsulation } from '@angular/core';
import { BENCH_COLOURS, YOU_PATTERN_ID } from './chart-style';

/**
 * The SVG pattern of the caller's own bar, and the styles of the ngx-charts inside `.rcp-bench-chart`
 * boxes (ngx-charts renders without view encapsulation, so these are global too, rooted at
 * `.rcp-bench-chart`). Rendered once on the page, invisible, hidden from assistive technology.
 */
@Component({
  selector: 'rcp-bench-chart-defs',
  template: `
    <svg class="rcp-bench-defs" aria-hidden="true" focusable="false" width="0" height="0">
      <defs>
        <pattern
          [attr.id]="youId"
          patternUnits="userSpaceOnUse"
          width="8"
          height="8"
          patternTransform="rotate(45)"
        >
          <rect width="8" height="8" [attr.fill]="colours.you" />
          <rect width="3" height="8" fill="#ffffff" />
        </pattern>
      </defs>
    </svg>
  `,
  styles: `
    .rcp-bench-defs {
      position: absolute;
      width: 0;
      height: 0;
      overflow: hidden;
    }
    /* A chart scrolls sideways inside its own focusable region on a narrow screen (WCAG 1.4.10). */
    .rcp-bench-chart-scroll {
      position: relative;
      overflow-x: auto;
      overflow-y: hidden;
    }
    .rcp-bench-chart {
      min-width: 30rem;
      width: 100%;
      height: 20rem;
    }
    .rcp-bench-chart .ngx-charts text {
      fill: var(--rcp-text);
      font-size: 0.8rem;
    }
    .rcp-bench-chart .ngx-charts .bar,
    .rcp-bench-chart .ngx-charts .box {
      cursor: default;
    }
    .rcp-bench-chart .ngx-charts .bar:hover {
      opacity: 1;
    }
    .rcp-bench-chart .ngx-charts path.bar[fill^='url(#rcp-bench-you'] {
      stroke: var(--rcp-text);
      stroke-width: 2px;
    }
    .rcp-bench-chart .ngx-charts .gridline-path {
      stroke: #c4c6d0;
    }
    .rcp-bench-chart .ngx-charts .refline-path {
      stroke: var(--rcp-text);
      stroke-width: 1.5px;
      stroke-dasharray: 6 3;
    }
    .rcp-bench-chart .ngx-charts .refline-label {
      font-size: 0.75rem;
      font-weight: 700;
    }
    .rcp-bench-chart .ngx-charts .line {
      stroke-width: 3px;
    }
    .rcp-bench-note {
      font-size: 0.875rem;
      color: var(--rcp-muted);
      margin: 0.5rem 0 0;
    }
    .rcp-bench-key {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
      list-style: none;
      padding: 0;
      margin: 0 0 0.75rem;
    }
    .rcp-bench-key li {
      display: flex;
      align-items: center;
      gap: 0.4rem;
    }
    .rcp-bench-key svg {
      flex: none;
    }
  `,
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BenchChartDefs {
  protected readonly youId = YOU_PATTERN_ID;
  protected readonly colours = BENCH_COLOURS;
}
